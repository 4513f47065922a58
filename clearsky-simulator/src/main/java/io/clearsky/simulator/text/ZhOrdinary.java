package io.clearsky.simulator.text;

import static io.clearsky.simulator.text.TextLanguage.ZH;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ordinary Chinese texts: codes, parcels, bank and telecom notices, chat, marketing, government notices, and the hard
 * negatives — anti-fraud reminders, genuine loan offers, refunds, job offers and parcel delays that use a scam's words.
 */
final class ZhOrdinary {

    private ZhOrdinary() {}

    static List<Family> all() {
        List<Family> all = new ArrayList<>();
        add(
                all,
                "verification-code",
                "{【${platform}】|【${bank}】|【${shop}】|【12306】|【${loanapp}】}{您的|你的|}{验证码|校验码|动态码|短信验证码}{是|为|：}${code}，"
                        + "{${n}分钟内有效|有效期5分钟|10分钟内有效}[，{请勿泄露|切勿告知他人|请勿告诉任何人}][{，如非本人操作请忽略|，工作人员不会向您索取}]{。|}",
                null);
        add(
                all,
                "courier-pickup-code",
                "{【${courier}】|【菜鸟驿站】|【丰巢】|【妈妈驿站】|【兔喜生活】}{您的|你的}{快递|包裹|${courier}包裹}{已到|已送达}"
                        + "{${city}|}{${name}小区|XX路|}{驿站|快递柜|菜鸟驿站|丰巢柜}，{取件码|提货码|凭}{${code}|${n}-${n2}-${code}}{取件|}"
                        + "[，{营业时间8:00-21:00|请尽快领取|超时将收取保管费}]{。|}",
                null);
        add(
                all,
                "bank-debit-credit-notice",
                "【${bank}】{您|您尾号${tail}的}{账户|借记卡|信用卡}{${date}${time}|于${date}}"
                        + "{转入|收入|支出|消费|快捷支付|工资收入}{人民币|}${amt}{，余额|，可用余额|，当前余额}${amt2}{。|}[{${bankno}|详询${bankno}}]",
                null);
        add(
                all,
                "telecom-bill",
                "{【中国移动】|【中国联通】|【中国电信】|尊敬的客户：}{您好，|}{截至${date}|本月}{您的|}{话费|账户}{余额|可用余额}为${small}"
                        + "[，{本月已用流量${nn}GB|套餐剩余通话${nn}分钟}]{，为避免影响使用请及时充值|，请及时缴费|}{。|}[{详询10086|客服10010|客服10000}]",
                null);
        add(
                all,
                "family-chat",
                "{妈|爸|老婆|老公|姐|宝贝|闺女|儿子|奶奶|哥}，{我|今天}{晚点回|要加班|下班了|${time}到家|在路上了|堵车了}，"
                        + "{饭|晚饭}{不用等我|给我留点|你们先吃|我带回去}{|，${emoji}|，爱你|～}"
                        + "|{明天|周末|${date}}{回家吃饭吗|去奶奶家|去${city}看${surname}阿姨|一起去超市}{？|，}{记得|别忘了}{带伞|买点水果|给孩子交学费|把药带上|充电宝带上}"
                        + "|{生活费|这个月的钱|奶粉钱|房租}{给你转了|转你微信了|打你卡上了}{${amt}|}，{省着点花|注意身体|收一下|别乱花}{|哈|啊}"
                        + "|{到家了没|到了说一声|到${city}了吗|下车了吗}{？|}{路上注意安全|外面下雨了|}"
                        + "|{孩子|小宝|老大}{今天|}{发烧了|考了${nn}分|去${surname}老师家补课了|在我妈那}，{你|}{下班|早点}{去接一下|回来|别担心}"
                        + "|{电费|燃气费|物业费}{我交了|交过了}，{一共|}${small}[，{发票在抽屉里|下个月你交}]"
                        + "|{家里|冰箱里}{没菜了|没鸡蛋了|没米了}，{回来|下班}{顺路|}{买点|带点}{菜|鸡蛋|米}{|，再买瓶酱油}",
                null);
        add(
                all,
                "colleague-money-chat",
                "{聚餐|团建|部门聚餐|${surname}姐生日蛋糕|周五烧烤}的钱{我|}{转你了|AA转给你了|已经转群里了}{，|，每人}${small}[，{收一下|查收|多的当红包}]"
                        + "|{${name}|${surname}哥|${surname}姐|${surname}工}，{报销单|差旅费|${city}出差的发票}{批下来了|交财务了|我签字了}，{下周|月底|${date}}{打到卡上|发|到账}"
                        + "|{下午三点|明天上午|${time}}{开会|评审|和客户对接}，{材料|PPT|合同}{发群里了|你看下|改好了}[，{有问题找我|记得带电脑|会议室在${n}楼}]"
                        + "|{帮我|麻烦}{带个|订个}{午饭|咖啡|奶茶}{|，少糖}，{钱|}{微信转你|等会转你|转你了${small}}"
                        + "|{客户|${city}那边}{的货款|的尾款|回款}{到了|还没到|下周到}，{${amt}|}{你跟财务确认一下|我已经跟${surname}总说了}"
                        + "|{我请假|我调休}{${date}|明天}，{有事打我电话|工作交给${name}了}[，{审批帮我点一下|谢谢}]",
                null);
        add(
                all,
                "anti-fraud-reminder",
                "{【${city}反诈中心】|【国家反诈中心】|【96110】|【${city}公安】|}{温馨提示|提醒您|反诈提醒}：{公安机关|公检法机关}{不会|绝不会}"
                        + "{通过电话|在电话里}{办案|要求您转账|让您转账到安全账户}[，{刷单就是诈骗|凡是刷单都是诈骗}]"
                        + "[，{“客服”让你开屏幕共享的|自称客服说要理赔的}都是诈骗]，{如接到可疑电话|遇到可疑情况}{请拨打96110|请立即拨打110|请下载国家反诈中心APP}{。|}",
                "{${when}|今天}{接到|收到}{一个|}{${city}反诈中心|96110}的{电话|短信}，{提醒我|说我}{可能接到了诈骗电话|手机上有诈骗风险}，"
                        + "{我|}{想起来|确实}{${when2}|之前}{有人|有个陌生号码}{说要给我办贷款|说是快递理赔}，{还好|幸好}{没有转钱|没有理会}，"
                        + "{想在这里|在这里}{登记一下|反映一下}{那个号码|情况}{${mobile}|}{。|}");
        add(
                all,
                "genuine-bank-loan-offer",
                "【${bank}】{尊敬的|}${mr}{您好|}，{您|基于您的良好信用，您}{获得|有}{一笔|}{${bank}|我行}{消费贷|“快贷”|信用贷}{预授信额度|额度}${quota}，"
                        + "{年化利率|年利率}{3.${n}%起|低至3.${n}%}，{请通过|可登录}{${bank}手机银行|我行官方APP}{申请|查看}[，{不收取任何前期费用|放款前不收取任何费用}]"
                        + "[，{谨防诈骗|谨防冒用我行名义的贷款诈骗}]{，详询${bankno}|}{。|}[拒收请回复R]",
                null);
        add(
                all,
                "platform-refund-notice",
                "{【${shop}】|【${platform}】|【美团】}{您的|}{订单|退款申请}{${order}|}{退款|已退款}${small}{已原路退回|已退回原支付账户}，"
                        + "{预计|将在}{1-3个工作日|${n}个工作日内}到账[，{可在APP“我的订单”查看|如有疑问请在官方APP内联系客服}]{。|}",
                null);
        add(
                all,
                "consumer-dispute-narrative",
                null,
                "${when}{在${shop}上|在网上}买了{一件衣服|一双鞋|一个电饭煲|手机壳}，{收到后|到货后}{发现|}{质量有问题|和图片不一样|尺码不对}，"
                        + "{联系商家|找客服}{退货|退款}{商家|对方}{一直拖着|不同意}，{后来|最后}{在平台申请了售后|平台介入后}{退了${small}|退款了}"
                        + "{，想问问这种情况还能投诉吗|，就是想反映一下这个商家|，记录一下}{。|}");
        return all;
    }

    private static void add(List<Family> all, String name, @Nullable String sms, @Nullable String narrative) {
        all.add(Family.ordinary(ZH, name, sms, narrative));
    }
}
