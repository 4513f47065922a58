package io.clearsky.simulator.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens to a text between its script and the reader: the evasions of scam senders (刷 单, 薇信, jz, full-width
 * letters, emoji), the opt-out lines of bulk senders, the x-masked digits of published corpora, and the haste of people
 * typing into a report form. Ordinary texts get the same treatments, less often, so that none of them alone marks a scam.
 */
final class Disguise {

    private static final String[][] ZH_EVASIONS = {
        {"微信", "薇信", "V信", "威信", "徽信", "vx", "VX", "卫星", "wei信", "➕V"},
        {"QQ", "扣扣", "企鹅", "Q Q", "qq", "抠抠"},
        {"兼职", "jz", "兼耳只", "兼-职", "兼 职", "兼/职", "J职"},
        {"刷单", "sd", "刷 单", "刷-单", "唰单", "s单"},
        {"贷款", "代款", "dai款", "贷-款", "带款", "货款"},
        {"返利", "反利", "返-利", "fl"},
        {"佣金", "拥金", "佣-金", "yong金"},
        {"日结", "日jie", "日-结", "曰结"},
        {"赚", "賺", "zhuan"},
        {"加我", "+我", "伽我", "➕我", "加 我"},
        {"客服", "客-服", "客fu", "kf"},
        {"投资", "投-资", "tou资"},
        {"股票", "股-票", "gp", "股piao"},
        {"彩票", "cp", "彩-票"},
        {"账户", "賬户", "帐户", "账-户"},
        {"转账", "转帐", "zz", "转-账"},
        {"退款", "退-款", "tui款"},
        {"征信", "征-信", "zx"},
        {"理赔", "理-赔", "li赔"},
        {"保证金", "保-证-金", "bzj"},
        {"链接", "鏈接", "链-接", "lian接"},
        {"下载", "下-载", "xia载"},
        {"中奖", "中-奖", "zhong奖"},
        {"博彩", "bc", "博-彩"},
        {"解冻", "解-冻", "jie冻"},
    };
    private static final String[] ZH_OPT_OUT = {"回T退订", "拒收请回复R", "退订回T", "回TD退订", "退订回N", "回复T退订"};
    private static final String[] EN_OPT_OUT = {
        "Reply STOP to opt out",
        "Txt STOP to end",
        "STOP to 8" + "7121",
        "Reply STOP to unsubscribe",
        "Opt out: reply STOP",
        "T&Cs apply"
    };
    private static final String[][] TXT_SPEAK = {
        {"you", "u"}, {"are", "r"}, {"to ", "2 "}, {"for ", "4 "}, {"please", "pls"}, {"tomorrow", "tmrw"},
        {"message", "msg"}, {"before", "b4"}, {"your", "ur"}, {"thanks", "thx"}, {"text", "txt"}, {"great", "gr8"},
        {"now", "NOW"}, {"free", "FREE"}, {"tonight", "2nite"}
    };
    private static final Pattern DIGITS = Pattern.compile("\\d{3,}");

    private Disguise() {}

    static String apply(Draw d, String text, TextLanguage language, TextForm form, boolean scam) {
        String out = text;
        if (form == TextForm.SMS) {
            out = language == TextLanguage.ZH ? zhSms(d, out, scam) : enSms(d, out, scam);
        } else {
            out = language == TextLanguage.ZH ? zhNarrative(d, out) : enNarrative(d, out);
        }
        if (d.chance(form == TextForm.SMS ? 0.10 : 0.06)) {
            out = mask(d, out);
        }
        return tidy(out, language);
    }

