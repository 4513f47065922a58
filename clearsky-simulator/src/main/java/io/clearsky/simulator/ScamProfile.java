package io.clearsky.simulator;

import io.clearsky.core.indicator.ScamType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a scam type plays out: whom it targets, how often a contact bites and pays, how much and how many times,
 * whether it runs through a link, and how victims describe it. Figures are plausible orders of magnitude from public
 * case reports, not statistics.
 */
record ScamProfile(
        int minAge,
        int maxAge,
        double engage,
        double pay,
        double medianYuan,
        int maxPayments,
        boolean link,
        String smsZh,
        String storyZh) {

    private static final Map<ScamType, ScamProfile> PROFILES = profiles();

    static ScamProfile of(ScamType type) {
        return PROFILES.get(type);
    }

    private static Map<ScamType, ScamProfile> profiles() {
        Map<ScamType, ScamProfile> map = new EnumMap<>(ScamType.class);
        map.put(
                ScamType.BRUSHING_REBATE,
                new ScamProfile(
                        18,
                        40,
                        0.25,
                        0.45,
                        1_500,
                        6,
                        true,
                        "【兼职】在家动动手指日赚300-500元，点赞返利当天结算，详情 %s",
                        "网上看到刷单兼职，对方让我先垫付做任务，前几单返了佣金，后来说要连做几单才能提现，我一共转了%s元，现在联系不上"));
        map.put(
                ScamType.FAKE_INVESTMENT,
                new ScamProfile(
                        28,
                        60,
                        0.15,
                        0.40,
                        20_000,
                        5,
                        true,
                        "内部渠道，导师带单，稳赚不赔，月收益30%%以上，下载 %s",
                        "被拉进一个炒股群，老师推荐了一个投资平台，刚开始有盈利，后来追加投资后无法提现，共投入%s元"));
        map.put(
                ScamType.FAKE_LOAN,
                new ScamProfile(
                        20,
                        50,
                        0.20,
                        0.40,
                        3_000,
                        3,
                        true,
                        "无抵押低息贷款，最快当天放款，额度最高20万，申请 %s",
                        "在网上申请贷款，对方说我流水不够、账户冻结，要先交解冻费和保证金，我转了%s元，贷款一直没下来"));
        map.put(
                ScamType.FAKE_CUSTOMER_SERVICE,
                new ScamProfile(
                        20,
                        60,
                        0.15,
                        0.40,
                        8_000,
                        3,
                        true,
                        "【快递理赔】您的包裹已丢失，我司将双倍赔偿，请点击 %s 办理",
                        "接到自称快递客服的电话，说包裹丢失要理赔，让我下载软件共享屏幕，操作后银行卡被转走%s元"));
        map.put(
                ScamType.IMPERSONATING_OFFICIALS,
                new ScamProfile(
                        45,
                        80,
                        0.10,
                        0.35,
                        50_000,
                        3,
                        false,
                        "【通知】您涉嫌一起洗钱案件，请立即联系办案民警配合调查",
                        "对方自称公安局民警，说我涉嫌洗钱要冻结资产，让我把钱转到安全账户接受审查，我转了%s元"));
        map.put(
                ScamType.FAKE_CREDIT_REPAIR,
                new ScamProfile(
                        22,
                        45,
                        0.15,
                        0.35,
                        5_000,
                        3,
                        true,
                        "您的征信存在逾期记录，将影响贷款和出行，请尽快办理消除 %s",
                        "对方说我的学生贷款账户要注销否则影响征信，让我在几个平台贷款后转到指定账户，共转出%s元"));
        map.put(
                ScamType.FAKE_GAME_TRADE,
                new ScamProfile(
                        12,
                        30,
                        0.25,
                        0.40,
                        800,
                        3,
                        true,
                        "低价出售稀有游戏账号装备，担保交易，进入 %s",
                        "在游戏里买装备，对方让我到一个交易平台付款，说账户冻结要交保证金才能解冻，我付了%s元"));
        map.put(
                ScamType.ROMANCE,
                new ScamProfile(
                        25,
                        55,
                        0.10,
                        0.45,
                        30_000,
                        6,
                        true,
                        "你好，我是在婚恋网站上看到你的，可以认识一下吗？",
                        "在交友软件上认识一个人，聊了一段时间确定恋爱关系，对方带我在一个平台投资博彩，先后投入%s元后无法提现"));
        map.put(
                ScamType.IMPERSONATING_ACQUAINTANCE,
                new ScamProfile(
                        30,
                        65,
                        0.10,
                        0.40,
                        10_000,
                        2,
                        false,
                        "我是你领导，明天到我办公室来一趟，先加我QQ",
                        "有人冒充我的领导加我QQ，说有急事让我先帮忙转一笔钱给合作方，我转了%s元后才发现是假的"));
        map.put(
                ScamType.FAKE_SHOPPING,
                new ScamProfile(
                        18,
                        50,
                        0.20,
                        0.45,
                        600,
                        2,
                        true,
                        "名牌包包一折清仓，限时抢购 %s",
                        "在一个购物链接买东西，付款后对方说订单异常要重新付款，前后付了%s元，一直没有发货"));
        map.put(
                ScamType.OTHER,
                new ScamProfile(18, 80, 0.10, 0.30, 2_000, 2, false, "恭喜您中奖，请联系领取", "接到陌生电话，对方以各种理由让我转账，我转了%s元"));
        return map;
    }
}
