package io.clearsky.simulator;

import io.clearsky.core.indicator.ScamType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a scam type plays out: whom it targets, how often a contact bites and pays, how much and how many times,
 * and whether it runs through a link (victims' own accounts come from
 * {@link io.clearsky.simulator.text.TextCorpus#reportNarrative}). Figures are plausible orders of magnitude from public
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
        String smsZh) {

    private static final Map<ScamType, ScamProfile> PROFILES = profiles();

    static ScamProfile of(ScamType type) {
        return PROFILES.get(type);
    }

    private static Map<ScamType, ScamProfile> profiles() {
        Map<ScamType, ScamProfile> map = new EnumMap<>(ScamType.class);
        map.put(
                ScamType.BRUSHING_REBATE,
                new ScamProfile(18, 40, 0.25, 0.45, 1_500, 6, true, "【兼职】在家动动手指日赚300-500元，点赞返利当天结算，详情 %s"));
        map.put(
                ScamType.FAKE_INVESTMENT,
                new ScamProfile(28, 60, 0.15, 0.40, 20_000, 5, true, "内部渠道，导师带单，稳赚不赔，月收益30%%以上，下载 %s"));
        map.put(
                ScamType.FAKE_LOAN,
                new ScamProfile(20, 50, 0.20, 0.40, 3_000, 3, true, "无抵押低息贷款，最快当天放款，额度最高20万，申请 %s"));
        map.put(
                ScamType.FAKE_CUSTOMER_SERVICE,
                new ScamProfile(20, 60, 0.15, 0.40, 8_000, 3, true, "【快递理赔】您的包裹已丢失，我司将双倍赔偿，请点击 %s 办理"));
        map.put(
                ScamType.IMPERSONATING_OFFICIALS,
                new ScamProfile(45, 80, 0.10, 0.35, 50_000, 3, false, "【通知】您涉嫌一起洗钱案件，请立即联系办案民警配合调查"));
        map.put(
                ScamType.FAKE_CREDIT_REPAIR,
                new ScamProfile(22, 45, 0.15, 0.35, 5_000, 3, true, "您的征信存在逾期记录，将影响贷款和出行，请尽快办理消除 %s"));
        map.put(ScamType.FAKE_GAME_TRADE, new ScamProfile(12, 30, 0.25, 0.40, 800, 3, true, "低价出售稀有游戏账号装备，担保交易，进入 %s"));
        map.put(ScamType.ROMANCE, new ScamProfile(25, 55, 0.10, 0.45, 30_000, 6, true, "你好，我是在婚恋网站上看到你的，可以认识一下吗？"));
        map.put(
                ScamType.IMPERSONATING_ACQUAINTANCE,
                new ScamProfile(30, 65, 0.10, 0.40, 10_000, 2, false, "我是你领导，明天到我办公室来一趟，先加我QQ"));
        map.put(ScamType.FAKE_SHOPPING, new ScamProfile(18, 50, 0.20, 0.45, 600, 2, true, "名牌包包一折清仓，限时抢购 %s"));
        map.put(ScamType.OTHER, new ScamProfile(18, 80, 0.10, 0.30, 2_000, 2, false, "恭喜您中奖，请联系领取"));
        return map;
    }
}