    private static String zhSms(Draw d, String text, boolean scam) {
        String out = text;
        if (scam && !out.startsWith("【") && out.contains("您") && d.chance(0.35)) {
            out = "【" + d.slot("signature") + "】" + out;
        } else if (!scam && out.startsWith("【") && d.chance(0.15)) {
            out = out.substring(out.indexOf('】') + 1);
        }
        if (out.startsWith("【") && d.chance(0.12)) {
            // many senders sign at the end instead
            int end = out.indexOf('】') + 1;
            out = out.substring(end) + out.substring(0, end);
        }
        int evasions = d.chance(scam ? 0.40 : 0.05) ? d.between(1, 3) : 0;
        for (int i = 0; i < evasions; i++) {
            out = evade(d, out);
        }
        if (d.chance(scam ? 0.06 : 0.03)) {
            out = fullWidth(d, out);
        }
        if (d.chance(scam ? 0.14 : 0.08)) {
            out = emoji(d, out);
        }
        if (d.chance(scam ? 0.12 : 0.10) && !out.contains("退订")) {
            out = out + (d.random().nextBoolean() ? " " : "") + d.pick(ZH_OPT_OUT);
        }
        return out;
    }

    private static String enSms(Draw d, String text, boolean scam) {
        String out = text;
        if (d.chance(scam ? 0.18 : 0.12)) {
            for (String[] pair : TXT_SPEAK) {
                if (d.random().nextBoolean()) {
                    out = out.replace(pair[0], pair[1]);
                }
            }
        }
        if (d.chance(scam ? 0.12 : 0.08)) {
            out = emoji(d, out);
        }
        if (d.chance(scam ? 0.15 : 0.08) && !out.contains("STOP")) {
            out = out + " " + d.pick(EN_OPT_OUT);
        }
        if (d.chance(0.04)) {
            out = fullWidth(d, out);
        }
        return out;
    }

    private static String zhNarrative(Draw d, String text) {
        String out = text;
        if (d.chance(0.35)) {
            out = out.replace("，", d.pick(new String[] {" ", ",", "，", "  "}));
        }
        if (d.chance(0.25)) {
            out = out.replace("。", d.pick(new String[] {"，", " ", ".", "。。"}));
        }
        if (d.chance(0.15)) {
            out = out.replace("在", "再");
        }
        if (d.chance(0.10)) {
            out = out.replace("的", "得");
        }
        if (d.chance(0.2)) {
            out = out.replace("微信", d.pick(new String[] {"vx", "VX", "wx", "WeChat"}));
        }
        return out;
    }

    private static String enNarrative(Draw d, String text) {
        String out = text;
        if (d.chance(0.2)) {
            out = out.toLowerCase(java.util.Locale.ROOT);
        }
        if (d.chance(0.2)) {
            out = out.replace(". ", d.pick(new String[] {", ", " ", ".. "}));
        }
        if (d.chance(0.1)) {
            out = out.replace("I ", "i ");
        }
        return out;
    }

    private static String evade(Draw d, String text) {
        int start = d.random().nextInt(ZH_EVASIONS.length);
        for (int k = 0; k < ZH_EVASIONS.length; k++) {
            String[] row = ZH_EVASIONS[(start + k) % ZH_EVASIONS.length];
            if (text.contains(row[0])) {
                return text.replace(row[0], row[1 + d.random().nextInt(row.length - 1)]);
            }
        }
        return text;
    }

    private static String fullWidth(Draw d, String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean all = d.random().nextBoolean();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ascii = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            out.append(ascii && (all || d.random().nextBoolean()) ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    private static String emoji(Draw d, String text) {
        String e = d.slot("emoji");
        return switch (d.random().nextInt(3)) {
            case 0 -> e + text;
            case 1 -> text + e;
            default -> e + text + e + e;
        };
    }

    /** Digit runs masked as published SMS corpora mask them: x for each digit, or a run of asterisks. */
    private static String mask(Draw d, String text) {
        String mark = d.pick(new String[] {"x", "x", "X", "*"});
        Matcher matcher = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(
                    out,
                    d.random().nextInt(3) == 0
                            ? matcher.group()
                            : mark.repeat(matcher.group().length()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String tidy(String text, TextLanguage language) {
        String out = text.strip();
        if (language == TextLanguage.EN) {
            // an empty optional word leaves two spaces; Chinese texts keep them, typed in place of commas
            out = out.replaceAll(" {2,}", " ").replace(" .", ".").replace(" ,", ",");
        }
        while (out.contains("   ")) {
            out = out.replace("   ", "  ");
        }
        return out;
    }
}
