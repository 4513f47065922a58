package io.clearsky.server.bulletins;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Anti-fraud tips for ordinary people, one per {@link ScamType}, in Chinese and English: how the fraudster's script
 * goes, the moment to stop, and whom to call. Public ({@code GET /api/v1/tips}); warnings link to them by
 * {@link #path(ScamType)}. Written for ClearSky.
 */
public final class Tips {

    /** The public path of the tips. */
    public static final String PATH = "/api/v1/tips";

    private static final Text CALL = new Text(
            "拿不准就先挂断，拨打全国反诈专线96110咨询；已经转账或人身受到威胁，立即拨打110报警，并联系银行或支付平台尝试止付。",
            "When in doubt, hang up and call 96110, the national anti-fraud hotline. If you have already paid or feel"
                    + " threatened, call 110 at once and ask your bank or payment app to stop the payment.");

    // one path per type, made once: the check answer links to it without building a string per request
    private static final String[] PATHS = new String[ScamType.values().length];
    private static final Map<ScamType, Tip> TIPS = new EnumMap<>(ScamType.class);

    static {
        for (ScamType type : ScamType.values()) {
            PATHS[type.ordinal()] = PATH + "/" + type.name();
        }
        put(
                ScamType.BRUSHING_REBATE,
                "对方以“在家兼职、动动手指日赚几百”招人，先让你点赞、关注或小额垫付，很快返还本金和佣金；随后派发“联单任务”，要求你垫付更大金额，再以“操作失误”“任务未完成”为由要你继续充值才能提现。",
                "Someone offers easy work from home: like posts, follow shops, or pay a small amount that is returned"
                        + " with a commission at once. Then come \"combined orders\" that need you to advance more"
                        + " money, and every attempt to withdraw meets a new reason to pay again first.",
                "任何要你先垫钱才能赚钱的“兼职”都是诈骗。第一次被要求自己掏钱垫付时，就停下。",
                "Any job that asks you to pay before you earn is a scam. Stop the first time you are asked to put in"
                        + " your own money.");
        put(
                ScamType.FAKE_INVESTMENT,
                "“导师”或“网友”拉你进投资群，群里人人晒收益，再引你下载陌生投资APP或网站，小额投入能赚能提；等你加大投入，平台就说账户异常、要交税费保证金，最后无法登录。",
                "A \"mentor\" or an online friend brings you into an investment group where everyone shows big"
                        + " profits, then to an unfamiliar app or site. Small deposits earn and can be withdrawn; once"
                        + " you put in more, the account is \"frozen\", taxes or deposits are due, and then the site is"
                        + " gone.",
                "只在持牌正规机构投资，不下载别人发来的投资APP。当你被要求把钱转到个人账户，或为“解冻”“提现”再交钱时，立即停止。",
                "Invest only through licensed institutions, never an app someone sent you. Stop the moment you are"
                        + " told to pay a private account, or to pay more to \"unfreeze\" or withdraw.");
        put(
                ScamType.FAKE_LOAN,
                "对方自称贷款平台，宣称“无抵押、秒到账、不看征信”，下款前却要你先交手续费、保证金、解冻费，或说你填错银行卡号需要交钱“验证流水”。",
                "A \"lender\" promises a loan with no collateral, no credit check and money in minutes. Before the money"
                        + " arrives you must pay a fee, a deposit or an \"unfreezing\" charge, or prove your repayment"
                        + " ability by transferring money.",
                "正规贷款在放款前不会收取任何费用。对方让你放款前先付钱，就是诈骗，马上停止。",
                "A real lender never charges before paying out. If you must pay before the loan arrives, it is a scam:"
                        + " stop there.");
        put(
                ScamType.FAKE_CUSTOMER_SERVICE,
                "对方自称电商或快递客服，准确说出你的订单信息，称商品质量问题要理赔、快递丢失要赔偿，或你误开了会员要关闭，然后引导你下载会议软件共享屏幕，或到借贷平台“刷流水”。",
                "A caller claims to be a shop's or courier's customer service and knows your order. They offer"
                        + " compensation for a faulty or lost parcel, or say a membership will charge you unless"
                        + " cancelled, then ask you to install a meeting app and share your screen, or to take out a"
                        + " loan to \"verify\" your account.",
                "退款理赔只在购物平台官方APP内办理。对方让你共享屏幕、提供验证码或去借贷平台借钱时，立即挂断。",
                "Refunds happen inside the shop's own app. Hang up when you are asked to share your screen, read out a"
                        + " code, or borrow money.");
        put(
                ScamType.IMPERSONATING_OFFICIALS,
                "对方自称公安、检察院、法院或政府工作人员，说你涉嫌洗钱、身份被盗用，出示“通缉令”“逮捕令”，要求你对谁都不许说、到单独房间接受“视频审讯”，并把钱转到“安全账户”配合调查。",
                "A caller claims to be police, a prosecutor, a court or an official: you are suspected of money"
                        + " laundering or your identity was stolen. They show a \"warrant\", forbid you to tell anyone,"
                        + " question you on video alone, and tell you to move your money to a \"safe account\" for the"
                        + " investigation.",
                "公检法机关不会电话办案，更没有“安全账户”。一听到要你保密、转账或提供银行卡信息，立即挂断。",
                "Police, prosecutors and courts never handle a case by phone and have no \"safe account\". Hang up as"
                        + " soon as you are told to keep it secret, move money or give card details.");
        put(
                ScamType.FAKE_CREDIT_REPAIR,
                "对方自称金融机构或征信中心工作人员，说你的征信有污点、助学贷款未注销，会影响贷款和子女上学，要你把钱转到指定账户“消除记录”或“验证资金”。",
                "Someone claiming to be from a bank or the credit reference centre says your credit record has a"
                        + " black mark, or an old student loan must be closed, and that it will harm your loans and"
                        + " your children. To \"clean\" the record you must move money to an account they name.",
                "个人征信不能通过任何人“修复”“消除”。对方要你转账或贷款来“验证”时，立即停止。",
                "Nobody can \"repair\" or \"erase\" a credit record for money. Stop when you are asked to pay or borrow"
                        + " to \"verify\" anything.");
        put(
                ScamType.FAKE_GAME_TRADE,
                "对方在游戏里或社交平台低价卖装备、高价收账号，引你离开官方平台到陌生交易网站，再以“账户冻结”“保证金”“解冻费”为由要你不断交钱。",
                "A player offers cheap items or buys your account for a high price, and takes you off the game's own"
                        + " market to an unfamiliar trading site, where your money is \"frozen\" until you pay a deposit"
                        + " or an unfreezing fee, again and again.",
                "只在游戏官方渠道交易。被要求到陌生网站交易，或为“解冻”再付款时，立即停止。",
                "Trade only through the game's official channels. Stop when you are sent to another site or asked to"
                        + " pay to \"unfreeze\" money.");
        put(
                ScamType.ROMANCE,
                "对方在婚恋或交友平台主动示好，长期嘘寒问暖、建立感情，称自己有内部渠道或投资门路，带你去某平台“一起赚钱”，或以生病、家人出事为由借钱。",
                "A stranger on a dating or social app courts you for weeks and wins your trust, then shares an"
                        + " \"inside tip\" on a platform where you can \"earn together\", or needs money for an illness"
                        + " or a family emergency.",
                "从未见面的网友谈钱就是危险信号。对方开始提投资、借钱或让你充值时，立即停止并核实身份。",
                "When someone you have never met brings up money, that is the warning. Stop when investing, lending or"
                        + " topping up comes up, and check who they really are.");
        put(
                ScamType.IMPERSONATING_ACQUAINTANCE,
                "对方用领导、老师、亲友的头像和昵称加你，或盗用他们的账号，称有急事不方便接电话，让你先帮忙转账，说稍后就还。",
                "Someone adds you with the photo and name of your boss, a teacher or a relative, or writes from their"
                        + " hacked account. They are busy and cannot talk, and ask you to transfer money for them now,"
                        + " to be repaid later.",
                "凡是网上要求转账的“熟人”，先打电话或当面核实。对方不接电话却催你转账时，立即停止。",
                "Whenever a \"friend\" asks for money online, call them or see them first. Stop when they will not"
                        + " talk but keep pressing you to pay.");
        put(
                ScamType.FAKE_SHOPPING,
                "对方在朋友圈、直播或二手平台低价卖紧俏商品、代购，要求私下加好友交易、直接转账付款，收款后以缺货、清关为由继续收费，最后拉黑你。",
                "A seller offers scarce goods or \"overseas purchasing\" cheaply on social media, live streams or"
                        + " second-hand sites, asks you to deal privately and pay by transfer, then adds customs or"
                        + " stock fees before blocking you.",
                "只用平台担保交易付款。对方要求私下转账付款时，立即停止。",
                "Pay only through the platform's protected checkout. Stop when the seller asks you to pay them"
                        + " directly.");
        put(
                ScamType.OTHER,
                "骗子的说法千变万化，但最后都落到一件事上：让你转账、借钱、交“手续费”，或说出验证码、下载陌生软件、共享屏幕。",
                "The stories change, but they all end the same way: you are asked to transfer money, borrow, pay a"
                        + " \"fee\", read out a verification code, install an unfamiliar app or share your screen.",
                "陌生人让你转账、借钱、提供验证码或共享屏幕时，先停下来，找家人或拨打96110核实。",
                "Whenever a stranger asks for money, a loan, a code or your screen, stop and check with family or"
                        + " with 96110 first.");
    }

    private Tips() {}

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {}

    /**
     * One tip.
     *
     * @param scamType the scam type's code
     * @param path where the tip is served, the link warnings carry
     * @param script how the fraudster's script goes
     * @param stop the moment to stop
     * @param call whom to call: 96110, the national anti-fraud hotline; 110 in an emergency
     */
    public record Tip(String scamType, String nameZh, String nameEn, String path, Text script, Text stop, Text call) {}

    /** The path of the tip for the scam type, e.g. {@code /api/v1/tips/FAKE_INVESTMENT}; the same string each time. */
    public static String path(ScamType type) {
        return PATHS[type.ordinal()];
    }

    /** Every tip, in the code list's order. */
    public static List<Tip> all() {
        return Collections.unmodifiableList(new ArrayList<>(TIPS.values()));
    }

    /** The tip for a scam type given by its code or Chinese name; 404 for none. */
    public static Tip get(String scamType) {
        ScamType type;
        try {
            type = ScamType.parse(scamType);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no tip for the scam type '" + scamType + "'");
        }
        return TIPS.get(type);
    }

    /** The tip for a scam type. */
    public static Tip of(ScamType type) {
        return TIPS.get(type);
    }

    private static void put(ScamType type, String scriptZh, String scriptEn, String stopZh, String stopEn) {
        TIPS.put(
                type,
                new Tip(
                        type.name(),
                        type.nameZh(),
                        type.nameEn(),
                        path(type),
                        new Text(scriptZh, scriptEn),
                        new Text(stopZh, stopEn),
                        CALL));
    }
}
