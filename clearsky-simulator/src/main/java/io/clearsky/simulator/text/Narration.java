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
    private static final Template ZH_AFTERMATH = Template.of("{。|，}<"
            + "{整个过程|前后}{持续了${n}天|大概${n}个小时|有一个多星期}{，|}{对方|他们}{一直|全程}{催我|让我别挂电话|说不能告诉别人}{。|，}|"
            + "{{第一次|一开始}{转得不多|只转了一点}，{后面|后来}{越转越多|金额越来越大}{，有的钱是从${realloan}借的|，还找朋友借了一些|}{。|，}|}|"
            + "{{事后|后来}{我|}{打${bankno}|去${bank}网点}{查了|问了}{转账记录|对方账户}，{钱已经被转走了|说要报警才能处理}{。|，}|}|"
            + "{{现在|这几天}{吃不下睡不着|很后悔|不敢告诉家里人}{，|}{聊天记录|转账截图}{都保存了|都在}{。|，}|}>");
    private static final Template EN_AFTERMATH = Template.of("<"
            + "{ It went on for ${n} days.| This all happened over about ${n} weeks.}|"
            + "{ I paid small amounts first and then more and more.| Some of the money was borrowed from family.|}|"
            + "{ My bank says it cannot reverse the transfers.| I have called my bank and they opened a case.|}|"
            + "{ I feel stupid and ashamed.| I still have all the messages.|}>");
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

    private static final Template ZH_ATTEMPT_END = Template.of(
            "{，|。}{我觉得不对劲|我起了疑心|家人提醒我是诈骗|我想起反诈宣传}{，|}" + "{没有转钱|没有转账|没给钱|就挂了}{，|。}{特此举报|登记一下这个号码|提醒其他人注意|希望查一下对方}{。|}");
    private static final Template EN_ATTEMPT_END = Template.of(
            "{. |, but }{I got suspicious|My son warned me|It felt wrong}"
                    + "{ and did not pay| and hung up| so I sent nothing}{.|}[ {Reporting the number.|Please look into it.}]");

    private Narration() {}

    /** An account of a scam that was seen through before any money moved: its start, then why it stopped. */
    static String attempt(Draw d, String story, TextLanguage language) {
        return language == TextLanguage.ZH
                ? firstClauses(story, "，", 3 + d.random().nextInt(2)) + ZH_ATTEMPT_END.write(d)
                : firstClauses(story, ". ", 1 + d.random().nextInt(2)) + EN_ATTEMPT_END.write(d);
    }

    static String tell(Draw d, String story, TextLanguage language, boolean scam) {
        return language == TextLanguage.ZH ? zh(d, story, scam) : en(d, story, scam);
    }

    private static String zh(Draw d, String story, boolean scam) {
        String out = story;
        if (scam && d.chance(0.12)) {
            out = firstClauses(out, "，", 2 + d.random().nextInt(3)) + ZH_TERSE_END.write(d);
        }
        if (scam && d.chance(0.3)) {
            out = stripEnd(out) + ZH_AFTERMATH.write(d);
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
        if (scam && d.chance(0.25)) {
            out = out + EN_AFTERMATH.write(d);
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
