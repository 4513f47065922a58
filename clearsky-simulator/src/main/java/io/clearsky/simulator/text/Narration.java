package io.clearsky.simulator.text;

/**
 * How an account is put into a report form beyond its storyline: cut short to a line and a sum, followed by the
 * fraudster's numbers and accounts, or retold in the third person as a police record has it ("报警人称：其在…").
 */
final class Narration {

    private static final Template ZH_TERSE_END = Template.of("{，|,|。| }" + ZhScams.LOST + "{。|}");
    private static final Template[] ZH_DETAILS = {
        Template.of("{对方${chat}号{：|:|是}${wx}|对方QQ{：|}${qq}|对方的${chat}是${wx}|骗子${chat}：${wx}}"),
        Template.of("{收款{账户|卡号}{：|是}${card}[（${bank}[，户名${name}]）]|转入的是${bank}的卡，尾号${tail}|对方支付宝账号${mobile}}"),
        Template.of("{对方{电话|手机号}${mobile}|联系电话：${mobile}|来电号码${mobile}|对方用的号码是${tel}}"),
        Template.of("{网址是${url}|APP下载链接：${url}|对方发的链接${url}}"),
    };
    private static final Template ZH_FIRST_PERSON_OPEN =
            Template.of("{本人${name}，|我叫${name}，|本人|}{男，|女，|}${age}岁，{家住${city}，|在${city}上班，|${city}人，|}"
                    + "{现{报案|反映情况|报警}如下：|情况是这样的：|}");
    private static final Template ZH_THIRD_PERSON_OPEN =
            Template.of("{报警人|事主|受害人|该人}{${surname}某|${name}|}{称|报称|反映|自述}{：|，}");
    private static final Template EN_TERSE_END = Template.of("{. |, }" + EnScams.LOST + "{.|}");
    private static final Template[] EN_DETAILS = {
        Template.of("{Their number was ${mobile}.|They called from ${mobile}.|The number: ${mobile}.}"),
        Template.of("{The money went to an account at ${bank} ending ${tail}.|I paid into ${bank} account ${tail}.}"),
        Template.of("{Website: ${url}|They used ${chat}.|The link was ${url}}"),
    };

    private Narration() {}

    static String tell(Draw d, String story, TextLanguage language, boolean scam) {
        return language == TextLanguage.ZH ? zh(d, story, scam) : en(d, story, scam);
    }

    private static String zh(Draw d, String story, boolean scam) {
        String out = story;
        if (scam && d.chance(0.12)) {
            out = firstClauses(out, "，", 2 + d.random().nextInt(3)) + ZH_TERSE_END.write(d);
        }
        if (scam && d.chance(0.3)) {
            out = stripEnd(out)
                    + d.pick(new String[] {"。", "，", "\n", "。 "})
                    + details(d, ZH_DETAILS, d.pick(new String[] {"，", "。", "；", " "}));
        }
        double roll = d.random().nextDouble();
        if (roll < 0.14) {
            out = ZH_THIRD_PERSON_OPEN.write(d)
                    + out.replace("我们", "他们").replace("我的", "其").replace("我", "其");
        } else if (roll < 0.28) {
            out = ZH_FIRST_PERSON_OPEN.write(d) + out;
        }
        return out;
    }

    private static String en(Draw d, String story, boolean scam) {
        String out = story;
        if (scam && d.chance(0.1)) {
            out = firstClauses(out, ". ", 1 + d.random().nextInt(2)) + EN_TERSE_END.write(d);
        }
        if (scam && d.chance(0.3)) {
            out = out + " " + details(d, EN_DETAILS, " ");
        }
        return out;
    }

    /** One to three of the given details, in a random order. */
    private static String details(Draw d, Template[] details, String separator) {
        int[] order = new int[details.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = d.random().nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int count = 1 + d.random().nextInt(Math.min(3, details.length));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(separator);
            }
            details[order[i]].write(d, out);
        }
        return out.toString();
    }

    private static String firstClauses(String text, String separator, int count) {
        int at = -1;
        for (int i = 0; i < count; i++) {
            int next = text.indexOf(separator, at + 1);
            if (next < 0) {
                return stripEnd(text);
            }
            at = next;
        }
        return text.substring(0, at);
    }

    private static String stripEnd(String text) {
        String out = text.strip();
        while (!out.isEmpty() && "。！!.，, ".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
