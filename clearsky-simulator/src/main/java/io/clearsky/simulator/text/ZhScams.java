package io.clearsky.simulator.text;

import static io.clearsky.core.indicator.ScamType.BRUSHING_REBATE;
import static io.clearsky.core.indicator.ScamType.FAKE_CREDIT_REPAIR;
import static io.clearsky.core.indicator.ScamType.FAKE_CUSTOMER_SERVICE;
import static io.clearsky.core.indicator.ScamType.FAKE_GAME_TRADE;
import static io.clearsky.core.indicator.ScamType.FAKE_INVESTMENT;
import static io.clearsky.core.indicator.ScamType.FAKE_LOAN;
import static io.clearsky.core.indicator.ScamType.FAKE_SHOPPING;
import static io.clearsky.core.indicator.ScamType.IMPERSONATING_ACQUAINTANCE;
import static io.clearsky.core.indicator.ScamType.IMPERSONATING_OFFICIALS;
import static io.clearsky.core.indicator.ScamType.OTHER;
import static io.clearsky.core.indicator.ScamType.ROMANCE;
import static io.clearsky.simulator.text.TextLanguage.ZH;

import io.clearsky.core.indicator.ScamType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chinese scam scripts: per scam type, the storylines fraudsters run, each as the message a target receives and
 * as the target's own account in a report form. Written by the project from public descriptions of how these scams
 * work; no sentence is taken from a dataset.
 */
final class ZhScams {

    // Pieces of a victim's account that many scripts share: when it began, what it cost, how it ended.
    static final String LOST =
            "{一共被骗了${loss}|前后一共转了${loss}|总共损失${loss}|共计被骗${loss}|合计转账${loss}|被骗走${loss}|损失了${loss}|我一共转过去${loss}}";
    static final String AFTER =
            "{对方把我拉黑了|之后就联系不上对方了|对方电话关机了|再发消息对方就不回了|群也解散了|APP也打不开了|后来才反应过来被骗了|我才意识到是诈骗|对方${chat}已经注销了}";
    static final String PLEA = "[{，希望警察帮我追回|，请求帮忙追回损失|，钱都是借的，求帮助|，对方的账号和转账记录我都截图了|，已经打了110|，现在特别后悔|，请尽快处理}]";
    static final String END = "{，" + LOST + "，" + AFTER + "|，" + AFTER + "，" + LOST + "|。" + AFTER + "。" + LOST + "|。"
            + LOST + "}" + PLEA + "{。|！|}";

    // A second, terse phrasing of each script's message, as many real ones are: one line, a lure and a contact.
    private static final Map<String, String> TERSE_MESSAGES = terseMessages();

    // What a police summary names as the pretext ("以…为由") of each script.
    private static final Map<String, String> PRETEXTS = pretexts();
    static final String SUMMARY =
            "{${date}|${when}|${date}${time}许}，{受害人|事主|报警人}{${surname}某|${name}}{（{男|女}，${age}岁）|}"
                    + "{在${platform}上|通过${chat}|接到陌生电话后|在家中|在${city}}被{诈骗分子|嫌疑人|犯罪嫌疑人|对方}以“%s”为由"
                    + "{诱骗|骗取|诱导}其{转账|扫码支付|多次转账|通过手机银行转账}{，共|，}{被骗|损失}{${loss}|人民币${loss}}{。|}";

    private ZhScams() {}

    static List<Family> all() {
        List<Family> all = new ArrayList<>();
        brushing(all);
        investment(all);
        loan(all);
        customerService(all);
        officials(all);
        credit(all);
        game(all);
        romance(all);
        acquaintance(all);
        shopping(all);
        other(all);
        return all;
    }

    private static void add(List<Family> all, ScamType type, String name, String sms, String narrative) {
        String terse = TERSE_MESSAGES.get(name);
        if (terse == null) {
            throw new IllegalStateException("no terse message for " + name);
        }
        String pretext = PRETEXTS.get(name);
        if (pretext == null) {
            throw new IllegalStateException("no pretext for " + name);
        }
        all.add(Family.scam(type, ZH, name, "{" + sms + "|" + terse + "}", narrative)
                .withSummary(SUMMARY.formatted(pretext)));
    }

    private static Map<String, String> pretexts() {
        Map<String, String> map = new HashMap<>();
        map.put("like-follow-for-pay", "{点赞关注赚佣金|给视频点赞返利|关注主播截图返佣}");
        map.put("pay-first-order-commission", "{刷单返佣|垫付刷单返本金和佣金|帮商家补单}");
        map.put("daily-pay-work-from-home", "{网上兼职日结|在家兼职|宝妈兼职}");
        map.put("task-app-combo-orders", "{做任务返佣金|APP连单任务|抢单返利}");
        map.put("hotel-movie-rating-boost", "{电影票房投资|给酒店打好评|景点评分返佣}");
        map.put("red-envelope-group-tasks", "{群内发红包后做团队任务|福利群跟单任务}");
        map.put("shop-follow-pay-later-refund", "{店铺拍单返现|淘宝补单}");
        map.put("stock-tutor-group", "{荐股导师带单|股票内幕消息|炒股群老师指导投资}");
        map.put("crypto-platform", "{虚拟币投资|USDT搬砖套利|数字货币量化交易}");
        map.put("insider-ipo-original-shares", "{新股申购内部名额|原始股投资|机构席位打新}");
        map.put("forex-gold-futures-platform", "{黄金外汇投资|原油期货带单}");
        map.put("lottery-betting-planner", "{彩票计划员带投|博彩回血}");
        map.put("pension-elderly-wealth", "{养老项目投资|康养理财}");
        map.put("no-collateral-low-interest", "{无抵押低息贷款|网络贷款}");
        map.put("approved-pay-unfreeze-fee", "{贷款账户冻结需交解冻费|放款前缴纳解冻金}");
        map.put("wrong-card-number-unlock", "{银行卡号填错需解冻|贷款资金被冻结}");
        map.put("credit-score-boost-fee", "{刷流水提高信用分|验证还款能力}");
        map.put("big-credit-card-agent", "{代办大额信用卡}");
        map.put("membership-insurance-before-disbursal", "{贷款需开通会员|放款前购买保险}");
        map.put("parcel-lost-double-compensation", "{快递丢失理赔|快递客服双倍赔偿}");
        map.put("cancel-membership-auto-renewal", "{取消会员自动扣费|关闭百万保障}");
        map.put("product-quality-recall-refund", "{商品质量问题退款|商品召回理赔}");
        map.put("live-stream-order-exception", "{直播订单异常退款|订单重复扣款}");
        map.put("flight-cancelled-rebooking", "{航班取消改签|机票退改签理赔}");
        map.put("courier-address-incomplete-link", "{快递地址不详需补填|补缴快递运费}");
        map.put("money-laundering-safe-account", "{涉嫌洗钱需资金清查|配合调查转入安全账户}");
        map.put("medical-insurance-card-abnormal", "{医保卡异常|医保卡被盗刷涉嫌骗保}");
        map.put("customs-parcel-contraband", "{包裹内有违禁品|海关查扣包裹}");
        map.put("arrest-warrant-link", "{涉嫌刑事案件被通缉|查看逮捕令}");
        map.put("phone-number-illegal-suspension", "{手机号发送违法短信将停机|号码涉诈}");
        map.put("court-summons", "{法院传票|诉讼案件需资金监管}");
        map.put("student-loan-cancellation", "{注销校园贷账户|清理学生贷款账户}");
        map.put("overdue-record-removal", "{消除征信逾期记录|修复征信}");
        map.put("platform-account-noncompliant-close", "{关闭不合规借贷账户|花呗白条账户需注销}");
        map.put("identity-misused-guarantee", "{身份被冒用办理贷款|撤销异常担保}");
        map.put("credit-whitening-service", "{征信洗白|征信修复}");
        map.put("overdue-student-loan-settlement", "{逾期贷款减免结清|协商还款消除记录}");
        map.put("cheap-account-third-party-site", "{低价出售游戏账号|游戏装备交易}");
        map.put("free-skin-giveaway", "{免费领取游戏皮肤|游戏福利}");
        map.put("selling-account-fake-buyer-platform", "{收购游戏账号|游戏账号交易平台解冻}");
        map.put("discount-recharge-agent", "{游戏折扣代充}");
        map.put("unban-account-service", "{游戏账号解封}");
        map.put("minor-refund-fake-service", "{未成年人游戏充值退款}");
        map.put("dating-then-invest", "{网恋后带其投资|交友后推荐投资平台}");
        map.put("overseas-partner-parcel-fee", "{海外网恋对象寄礼物需交关税|跨国包裹清关}");
        map.put("online-lover-gambling-platform", "{网恋对象称博彩平台有漏洞|带其投注}");
        map.put("lover-family-emergency-borrow", "{网恋对象家人住院借钱|网恋对象急需用钱}");
        map.put("nude-chat-extortion", "{裸聊后敲诈|视频聊天录屏威胁}");
        map.put("matchmaking-membership-fees", "{婚恋网站会员费|相亲见面费}");
        map.put("wrong-number-friendship", "{加错好友后交友投资|搭讪交友}");
        map.put("boss-asks-transfer", "{冒充领导要求转账|领导急需付款}");
        map.put("relative-new-number-borrow", "{冒充熟人换号借钱|冒充同学借钱}");
        map.put("teacher-class-fee", "{冒充班主任收取费用|收取资料费}");
        map.put("ai-face-swap-video-borrow", "{AI换脸视频借钱|冒充好友视频借钱}");
        map.put("acquaintance-collect-payment-for-me", "{冒充好友代收代转|出示虚假转账截图}");
        map.put("boss-group-chat-finance", "{冒充老板在工作群指示转账|冒充公司领导}");
        map.put("cheap-luxury-private-transfer", "{低价出售名牌商品|私下交易}");
        map.put("concert-ticket-presale", "{出售演唱会门票|内部票转让}");
        map.put("secondhand-fake-payment-link", "{二手交易需认证收款|闲鱼交易保证金}");
        map.put("pet-purchase-shipping-fees", "{网购宠物需交运费|宠物空运保险}");
        map.put("health-product-cure-all", "{出售保健品神药|特效药}");
        map.put("wechat-reseller-deposit", "{代购收取定金|微商代购}");
        map.put("fake-prize", "{中奖需交税|领奖手续费}");
        map.put("etc-card-disabled", "{ETC卡失效需认证|ETC信息过期}");
        map.put("points-redemption-expiring", "{积分兑换现金|积分即将清零}");
        map.put("fake-subsidy-tax-refund", "{领取补贴|个税退税}");
        map.put("fake-traffic-fine", "{交通违章缴罚款|违章处理}");
        map.put("fake-charity-donation", "{募捐救助|爱心捐款}");
        map.put("telecom-plan-upgrade-link", "{5G套餐免费升级|话费返还}");
        map.put("pension-qualification-certification", "{养老金资格认证|社保待遇核验}");
        map.put("seller-store-violation-deposit", "{店铺违规需交保证金|商家账户解冻}");
        return map;
    }

    private static Map<String, String> terseMessages() {
        Map<String, String> map = new HashMap<>();
        map.put(
                "like-follow-for-pay",
                "{点赞|关注}{一单|一次}{3元|5元}，{日结|当天结}，{加|+}${chat}${wx}|{抖音|快手}{点赞员|关注员}{招募|急招}，{手机就能做|在家可做}，{详|详情}{V|Q}：${wx}");
        map.put(
                "pay-first-order-commission",
                "{刷单|补单}{日结|秒返}，{佣金${pct}|一单${small}}，{q|Q|扣}${qq}|{需要|招}{拍单|刷单}{人员|员}，{先垫后返|垫付返佣}，{私|联系}${chat}${wx}");
        map.put(
                "daily-pay-work-from-home",
                "{在家|线上}{兼职|工作}，{日结|日薪}${small}，{不限时间|宝妈优先}，{回1了解|回复1详谈}|{急招|诚招}{打字员|录入员|客服}，{在家办公|手机可做}，{日入${small}|日结}，{加|+}${chat}${wx}");
        map.put(
                "task-app-combo-orders",
                "{任务|接单}{平台|APP}{上线|开放}，{新人|首单}{领${small}|奖励${small}}，{下载|注册}${url}|{恭喜|您好}，{您的|}{体验官|推广员}{资格|名额}{已开通|待激活}，{登录|激活}${url}");
        map.put(
                "hotel-movie-rating-boost",
                "{电影|票房}{打榜|助力}{兼职|任务}，{每单|一单}{返${small}|佣金${pct}}，{详询|联系}${chat}${wx}|{招|急招}{写好评|打分}{兼职|的}，{一条${small}|单单结}，{+|加}{V|Q}${wx}");
        map.put(
                "red-envelope-group-tasks",
                "{福利群|红包群}{每天|天天}{发红包|送福利}，{进群|扫码}{领|}{${small}|红包}：${short}|{天天领红包|红包领不停}{${emoji}|}，{入群|进群}{链接|地址}${short}");
        map.put(
                "shop-follow-pay-later-refund",
                "{${shop}|淘宝}{补单|刷单}，{先拍后返|返本金加佣}，{${chat}|V}：${wx}|{学生|宝妈}{兼职|可做}{拍单|补单}，{一单${small}|日结}，{Q|扣}${qq}");
        map.put(
                "stock-tutor-group",
                "{明日|下周}{牛股|涨停股}{免费领|已出}，{进群|加}{${chat}|V}：${wx}|{股票|炒股}{亏了|被套}？{老师|导师}{免费|}{诊股|解套}，{加|+}${chat}${wx}");
        map.put(
                "crypto-platform",
                "{${crypto}|虚拟币}{搬砖|套利}{日赚|日收益}${pct}，{详询|注册}${url}|{币圈|区块链}{内部|VIP}{群|项目}{开放|招募}，{+|加}{V|飞机}${wx}");
        map.put(
                "insider-ipo-original-shares",
                "{原始股|新股}{内部|专属}{名额|额度}{仅剩${n}个|限量}，{保证中签|上市翻倍}，{详询|联系}${mobile}|{机构|私募}{席位|通道}{打新|申购}，{中签率100%|包中签}，{开户|下载}${url}");
        map.put(
                "forex-gold-futures-platform",
                "{黄金|原油|外汇}{带单|喊单}，{周收益${pct}|稳定盈利}，{加|+}${chat}${wx}|{现货|国际}{黄金|原油}{T+0|双向}，{开户送|注册送}${small}，${url}");
        map.put(
                "lottery-betting-planner",
                "{快三|时时彩|PK10}{计划|带单}{稳中|必中}，{回血|上岸}{群|}{加|+}${chat}${wx}|{彩票|竞猜}{平台|APP}{首充送${small}|注册送${small}}，${url}");
        map.put(
                "pension-elderly-wealth",
                "{养老|康养}{项目|基金}{月月返息|年化${pct}}，{保本|国家扶持}，{电话|咨询}${tel}|{老年|退休}{理财|投资}{讲座|推介会}，{免费领鸡蛋|送米面油}，{报名|咨询}${tel}");
        map.put(
                "no-collateral-low-interest",
                "{无抵押|免担保}{贷款|借款}{${quota}|5-50万}，{当天到账|秒批}，{详|咨询}${mobile}|{急用钱|缺钱}？{凭身份证|有身份证}{即可贷|就能借}${quota}，{点击|申请}${url}");
        map.put(
                "approved-pay-unfreeze-fee",
                "{您的|}{贷款|借款}{已到账|已审批}{但被冻结|未能提现}，{解冻|处理}{请加|联系}{客服|专员}${chat}${wx}|{放款|到账}{失败|异常}，{账户|资金}{已冻结|被锁定}，{请|}{致电|联系}${hot400}");
        map.put(
                "wrong-card-number-unlock",
                "{银行卡号|收款账户}{有误|错误}，{款项|借款}{已冻结|无法到账}，{请|}{联系|加}{客服|财务}${chat}${wx}{修改|解冻}|{您的|}{卡号|账户}{填写错误|异常}{导致|，}{放款失败|资金冻结}，{处理|解冻}{请致电|联系}${hot400}");
        map.put(
                "credit-score-boost-fee",
                "{信用分不足|评分不够}{无法放款|放款失败}，{充值${fee}|交${fee}}{刷新评分|提额}{即可|马上}{到账|下款}|{征信不够|流水不足}？{我们帮您|可}{刷流水|做流水}{包下款|秒批}，{联系|加}${chat}${wx}");
        map.put(
                "big-credit-card-agent",
                "{大额|高额}{信用卡|信用卡代办}{${quota}|5-30万}，{包下卡|不看征信}，{咨询|电话}${mobile}|{代办|办理}{信用卡|白金卡}，{黑户|征信花}{可办|也能办}，{+|加}${chat}${wx}");
        map.put(
                "membership-insurance-before-disbursal",
                "{借款|贷款}{额度|}{${quota}|}{待激活|待提现}，{开通|购买}{会员|保险}{秒放款|即到账}，${url}|{您的|}{借款|贷款}{需|要}{开通|购买}{加速卡|会员}{才能|方可}{放款|提现}，{详|点击}${url}");
        map.put(
                "parcel-lost-double-compensation",
                "{您的|}{快递|包裹}{丢失|破损}，{理赔|赔付}{请加|联系}{客服|理赔专员}{${chat}|Q}${wx}|{${courier}|快递}{理赔|赔付}{通知|中心}：{您的包裹|包裹${order}}{已丢失|遗失}，{双倍赔付|全额理赔}{请|}{点击|登录}${url}");
        map.put(
                "cancel-membership-auto-renewal",
                "{您的|}{会员|VIP}{即将|将}{扣费|自动续费}${small}，{取消|关闭}{请致电|请联系}${hot400}|{百万保障|保险服务}{已开通|试用期满}，{每月扣费|将扣费}${small}，{退订|取消}{请致电|联系}${tel}");
        map.put(
                "product-quality-recall-refund",
                "{您购买的|您的}{商品|宝贝}{有质量问题|被召回}，{退款|赔付}{请加|联系}{客服|售后}{${chat}|Q}${wx}|{质检|抽检}{不合格|通知}：{您购买的|}{商品|产品}{可|将}{三倍赔偿|全额退款}，{办理|申请}${url}");
        map.put(
                "live-stream-order-exception",
                "{订单异常|重复扣款}，{退款|请}{点击|登录}${url}{处理|办理}|{直播间|抖音}{订单|下单}{失败|异常}{将为您退款|请办理退款}，{联系|致电}${hot400}");
        map.put(
                "flight-cancelled-rebooking",
                "{航班|您的航班}{取消|延误}，{改签|退票}{补偿${small}|可获补偿}，{请致电|联系}${hot400}|{尊敬的旅客|您好}，{您的|}{航班|机票}{已取消|改期}，{退改|理赔}{请|}{点击|登录}${url}");
        map.put(
                "courier-address-incomplete-link",
                "{您的|}{包裹|快递}{地址不详|无法投递}，{请|}{点击|登录}${url}{更新|补全}|{快递|包裹}{派送失败|被退回}，{补填地址|重新派送}{请点|点击}${short}");
        map.put(
                "money-laundering-safe-account",
                "{您|您的账户}{涉嫌|卷入}{洗钱|诈骗}{案|案件}，{请|}{速|立即}{联系|回电}{${tel}|${mobile}}|{您名下|您的}{银行卡|账户}{涉嫌|涉及}{非法交易|洗钱}{即将冻结|将被冻结}，{核实|咨询}{请按9|请致电${tel}}");
        map.put(
                "medical-insurance-card-abnormal",
                "{${city}|}{医保卡|社保卡}{异常|被冻结|被盗刷${amt}}，{请|}{按9|按1}{转人工|咨询}{${tel}|}|{您的|}{医保|社保}{账户|卡}{已被停用|涉嫌骗保}，{详询|核实}${tel}");
        map.put(
                "customs-parcel-contraband",
                "{您的|}{国际|海外}{包裹|快递}{${order}|}{被扣|涉违禁品}，{按9|按1}{转人工|处理}{，${tel}|}|{海关|${city}海关}{通知|提醒}：{您的|}{包裹|快件}{被查扣|需配合调查}，{致电|联系}${tel}");
        map.put(
                "arrest-warrant-link",
                "{您已|您}{被|涉嫌}{立案|通缉}，{查看|详情}${url}|{您的|}{传唤|逮捕}{通知|令}{已下达|已签发}，{请|}{登录|点击}${url}{查看|核实}");
        map.put(
                "phone-number-illegal-suspension",
                "{您的号码|您的手机}{涉嫌违规|被举报}，{即将停机|今日停机}，{按1|按9}{咨询|转人工}|{号码|手机号}{实名|信息}{异常|违规}{将被注销|将停机}，{详询|咨询}${tel}");
        map.put(
                "court-summons",
                "{您有|您的}{法院传票|传票}{未领取|待签收}，{请|}{按9|致电${tel}}{查询|咨询}|{${city}|}{法院|中院}{通知|提醒}：{您涉及|您有}{一起|}{诉讼|案件}，{请|}{致电|联系}${tel}");
        map.put(
                "student-loan-cancellation",
                "{校园贷|学生贷}{账户|}{须注销|未注销}，{否则|不然}{影响征信|上征信}，{详询|联系}${tel}|{您在校期间|您}{的|开通的}{学生账户|校园贷}{需要|必须}{注销|关闭}，{请|}{致电|咨询}${hot400}");
        map.put(
                "overdue-record-removal",
                "{征信|逾期}{修复|消除}，{不成功不收费|包消除}，{+|加}${chat}${wx}|{逾期|不良}{记录|征信}{可|能}{消除|删除}，{${n}天|当天}{见效|出结果}，{联系|电话}${mobile}");
        map.put(
                "platform-account-noncompliant-close",
                "{您的|}{${realloan}|白条|花呗}{需关闭|不合规}，{否则|逾期}{影响征信|上报征信}，{详询|联系}${tel}|{${realloan}|金条}{账户|额度}{异常|违规}，{请|}{尽快|}{注销|关闭}，{致电|咨询}${hot400}");
        map.put(
                "identity-misused-guarantee",
                "{您的身份|您的身份证}{被冒用|被盗用}{贷款|担保}，{撤销|处理}{请|}{致电|联系}${tel}|{您名下|您}{有|出现}{一笔|}{陌生|异常}{贷款|担保}{记录|}，{如非本人|核实}{请致电|联系}${hot400}");
        map.put(
                "credit-whitening-service",
                "{征信|大数据}{花了|黑了}？{专业|快速}{修复|洗白}，{V|加}${wx}|{网贷|信用卡}{逾期|黑名单}{可|能}{修复|洗白}，{先办后付|成功再付}，{电话|联系}${mobile}");
        map.put(
                "overdue-student-loan-settlement",
                "{您的|}{借款|欠款}{逾期|未还}，{可|现可}{减免|协商}，{联系|致电}${mobile}|{逾期|欠款}{减免|结清}{政策|通道}{开放|上线}，{只还本金|减免利息}，{详询|联系}${mobile}");
        map.put(
                "cheap-account-third-party-site",
                "{${game}|}{号|账号}{便宜出|低价出}，{${small}|}{走平台|担保}，{Q|扣}${qq}|{${game}|}{${gitem}|满级号}{${small}|低价}{出|转}，{加|+}{V|Q}${wx}");
        map.put(
                "free-skin-giveaway",
                "{免费|0元}{领|送}{皮肤|${gitem}}，{加Q|进群}${qq}|{${game}|游戏}{福利|活动}：{免费皮肤|限定${gitem}}{领取|等你拿}{${url}|加群${qq}}");
        map.put(
                "selling-account-fake-buyer-platform",
                "{高价|大量}{收号|收${game}号}，{平台|担保}{交易|验号}，{Q|加}${qq}|{收|回收}{${game}|游戏}{账号|${gitem}}，{秒结|当天结}，{${chat}|V}：${wx}");
        map.put(
                "discount-recharge-agent",
                "{${game}|游戏}{代充|充值}{${n}折|打折}，{秒到|不封号}，{Q|扣}${qq}|{点券|钻石}{低价|折扣}{代充|充值}，{加|+}${chat}${wx}");
        map.put(
                "unban-account-service",
                "{封号|账号冻结}{解封|申诉}，{包解|不解不收费}，{Q|扣}${qq}|{${game}|}{号被封|封号}？{专业|快速}{解封|恢复}，{联系|+}${chat}${wx}");
        map.put(
                "minor-refund-fake-service",
                "{未成年|孩子}{充值|打赏}{退款|可退}，{代办|专业}，{联系|电话}${mobile}|{孩子|未成年人}{游戏|直播}{消费|充值}{全额退|能退}，{咨询|加}${chat}${wx}");
        map.put(
                "dating-then-invest",
                "{你好|hi|嗨}，{我是${name}|我叫${name}}，{可以认识一下吗|能交个朋友吗}{${emoji}|}|{在吗|哈喽}？{我是|这是}{${name}|${surname}姐}，{加错人了|不好意思打扰了}{，我在${city}|}{${emoji}|}");
        map.put(
                "overseas-partner-parcel-fee",
                "{亲爱的|my dear}，{礼物|包裹}{已寄出|在路上}，{单号${order}|}{海关|快递}{会联系你|需要你签收}{${emoji}|}|{你好|Hi}，{我是|I am}{美军|联合国}{军医|军官}{史密斯|约翰逊|布朗|David|Mike|Kevin}，{想|希望}{认识你|和你交往}");
        map.put(
                "online-lover-gambling-platform",
                "{宝贝|老婆}，{今天|又}{赚了|收益}${amt}，{你也|快}{来|}{注册|跟投}{${emoji}|}|{亲爱的|宝}，{平台|漏洞}{还有${n}天|快关了}，{抓紧|赶紧}{充值|投}{${emoji}|}");
        map.put(
                "lover-family-emergency-borrow",
                "{宝贝|亲爱的}，{急|我妈住院了}，{能借我|先转我}${amt}{吗|}{${emoji}|}|{老公|老婆}，{我这边|家里}{出事了|急用钱}，{先帮我|能不能}{转${amt}|垫一下}");
        map.put(
                "nude-chat-extortion",
                "{哥哥|帅哥}{在吗|你好}{${emoji}|}，{视频|裸聊}{吗|不}？${url}|{一个人|寂寞}{吗|睡不着}{？|}{来|}{陪你|聊聊}{${emoji}|}{下载|点}${url}");
        map.put(
                "matchmaking-membership-fees",
                "{为您|已为您}{匹配|推荐}{对象|会员}，{开通|升级}VIP{查看|见面}${url}|{${city}|}{单身|优质}{会员|男女}{见面会|交友会}，{报名费|会员费}${small}，{咨询|电话}${tel}");
        map.put(
                "wrong-number-friendship",
                "{${surname}总|王姐|${name}|${surname}哥}，{明天|周末|${date}}{喝茶|吃饭|打球}{吗|？}{${emoji}|}|{在吗|你好}？{是${name}吗|是我呀，${name2}}{${emoji}|}");
        map.put(
                "boss-asks-transfer",
                "{我是|这是}${boss}，{加我|先加}{${chat}|QQ}${qq}|{小${surname}|${name}}，{我是${boss}|我${boss}}，{新号|这是新号}，{加我|存一下}");
        map.put(
                "relative-new-number-borrow",
                "{是我|我${name}|${surname}哥，我}，{换号了|新号|手机丢了换号了}，{急用钱|有急事|在${city}出了点事}{，能借点吗|，先借我${amt}|，转我${amt}到这个卡${tail}结尾}|{猜猜我是谁|还记得我吗|在吗}？{我|我是${name}|老同学${name}}{换号了|新号码|换微信了}{，存一下|，${mobile}|，加我${wx}|}");
        map.put(
                "teacher-class-fee",
                "{家长好|各位家长}，{${small}|}{资料费|校服费|研学费}{请|}{扫码|今天}{交|缴纳}{，${surname}老师|}|{${surname}老师|班主任}：{请|}{各位家长|家长们}{扫码|扫群里码}{缴纳|交}{${small}|费用}");
        map.put(
                "ai-face-swap-video-borrow",
                "{兄弟|老同学}，{刚视频断了|视频卡了}，{急用|先转}${amt}|{是我|我${name}}，{刚才视频|视频里说的}{那个事|急事}，{钱|${amt}}{先转|打到}{这个卡|这个账户}");
        map.put(
                "acquaintance-collect-payment-for-me",
                "{帮个忙|帮我个忙}，{我|有笔}{钱|货款|${amt}}{先打你卡上|转你那}，{你再|然后}{转给我朋友|帮我转出去}|{我在国外|在外地|在${city}}{转不了账|不方便}，{先转你|转你那}{${amt}|}，{你帮我|麻烦你}{转一下|代付}");
        map.put(
                "boss-group-chat-finance",
                "{@财务|@所有人}{今天|马上}{把|}{合同款|预付款}{付了|转了}，{账号|信息}{私发|发你}|{财务|${name}}，{马上|今天}{给|向}{供应商|对方}{转|付}${bigpay}，{尽快|转完回复}");
        map.put(
                "cheap-luxury-private-transfer",
                "{大牌|名牌}{包包|手表}{1折|清仓}，{+|加}{V|Q}${wx}|{高仿|原单}{${city}|}{包|鞋|表}{${small}起|超低价}，{私聊|联系}${chat}${wx}");
        map.put(
                "concert-ticket-presale",
                "{演唱会|内场}{票|门票}{有|出}，{原价|低价}，{加|+}${chat}${wx}|{${city}|}{演唱会|巡演}{内部票|VIP票}{转让|出}，{Q|扣}${qq}");
        map.put(
                "secondhand-fake-payment-link",
                "{您的|你的}{宝贝|商品}{已被拍下|已付款}，{收款|认证}{请点|点击}${short}|{闲鱼|二手}{交易|订单}{通知|提醒}：{买家已付款|货款待收}，{认证|激活}{收款|账户}${url}");
        map.put(
                "pet-purchase-shipping-fees",
                "{猫咪|狗狗}{低价|免费}{送养|出售}，{包邮|空运}，{加|+}${chat}${wx}|{纯种|赛级}{幼猫|幼犬}{${small}|}{转让|出}，{详聊|看视频}{V|Q}${wx}");
        map.put(
                "health-product-cure-all",
                "{降压|降糖}{特效|神}药，{${n}疗程|一个月}{根治|见效}，{电话|咨询}${tel}|{祖传|纯中药}{秘方|配方}，{治|根治}{痛风|糖尿病|风湿}，{货到付款|免费试用}${mobile}");
        map.put(
                "wechat-reseller-deposit",
                "{代购|海外}{正品|直邮}，{付定金|定金}{排单|预订}，{+|加}${chat}${wx}|{免税店|专柜}{代购|直发}{${pct}折|便宜一半}，{私|加}{V|Q}${wx}");
        map.put("fake-prize", "{恭喜|您}{中奖|获奖}{了|}，{领取|兑奖}${url}|{您的号码|您}{被抽中|获得}{${big}|幸运奖}，{请|}{登录|点击}${url}{领取|兑奖}");
        map.put(
                "etc-card-disabled",
                "{ETC|ETC卡}{失效|已停用}，{请|}{登录|点击}${url}{认证|办理}|{您的|}{ETC|高速卡}{认证|信息}{过期|异常}，{点击|登录}${short}{重新认证|激活}");
        map.put(
                "points-redemption-expiring",
                "{积分|话费积分}{即将清零|今日过期}，{兑换|兑现}{${small}|现金}：${url}|{您有|您的}${nn}00{积分|点}{未兑换|将过期}，{可兑换|可换}{现金|礼品}${short}");
        map.put(
                "fake-subsidy-tax-refund",
                "{退税|补贴}{${small}|}{待领取|可领取}：${url}|{您的|}{个税|社保}{退税|补贴}{${small}|}{已到账|待申领}，{点击|请}{登录|}${url}{领取|申领}");
        map.put(
                "fake-traffic-fine",
                "{您有|车辆有}{违章|违法}{未处理|记录}，{处理|缴纳}${url}|{交通|违章}{罚款|罚单}{${small}|}{逾期|未缴}，{在线|点击}{缴纳|处理}${short}");
        map.put(
                "fake-charity-donation",
                "{爱心|救助}{捐款|募捐}，{救救|帮帮}{孩子|她}：${url}|{${city}|}{重病|白血病}{女孩|男孩}{急需|求}{救命钱|帮助}，{扫码|点击}{捐款|献爱心}${short}");
        map.put(
                "telecom-plan-upgrade-link",
                "{5G|套餐}{免费升级|升级礼包}{待领取|已开通}，{点击|登录}${url}|{话费|流量}{返还${small}|赠送${nn}G}{待领取|未领}，{领取|办理}${short}");
        map.put(
                "pension-qualification-certification",
                "{养老金|退休金}{认证|资格}{未通过|到期}，{将停发|暂停发放}，{认证|办理}${short}|{社保|养老}{待遇|资格}{核验|认证}{通知|提醒}：{请|}{刷脸认证|重新认证}${url}");
        map.put(
                "seller-store-violation-deposit",
                "{店铺|您的店}{违规|被投诉}{将冻结|将关店}，{申诉|处理}{加|+}{${chat}|Q}${wx}|{商家|店主}{保证金|货款}{被冻结|异常}，{联系|加}{小二|客服}${qq}");
        return map;
    }

    private static void brushing(List<Family> all) {
        add(
                all,
                BRUSHING_REBATE,
                "like-follow-for-pay",
                "[【${video}{兼职|官方|招募}】]{在家|空闲时间|躺着}{动动手指|用手机}{就能|即可}{赚钱|赚零花钱}，"
                        + "{给视频点赞|点赞关注主播|关注账号截图}{一单|一个}{2元|3元|5元|3-5元}，"
                        + "{日赚${small}|一天轻松${small}|多劳多得}，{当天结算|日结|做完即结}[，{名额有限|不收任何费用|宝妈学生均可}]，"
                        + "{加|+|添加}${chat}{：|:| }${wx}{领取任务|咨询|了解}",
                "{${when}|前段时间}我在${video}上{看到|刷到}{一个|}{点赞赚钱|关注主播赚佣金}的兼职{广告|视频}，"
                        + "{加了对方${chat}|按提示加了一个${chat}号}，对方{让我|叫我}给{几个|}视频点赞截图，"
                        + "{前几单|一开始}{确实|真的}{收到了|返了}{几块钱|${small}}佣金。"
                        + "{后来|接着}{被拉进一个群|对方让我下载了一个APP}，{说要做|安排我做}{福利单|垫付任务|抢单任务|预付任务}，"
                        + "{要先充值才能|先转钱才能}{返本金和佣金|提现}，我${pay}{陆续|先后}转了{几笔|${n}次}，"
                        + "{对方又说我操作失误|客服说任务没完成|又说账户被冻结了}{要继续做单|要再充钱|要交解冻费}才能提现" + END);
        add(
                all,
                BRUSHING_REBATE,
                "pay-first-order-commission",
                "{亲|您好|你好}，{${shop}店铺|${shop}商家|本店}{招募|急招|诚招}{刷单|补单|拍单}{员|客服|兼职}，"
                        + "{先垫付|先拍下}{后返|再返}{本金+佣金|本金加${pct}佣金|本金和提成}，{单单返|一单一结|秒返}，"
                        + "[{一单赚${small}|日入几百不是梦|稳定长期|无需押金}，]{有意者|详情|报名}{加|+}${chat}${wx}",
                "${when}{有人|一个陌生人}{加我${chat}|在${chat}群里}{说|问我要不要}做{${shop}|}刷单兼职，"
                        + "{只要先垫付|先拍商品付款}，{对方马上|随后}返还本金{加|和}{${pct}|}佣金。"
                        + "{第一单|前两单}{${small}很快|}{就返回来了|确实返了}，{后面|接着}{派了|给了}{一个|}{大单|组合单|连单}，"
                        + "{要连续做${n}单|金额越来越大}，{做到一半|做完后}{说我超时|说卡单了|说要做完一轮}，"
                        + "{不能提现|本金拿不回来}，{我又转了|为了拿回本金又转了}{几次|好几笔}" + END);
        add(
                all,
                BRUSHING_REBATE,
                "daily-pay-work-from-home",
                "[【{招聘|兼职|人才网}】]{诚聘|招}{宝妈|学生|上班族|宝妈学生}{在家|网上}兼职，{每天1-2小时|时间自由|手机操作}，"
                        + "{日结${small}|日入${small}以上|一天${small}起}，{无需经验|不收费|零门槛}[，{可长期|多劳多得}]，"
                        + "{详询|点击报名|咨询}{${url}|${chat}${wx}}",
                "我是{宝妈|学生|在家带孩子|刚毕业}，{${when}|前段时间}想找个{在家做的|网上}兼职，"
                        + "{在${platform}上看到|朋友圈看到|收到一条短信}说{日结|在家就能做|一天几百块}，"
                        + "{联系后|加了对方}{对方给了|让我下载}一个{APP|网页链接}，{说是|先}{做任务|帮商家提升销量}，"
                        + "{开始|一开始}{几单|}{都能提现|返了${small}}，后来{任务|单子}{金额越来越大|要先垫付}，"
                        + "{我${pay}|我转了几次钱}，{最后|然后}{提现时提示|系统显示}{账户异常|信用分不足|需要交保证金}" + END);
        add(
                all,
                BRUSHING_REBATE,
                "task-app-combo-orders",
                "{【${platform}】|【任务中心】|}{恭喜您|您已}{被选为|入选}{${shop}|平台}{推广员|体验官|任务员}，{下载|注册}{APP|任务平台}{即送|首单奖励}${small}，"
                        + "{每单|单单}{返佣${pct}|佣金${pct}}，{随时提现|秒到账}[，{邀请码${code}|注册码${code}}]：${url}",
                "{${when}|前阵子}{有个|}{陌生人|“HR”|自称${shop}招聘的人}{在${chat}上|打电话}{找我|说}{做|有}{网上兼职|线上任务}，"
                        + "{让我|叫我}{下载|注册}了{一个|}{叫“${invapp}”的|}APP，{里面|上面}{有|分}{普通单|福利单|抢单大厅}，"
                        + "{做|完成}{任务|订单}{就|能}{拿|返}{${pct}|}佣金。{刚开始|第一天}{做了几单|充了${small}}{都|也}{提出来了|到账了}，"
                        + "{第二天|后来}{系统|导师}{给我派了|说我抽中了}{一个|}{“连环单”|“幸运单”|组合任务}，{必须|要}{连续做完${n}单|全部做完}才能{提现|结算}，"
                        + "{每一单|每单}{金额|要充的钱}{都比上一单多|越来越大}，{做到第${n}单|最后一单}{提示|说}{余额不足|卡单}，{要我|让我}{补齐|再充}${amt}" + END);
        add(
                all,
                BRUSHING_REBATE,
                "hotel-movie-rating-boost",
                "{招|急招|诚聘}{线上|网络}{打分员|评分员|好评员}，{给|帮}{酒店|电影|餐厅|景点}{打分|写好评|刷票房}，{一条${small}|一单${small}}，"
                        + "{手机操作|十分钟上手}，{当日结算|日结}，{咨询|报名}{${chat}|+V}{：|}${wx}",
                "我{${when}|前段时间}{加入|进了}一个{给电影刷票房|给酒店打好评|给景点评分}的兼职群，{群里|管理员}{说|介绍}{是帮|帮}{平台|商家}提升{热度|排名}，"
                        + "{每条|每单}{给|发}${small}，{先|开始}{做了几单|给了几个小红包}，{后来|然后}{说|称}{要|需要}{“认购”|“投资”}{电影票房|酒店房间}"
                        + "{才能|能拿}{更高佣金|收益翻倍}，{我就|我先后}{转了|投了}{几笔|${n}次}，{到期|等到}{要|申请}{提现|返钱}时{说|提示}{我的账户被冻结|要交税|任务没做完}"
                        + END);
        add(
                all,
                BRUSHING_REBATE,
                "red-envelope-group-tasks",
                "{进群|进群就}{领红包|发红包}{${emoji}|}，{每天|天天}{${n}轮|几轮}{福利|红包雨}，{还有|附带}{团队任务|跟投任务}{日赚${small}|收益${pct}}，"
                        + "{扫码|点击}{进群|加入}{：| }{${url}|${short}}",
                "{${when}|前几天}{有人|一个陌生人}{把我拉进|邀请我进了}一个{${chat}群|福利群|“粉丝群”}，{群主|管理}{每天发红包|一开始发几块钱红包}，"
                        + "{后来|过了两天}{说|通知}{有|开了}{“团队任务”|“垫资任务”|“跟单任务”}，{按照|听}{“接待员”|“老师”}的{指示|安排}{下载|登录}了{一个|}{APP|网站}，"
                        + "{前${n}单|第一单}{确实|}{返了|拿到了}{佣金|钱}，{后面|之后}{说|又说}{我操作错误|我没按顺序做}{要|需要}{重新做一轮|交“修复费”|再转钱补单}，"
                        + "{我${pay}|我前后转了好几次}" + END);
        add(
                all,
                BRUSHING_REBATE,
                "shop-follow-pay-later-refund",
                "{【${shop}兼职】|【补单】|}{${shop}|}{店铺|商家}{招|需要}{补单员|拍单员}，{拍下不付款|先拍后返}{也行|即可}，{返本金+${small}佣金|返佣${pct}}，"
                        + "{学生|宝妈|上班族}{可做|优先}，{私|加}{${chat}|扣扣}${wx}[，{不收押金|正规}]",
                "{我在|${when}在}{${platform}上|朋友圈}{看到|刷到}{有人|一个账号}{招|找}{兼职|拍单的}，{说是|说}{帮${shop}商家|帮店铺}{冲销量|做数据}，"
                        + "{先|先用自己的钱}{拍下商品|付款}，{然后|随后}{返本金和佣金|连本带利返还}，"
                        + "{第一次|头两次}{拍了${small}的东西|垫付了${small}}{马上就|很快}{返了|退回来了}，"
                        + "{第三次|后来}{让我|要}{拍|垫付}{${amt}|一个大单}，{我付完|付款以后}{对方|客服}{说|又说}{还要再拍${n}单|系统卡单了}{才能一起返|才能退}，"
                        + "{我}{又转了|越转越多}" + END);
    }

    private static void investment(List<Family> all) {
        add(
                all,
                FAKE_INVESTMENT,
                "stock-tutor-group",
                "[【{牛股|财经|股友}{俱乐部|内参|直播间}】]{${name}老师|首席分析师}{免费|每日}{推荐|分享}{牛股|涨停股|黑马股}，"
                        + "{近期|上周}{带学员|带单}{收益|盈利}{${pct}|翻倍}，{进群|加入}{领取|免费领}{三只|明日}{牛股|金股}"
                        + "{：|，}{${url}|加${chat}${wx}}",
                "${when}{我被|有人把我}拉进一个{炒股|股票交流|财经}群，群里{有个|}{${name}老师|导师|助理}每天{讲课|推荐股票}，"
                        + "{群里很多人|其他群友}{晒盈利|说赚了很多}。{后来|然后}{老师|助理}让我{下载|注册}一个叫{${invapp}|“${invapp}”}的{APP|平台}，"
                        + "说{有机构通道|能打新股|能买内部票}，{一开始|前期}{小额|投了${amt}}{确实赚了|有收益也能提现}，"
                        + "{后来|接着}我{陆续|又}{投了|加仓}{好几次|${n}次}，{想提现时|要取出来时}{说要交${pct}手续费|说我违规操作|说要交个人所得税|账户被冻结}"
                        + END);
        add(
                all,
                FAKE_INVESTMENT,
                "crypto-platform",
                "{${crypto}|区块链}{量化|搬砖|挖矿}{项目|平台}，{日收益${pct}|稳赚不赔|保本高息}，"
                        + "{已有上万人|很多人}{获利|参与}，{注册送|首充送}{体验金|${small}}[，{限时|名额有限}]：${url}",
                "{${when}|去年}{一个|}{网友|网上认识的朋友|群里的人}{推荐|介绍}我{做|投资}${crypto}{量化交易|搬砖套利|挖矿}，"
                        + "说{每天收益${pct}|稳赚|有内部渠道}，{让我|教我}{在一个网站|下载了一个APP}{注册|开户}，"
                        + "{先|}{买${crypto}充进去|通过“币商”充值}，{页面显示|后台显示}{赚了不少|收益很高}，"
                        + "{我又|我就}{加了|追加投入}{几次|不少钱}，{提现时|等到要提币时}{提示|客服说}"
                        + "{账户涉嫌洗钱被冻结|要交${pct}保证金|需要缴纳解冻金}" + END);
        add(
                all,
                FAKE_INVESTMENT,
                "insider-ipo-original-shares",
                "{【${invapp}】|【机构通道】|}{尊敬的投资者|您好}，{我司|本机构}{获得|拿到}{新股|原始股|科创板}{申购|配售}{内部|专属}名额，"
                        + "{中签率100%|保证中签|上市即翻倍}，{仅限|限}{前${nn}名|VIP客户}，{开户|申购}{请|}{点击|下载}${url}",
                "{${when}|去年}{有个|}{“证券公司客户经理”|“基金经理”|自称机构的人}{打电话|加我${chat}}，{说|称}{他们|公司}有{新股申购的机构席位|内部原始股|大宗交易折价票}，"
                        + "{普通散户买不到|比市场价便宜${pct}}，{让我|带我}{在${invapp}上|下载一个APP}{开户|认购}，{我|}{先转了${amt}|充值${amt}}{认购|打新}，"
                        + "{APP上显示|后台显示}{中签了|涨了很多}，{但|可是}{要|需要}{补缴|再交}{认缴款|中签款}才能{卖出|提现}，{我又|为了提现又}{借钱|向亲戚借了钱}{补上了|转了}"
                        + END);
        add(
                all,
                FAKE_INVESTMENT,
                "forex-gold-futures-platform",
                "{国际|伦敦|现货}{黄金|原油|外汇}{T+0|双向交易}，{专业|资深}{分析师|团队}{一对一指导|喊单}，{周收益${pct}|稳定盈利}[，{资金第三方托管|正规平台}]，"
                        + "{开户|咨询}{加|+}{${chat}${wx}|${mobile}}",
                "{${when}|前几个月}{在${platform}上|在一个投资群里}{认识|加了}一个{“分析师”|“老师”|做黄金的${surname}经理}，{他|对方}{天天|经常}{分享|晒}{行情分析|盈利截图}，"
                        + "{推荐我|让我}在{一个|}{${invapp}|外汇平台|黄金交易平台}{开户|注册}{做|炒}{黄金|原油|外汇}，"
                        + "{跟着他|按他的指令}{做单|买涨买跌}{前几次|开始}{都赚|有盈利}，{后来|有一次}{让我|叫我}{重仓|加大资金}，{结果|然后}{一下子|一晚上}{亏光了|爆仓了}，"
                        + "{他又说|对方又说}{再充钱|补保证金}{就能|可以}{回本|翻身}" + END);
        add(
                all,
                FAKE_INVESTMENT,
                "lottery-betting-planner",
                "{【${invapp}彩票】|【计划群】|}{专业|精准}{计划员|导师}{带|}{${n}期|每期}{必中|稳赢}，{时时彩|快三|PK10|六合}{回血|上岸}{就在今天|不是梦}，"
                        + "{注册|首充}{送|赠}${small}{：|，}${url}",
                "{${when}|之前}{我被拉进|进了}一个{彩票|“回血”|投注}群，{群里|里面}{有|的}{“计划员”|“导师”}{每天发|会发}{投注计划|号码}，{说|号称}{跟着买|跟投}{必中|稳赚}，"
                        + "{我下载|我注册}了{一个|}{${invapp}|彩票}{APP|网站}，{前几次|刚开始}{小赢|赢了${small}}{也能提现|提了出来}，"
                        + "{后来|之后}{越投越多|计划员让我倍投}，{连输|一直输}{好几期|很多把}，{想提现时|要取钱时}{客服|平台}{说|提示}{流水不够|账户异常|需要交风控审核费}"
                        + END);
        add(
                all,
                FAKE_INVESTMENT,
                "pension-elderly-wealth",
                "{【${invapp}】|}{养老|康养|国家扶持}{项目|理财}{火热|限时}{认购|招募}，{年化${pct}|每月返息}，{保本保息|政府背景|央企担保}，"
                        + "{送|赠}{鸡蛋|米面油|免费旅游}，{详询|咨询}{${tel}|${mobile}}",
                "{${relative}|我父亲|我母亲}{今年|}{6${n}岁|7${n}岁}了，{${when}|去年}{在|参加了}{小区门口|社区}{一个|}{免费领鸡蛋|健康讲座|养老项目推介会}，"
                        + "{对方|工作人员}{说|宣传}{投资养老公寓|买康养理财|投“养老基金”}{年息${pct}|每月返利}，{保本|有政府背景}，"
                        + "{老人家|${relative}}{陆续|先后}{投了|把养老钱都投了}{${amt}|}，{刚开始|头几个月}{按月返利息|有返息}，"
                        + "{后来|最近}{公司|办公室}{人去楼空|关门了|联系不上}，{${relative}|他们}{才知道|这才发现}{被骗了|上当了}{，一共投了${lossBig}|，" + LOST
                        + "}" + PLEA + "{。|}");
    }

    private static void loan(List<Family> all) {
        add(
                all,
                FAKE_LOAN,
                "no-collateral-low-interest",
                "[【${loanapp}】]{尊敬的客户|您好|${mr}}，{您有一笔|您的}{${quota}|最高${quota}}{额度|备用金|信用额度}{待领取|已到账|未领取}，"
                        + "{无抵押|免抵押}{无担保|免担保}，{低息|年化${pct}|日息低至0.02%}，{当天放款|最快5分钟到账|秒批}[，{不看征信|黑户可贷|不查征信}]，"
                        + "{点击|立即}{领取|申请}{：| }${url}",
                "{${when}|前段时间}{急需用钱|手头紧}，{收到一条短信|在${platform}上看到广告}说{无抵押低息贷款|不看征信也能贷}，"
                        + "{点链接|按提示}下载了{一个叫${loanapp}的APP|一个贷款APP}，{填了身份证和银行卡|注册后}{申请了${quota}|显示审批通过}，"
                        + "{然后|但是}{客服说|对方说}{我的流水不够|征信有问题|需要验证还款能力}，"
                        + "{要先转一笔|要交}{验证金|保证金|会员费}{${fee}|}{证明还款能力|才能放款}，{说|承诺}{放款后一起退回|会退回}，"
                        + "我${pay}{交了|转了}，{后来|结果}{又要|又让交}{手续费|保险费|解冻费}，{贷款一直没到账|钱一分没借到}" + END);
        add(
                all,
                FAKE_LOAN,
                "approved-pay-unfreeze-fee",
                "{【${loanapp}】|【放款通知】|}{您申请的|您的}{贷款|借款}{${quota}|}{已审核通过|已放款}，"
                        + "{但因|由于}{您的账户|收款账户}{异常|被冻结|信息有误}，{资金|款项}{暂时|已被}冻结，"
                        + "{请在24小时内|请尽快}{联系|添加}{客服|专员}{${hot400}|${chat}${wx}}{办理解冻|缴纳解冻金}[，{逾期将影响征信|超时将取消}]",
                "${when}{在网上|通过一个APP}申请{了|}{贷款|借款}${quota}，{APP显示|页面提示}{审核通过|放款成功}，"
                        + "{但是|可是}{提现|取款}{时|的时候}{提示|显示}{账户被冻结|银行卡异常|涉嫌刷单}，"
                        + "{客服|自称财务的人}{说|告诉我}{需要|要}{交解冻费|存一笔保证金|转${fee}激活账户}才能{解冻|提现}，"
                        + "{我就转了|我转过去后}，{又说|接着又说}{解冻失败|流水不足|要交税}，{让我再转|前后又转了}{几次|${n}笔}" + END);
        add(
                all,
                FAKE_LOAN,
                "wrong-card-number-unlock",
                "{【${loanapp}】|}{您好，|}{您的|}{借款|放款}{因|由于}{银行卡号|收款卡号}{填写错误|有误|与本人不符}{被系统冻结|无法到账|已被锁定}，"
                        + "{请|需}{在${n}小时内|尽快}{联系|添加}{客服|财务专员}{${hot400}|${chat}${wx}|${mobile}}{修改|解冻}",
                "{${when}|前几天}{在网上|通过${loanapp}}申请{贷款|借款}{${quota}|}，{提交后|审核后}{客服|页面}{说|显示}{我的|}{银行卡号填错了|卡号少输了一位|姓名和卡号不一致}，"
                        + "{款被冻结了|资金被锁定了}，{要|需要}{转|交}{${fee}|一笔钱}{解冻|修改卡号|做“资金证明”}，{我|}{转了以后|照做后}{又说|客服又说}"
                        + "{要交|还要交}{会员费|保险|验资费}" + END);
        add(
                all,
                FAKE_LOAN,
                "credit-score-boost-fee",
                "{您的|}{信用分|综合评分}{不足|过低}{暂时无法放款|审批未通过}，{充值${fee}|缴纳${fee}}{即可|可}{提升|刷新}{评分|信用分}{秒下款|马上放款}，"
                        + "{充值金额|费用}{随贷款一起返还|放款后全额退回}[，{咨询|客服}${chat}${wx}]",
                "我{${when}|前段时间}{想借钱|需要周转}，{在|用}{一个|}{贷款APP|网页}{申请|借}${quota}，{系统|客服}{说|提示}{我的|}{信用分不够|流水不够|还款能力不足}，"
                        + "{要|需要}{先|}{往账户里转|交一笔}{${fee}|钱}{“刷流水”|“提升信用分”|“验证还款能力”}，{说|称}{钱|这钱}{是|还是}{我的|我自己的}{会一起打给我|放款时返还}，"
                        + "{我转了以后|转完后}{又|客服又}说{分数还差一点|还要再刷一次}" + END);
        add(
                all,
                FAKE_LOAN,
                "big-credit-card-agent",
                "{代办|办理}{大额|高额}信用卡，{额度|}{5万-50万|${quota}起}，{黑白户|无工作|征信花}{均可|可办}，{包下卡|下卡后收费}，"
                        + "{联系|咨询}{${mobile}|${chat}${wx}}",
                "{${when}|前些日子}{我|}{在${platform}上|刷到广告}{找了|联系了}{一个|}{代办信用卡|办大额信用卡}的{中介|人}，{对方|他}{说|保证}{能办|能下}{${quota}额度|大额卡}，"
                        + "{先|要先}{收|交}{${fee}|手续费|包装费}，{然后|后来}{又要|又说要}{交|做}{“资金流水包装”|“工作证明”|“开卡费”}，"
                        + "{卡|信用卡}{一直没下来|始终没收到}" + END);
        add(
                all,
                FAKE_LOAN,
                "membership-insurance-before-disbursal",
                "{【${loanapp}】|}{恭喜您|您已}{获得|成功申请}{${quota}|}{借款额度|贷款}，{开通会员|购买借款保险}{即可|后}{立即放款|秒到账}，"
                        + "{会员费|保险费}{仅|}${small}[，{到账后可退|放款后退还}]，{详情|立即开通}${url}",
                "{${when}|前几天}{下载了|注册了}{一个|}{${loanapp}|贷款APP}，{额度|显示额度}{${quota}|很高}，{提现时|借款时}{要求|提示}{先开通|先买}{会员|借款保险|加速卡}{${small}|}，"
                        + "{我付了|开通后}{还是|仍然}{不放款|没到账}，{客服|对方}{又说|说}{要|需要}{交|转}{${fee}|一笔}{保证金|“解冻金”|“验资款”}，"
                        + "{我又转了|就又转了}{一次|两次}" + END);
    }

    private static void customerService(List<Family> all) {
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "parcel-lost-double-compensation",
                "[【${courier}{快递|速运|理赔中心}】]{您好|尊敬的客户}，{您的快递|您的包裹|您购买的商品}{${order}|}"
                        + "{在运输途中|在中转站}{丢失|破损|被污染}，{我司|我们}{将为您|会}{双倍|三倍|全额}{赔偿|理赔}，"
                        + "{请|麻烦}{点击|添加客服}{${url}|${chat}${wx}}{办理理赔|填写信息|领取赔付}",
                "${when}{接到|有个}{自称|说是}${courier}{快递|}客服的{电话|人打电话}，{说我的|说}{快递|包裹}{丢了|在运输中丢失了}，"
                        + "{要给我|可以}{双倍|三倍}赔偿，{让我|然后让我}{加${chat}|下载了一个会议软件|扫码}，"
                        + "{说理赔要|说要}{开通|验证}{备用金|理赔通道|信用分}，{让我|教我}{在${realloan}上借了钱|打开支付宝|开屏幕共享}，"
                        + "{按照他说的操作|照着做}{转了${amt}|把钱转到了指定账户}，{说是|号称}{验证后马上退回|流水验证}" + END);
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "cancel-membership-auto-renewal",
                "{【${platform}】|【客服中心】|}{您好|尊敬的用户}，{您开通的|您的}{${platform}会员|百万医疗保障|直播会员|学生VIP}{即将|}{自动续费|扣费}"
                        + "{${small}/月|每月${small}|${amt}/年}，{如非本人操作|如需取消}{请联系|请致电|请添加}{${hot400}|${tel}|客服${chat}${wx}}{取消|关闭}",
                "${when}{接到|有人打来}电话，{对方|自称}是{${platform}|${shop}}客服，{说我|说我之前}{开通了|不小心开了}{会员|保险服务|代理商权限}，"
                        + "{不取消|不关闭}{每月|每个月}要扣{${small}|${fee}}，{还会影响征信|并且会影响征信}，"
                        + "{让我|然后让我}{下载|打开}{一个|}{会议软件|屏幕共享}{配合|跟着}{操作|关闭}，"
                        + "{说要|让我}{把钱转到|把余额转到}{“安全账户”|指定账户}{验证|核实}，{我就|于是}${pay}" + END);
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "product-quality-recall-refund",
                "{【${shop}售后】|【质检中心】|}{尊敬的顾客|您好}，{您${date}购买的|您近期购买的}{商品|童装|奶粉|面膜|衣服}{经检测|被质检}{甲醛超标|存在质量问题|属于召回批次}，"
                        + "{我们|店铺}{将|会}{全额退款|三倍赔偿}{并|}{补偿${small}|}，{请|}{添加|联系}{售后专员|客服}{${chat}${wx}|${qq}}{办理|领取}",
                "${when}{接到|有个}{电话|自称${shop}客服的人}，{对方|他}{准确说出了|知道}{我的名字和订单|我买的东西和收货地址}，"
                        + "{说|称}{我买的|这批}{衣服|商品|奶粉}{质量有问题|甲醛超标|被召回}，{要给我|可以}{退款|理赔${small}}，"
                        + "{让我|叫我}{加${chat}|下载了一个APP}，{说要|要我}{在支付宝“备用金”里|在${realloan}上}{先借出来|开通}{才能|用来}{退款|走理赔流程}，"
                        + "{还让我|又让我}{共享屏幕|扫码}，{我跟着操作|按他说的}{转了|就把钱转过去了}" + END);
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "live-stream-order-exception",
                "{【${video}】|【${shop}】|}{您|您在直播间}{${date}|}{下的订单|的订单${order}}{因系统故障|因仓库原因}{重复扣款|被标记异常|无法发货}，"
                        + "{请|}{${n}小时内|尽快}{点击|登录}${url}{办理退款|申请退款}[，{逾期将无法退回|联系客服${hot400}}]",
                "{我在|${when}在}{${video}直播间|${shop}}{买了|下了个单买}{一套护肤品|零食|衣服}，{过了${n}天|第二天}{有人|一个客服}{打电话说|说}{订单异常|重复扣款了|商品没库存}，"
                        + "{要给我退款|要退我钱}，{发了个|让我点一个}{链接|二维码}，{填了|输入了}{银行卡和验证码|支付宝账号和密码}，{结果|没多久}{卡里的钱|余额}{被转走了|少了}${amt}"
                        + PLEA + "{。|}");
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "flight-cancelled-rebooking",
                "{【${city}航空】|【航班通知】|【航空公司】|}{尊敬的旅客|${mr}}，{您预订的|您乘坐的}{${date}|}{${city}-${city2}|}{航班|CA${nn}${n}次航班}"
                        + "{因机械故障|因天气原因|因航空管制}{已取消|延误}，{请|}{致电|联系}{${hot400}|${tel}}{办理退改签|领取补偿${small}}",
                "${when}{买了|订了}{去${city}|${city}到${city2}}的机票，{出发前|前一天}{收到|接到}{短信|电话}{说|称}{航班取消了|航班因故障取消}，"
                        + "{可以|会}{改签|退票}{并|还能}{补偿${small}|赔偿}，{我打过去|打了短信里的电话}，{对方|“客服”}{让我|要我}{下载会议APP|打开银行APP}{共享屏幕|操作}，"
                        + "{说|说是}{要验证|核实}{银行卡|收款账户}，{最后|结果}{我的卡|银行卡}{被转走了|转出去了}${amt}" + END);
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "courier-address-incomplete-link",
                "{【${courier}】|【物流提醒】|【${courier}快递】|}{您的快递|您的包裹}{${order}|}{因地址不详|因收件信息不完整|因地址错误}{无法派送|已被退回仓库}，"
                        + "{请|}{在24小时内|尽快}{点击|登录}${url}{更新地址|补全信息}[，{补缴运费${small}|逾期将退回}]",
                "${when}{收到|手机收到}{一条|}{快递|物流}短信，{说|称}{我的包裹|我的快递}{地址不全|地址错误}{派送不了|被退回}，"
                        + "{我正好|刚好}{在等快递|网购了东西}{就点了链接|就没多想点开了}，{页面|网页}{让填|要填}{姓名身份证银行卡|银行卡号和手机号}{和验证码|还要支付${small}运费}，"
                        + "{填完|付完}{没多久|第二天}{收到|就收到}{扣款|消费}短信，{卡里|银行卡}{被刷走|少了}${amt}" + PLEA + "{。|}");
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "seller-store-violation-deposit",
                "{【${shop}商家中心】|【${shop}】|【店铺通知】|}{尊敬的商家|亲爱的店主|您好}，{您的店铺|店铺}{因|涉嫌}{违规|售假|虚假发货}{被投诉|被处罚}，{将被|已被}{冻结|扣除保证金|关店}，"
                        + "{请|}{${n}小时内|尽快}{联系|添加}{平台客服|小二}{${chat}${wx}|${qq}}{申诉|处理}",
                "{我在|我}{${shop}上|${shop}}{开了个|有个}{小店|网店}，{${when}|前几天}{有个|}{自称|说是}{平台小二|平台客服}的人{打电话|加我${chat}}，{说|称}{我的店铺|店铺}{违规|被投诉售假}{要被|会被}{关店|冻结货款}，"
                        + "{要|需要}{交|补缴}{${fee}|}{保证金|“解冻金”}{才能|才可以}{解除|恢复}，{还|并}{发来|给了}{一个|}{二维码|付款链接}，{我}{转过去后|付了以后}{又说|对方又说}{要交|还差}{“验证金”|一笔}"
                        + END);
    }

    private static void officials(List<Family> all) {
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "money-laundering-safe-account",
                "{【${agency}】|【通知】|}{${mr}|您好}，{您|您的身份信息}{涉嫌|卷入}{一起|}{洗钱|非法集资|诈骗}案{件|}[，案件编号${caseno}]，"
                        + "{请于|请在}{今日|24小时内}{联系|致电}{办案民警|${police}}{${tel}|${mobile}}{配合调查|接受审查}，"
                        + "{否则|逾期}{将冻结您名下所有账户|将对您发布通缉|依法拘留}",
                "${when}{接到|我接到}一个{自称|说是}{${agency}|公安局|检察院}{${police}|工作人员}的电话，{说我|说我的身份证}"
                        + "{涉嫌|被卷入}{一起|}{洗钱|非法集资|贩毒}案，{还|并且}{报出了|知道}我的{身份证号|名字和住址}，"
                        + "{又转给|电话转接到}一个{“检察官”|“警官”}，{让我|要求我}{保密|不能告诉家人}，"
                        + "{还|}{发了|给我看了}{一张|}{逮捕令|通缉令|冻结令}，{说要|让我}把{存款|资金}{转到|存到}{“安全账户”|国家清查账户}{接受审查|核查}，"
                        + "{审查完|证明清白后}{就|会}{退回|原路返回}，{我就|于是我}${pay}" + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "medical-insurance-card-abnormal",
                "{【${city}医保】|【医保中心】|【国家医保局】|}{您的|}{医保卡|社保卡}{存在异常|涉嫌违规|被冻结|在外地被盗刷}，"
                        + "{将于今日|即将}{停用|冻结}，{如有疑问|详情}{请致电|请按9转人工|请联系}{${tel}|${hot400}}[，{逾期将影响报销|并追究法律责任}]",
                "${when}{接到一个电话|电话里}{说是|自称}{${city}|}{医保局|社保中心}的，{说我的|说}医保卡在{${city2}|外地}"
                        + "{被人|被}{违规套现|盗刷}{了|}${amt}，{涉嫌骗保|要冻结}，{然后|接着}{把电话转给|转到}{“${city2}公安局”|一个警官}，"
                        + "{说我|说}{的卡|名下的银行卡}{涉及|牵扯到}{一个|}{洗钱|骗保}案，{要我|让我}{把钱转到安全账户|配合资金清查}，"
                        + "{还让我|并且让我}{下载|安装}{了|}{一个|}{软件|“公安”APP}，{我}${pay}" + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "customs-parcel-contraband",
                "{【${city}海关】|【国际快递】|【${courier}】|}{您|您名下}{寄往|从}{${city}|海外|国外}{的|寄来的}{包裹|国际快件}{被海关查扣|涉嫌夹带违禁品|内有违禁物品}，"
                        + "{请|}{按9转人工|立即联系}{${tel}|${hot400}}{配合调查|处理}[，{否则将移交公安机关|逾期后果自负}]",
                "${when}{接到|有人打}{一个|}电话，{说是|自称}{${courier}|快递公司|${city}海关}，{说|称}{有一个|我有一个}{寄往${city2}|从国外寄来}的{包裹|快递}{里面有|被查出}"
                        + "{${n}本护照和银行卡|违禁品|毒品}，{然后|接着}{把电话转给|转接到}{“${city}公安局”|一个自称${police}的人}，"
                        + "{说我|对方说我}{涉嫌|牵扯}{走私|洗钱|跨国犯罪}，{让我|要我}{配合调查|做资金清查}，{不准|不能}{告诉家人|挂电话}，"
                        + "{最后|然后}{让我|叫我}{把钱|把存款}{转到|存到}{指定的|}{“安全账户”|清查账户}，{我就|我}${pay}" + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "arrest-warrant-link",
                "{【${agency}】|【通缉令】|【刑事案件通知】|}{${mr}|您好}，{您|您的身份}{涉嫌|卷入}{${caseno}号|一起}{刑事案件|经济犯罪}，{已|将}{被|对您}{立案|发布通缉}，"
                        + "{请|立即}{登录|点击}${url}{查看|核实}{通缉令|案件详情|传唤书}",
                "${when}{收到|接到}{一个|}{“警官”|“检察官”}的{视频电话|电话}，{对方|他}{穿着警服|背景像办公室}，{让我|要我}{打开|登录}{一个网址|一个链接}{查看|看}"
                        + "{我的通缉令|逮捕证|案件信息}，{上面|网页上}{有|是}{我的照片和身份证号|我的名字}，{我很害怕|吓坏了}，{对方|他}{说|称}"
                        + "{要我|必须}{证明清白|配合资金核查}，{让我|要我}{下载了|安装了}{一个|}{“安全防护”APP|会议软件}，{把钱|把存款}{转到了|转进了}{指定账户|安全账户}"
                        + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "phone-number-illegal-suspension",
                "{【工信部】|【${city}通信管理局】|【运营商】|}{您的|}{手机号|号码}{${mobile}|}{涉嫌|因}{发送违法短信|被他人举报诈骗|实名信息异常}，"
                        + "{将在${n}小时内|今日}{停机|注销}，{如有疑问|详情}{请按1|请按9}{转人工|咨询}",
                "${when}{接到|我接到}{一个|}{电话|语音电话}，{说|称}{我的手机号|我名下的号码}{在${city}|}{发送了|被用来发}{违法短信|诈骗短信}，"
                        + "{要|将}{停机|被立案}，{然后|接着}{转给|转接到}{${city}|}{公安|网警}，{说我|对方说我}{名下|的身份证}{办的|开的}{银行卡|号码}{涉嫌洗钱|参与诈骗}，"
                        + "{让我|要我}{证明|自证}{清白|资金合法}，{把钱|把存款}{转到|交到}{“国家安全账户”|指定账户}{接受审查|核查}" + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "court-summons",
                "{【${city}市中级人民法院】|【法院传票】|【${city}法院】|}{${mr}|您好}，{您有一张|您的}{法院传票|诉讼文书}{未签收|待领取}，{案由|因}{信用卡欠款|合同纠纷|涉嫌诈骗}，"
                        + "{请|于}{${date}前|三日内}{致电|联系}{${tel}|书记员${tel}}{核实|办理}[，逾期将{缺席判决|强制执行}]",
                "${when}{接到|有人打}{电话|语音}{说|称}{我有|我收到}{一张|}法院传票，{说我|原因是}{信用卡欠款|涉嫌诈骗}{被起诉了|要开庭}，"
                        + "{然后|后来}{转给|接到}{“法官”|“检察官”|“警官”}，{说我的|说}{银行卡|账户}{涉案|涉及洗钱}{要冻结|要清查}，"
                        + "{让我|要我}{把钱转到|把资金转到}{法院的|指定的}{“监管账户”|安全账户}，{说|称}{调查完|核实后}{就退|会退回}，{我分${n}次|我}{转了|转过去}" + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "pension-qualification-certification",
                "{【${city}社保】|【人社局】|【养老保险中心】|}{${mr}|您好}，{您的|}{养老金|退休金}{领取资格|待遇资格}{认证|核验}{未通过|即将到期}，{待遇|发放}{将暂停|已暂停}，"
                        + "{请|}{尽快|${n}日内}{登录|点击}{${url}|${short}}{重新认证|办理}[，{或致电${tel}|逾期将停发}]",
                "{${relative}|我父亲|我母亲}{今年|}{6${n}岁|7${n}岁}，{${when}|前几天}{接到|收到}{电话|短信}{说是|自称}{社保局|人社局|养老保险中心}的，{说|称}{养老金|退休金}{资格认证|年审}{没通过|过期了}{要停发|要暂停}，"
                        + "{让${relative}|让老人}{点链接|下载APP}{刷脸|认证}，{又要|然后要}{填|输入}{银行卡和验证码|银行卡密码}，{结果|没多久}{卡里的养老钱|存款}{被转走了|少了}${amt}"
                        + PLEA + "{。|}");
    }

    private static void credit(List<Family> all) {
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "student-loan-cancellation",
                "{【${realloan}】|【银保监】|【金融监管】|}{您|您在校期间}{注册的|开通的}{校园贷|学生贷款}{账户|}{未注销|不符合监管要求}，"
                        + "{根据|按照}{最新|}{规定|政策}{须|需要}{在${date}前|尽快}{注销|关闭}，{否则|逾期}{将影响个人征信|会上报征信系统}"
                        + "[，{详询|咨询}{${tel}|${hot400}}]",
                "${when}{接到|有人打电话}{自称|说是}{${realloan}|银保监会|金融平台}的客服，{说我|说}{大学时|上学时}{开过|注册了}{校园贷|学生账户}，"
                        + "{现在国家|现在}{要求|规定}{必须注销|全部清理}，{不注销|不然}{会影响征信|以后贷不了款买不了房}，"
                        + "{让我|然后让我}{把几个平台的额度|把${realloan}等平台的额度}{借出来|都借满}{“清空”|转到指定账户}，"
                        + "{说|承诺}{注销后|核实后}{会退回|马上退回}，{我}{按照对方说的|照做了，}{在${n}个平台借了钱转过去|转了过去}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "overdue-record-removal",
                "{您的|}{个人征信|征信报告}{存在|有}{逾期|不良}记录，{将影响|会影响}{贷款|买房|子女上学|出行}，"
                        + "{我司|我们}{可|能}{专业|内部渠道}{修复|消除|洗白}{征信|逾期记录}，{不成功不收费|${n}个工作日见效}，"
                        + "{详询|咨询|联系}{${chat}${wx}|${mobile}}",
                "我{之前|以前}{信用卡|网贷}有{几次|}逾期，{${when}|前段时间}{看到|收到}{修复征信|消除逾期记录}的{广告|短信}，"
                        + "{对方|一个自称征信中心的人}{说|承诺}{能|可以}{通过内部关系|走特殊通道}{删除|消除}{记录|逾期记录}，"
                        + "{先收|要先交}{${fee}|}{服务费|材料费|加急费}，{后来|交了之后}{又要|又说要}{交保证金|打点关系|交“审核费”}，"
                        + "{征信根本没变|结果查了征信一点变化都没有}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "platform-account-noncompliant-close",
                "{【${realloan}】|【金融消保】|}{您的|}{${realloan}|白条|花呗|金条}{账户|额度}{不符合|违反}{最新|}{监管规定|实名要求}，{需|请}{关闭|注销}，"
                        + "{不处理|逾期}{将|会}{上报征信|每天扣除${small}|影响个人信用}，{请|}{致电|联系}{${tel}|${hot400}}",
                "${when}{有人打电话|接到电话}{说|自称}{是|}{${realloan}|支付宝|京东}{客服|金融部门}，{说我的|说我}{${realloan}|白条|花呗}{账户|额度}{开通有问题|是学生时开的|不合规}，"
                        + "{要|必须}{关闭|注销}，{不然|否则}{影响征信|每个月扣利息}，{对方|他}{让我|要我}{在几个APP上|把${realloan}的额度}{把额度借出来|全部提出来}"
                        + "{转到|打到}{“监管账户”|“银联清算账户”|指定的卡上}{清零|核销}，{说|称}{核销后|验证完}{原路退回|会退回}，{我}{照做了|就照着做了}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "identity-misused-guarantee",
                "{【征信中心】|【银保监】|}{您的|}{身份信息|身份证}{被他人冒用|涉嫌被盗用}{办理|申请}{贷款|担保}{${quota}|}，"
                        + "{已|将}{产生|影响}{不良记录|您的征信}，{如非本人操作|如需撤销}{请|}{致电|联系}{${tel}|${hot400}}",
                "${when}{有个|}{自称|说是}{人民银行征信中心|银保监会}{的人|工作人员}{打电话|给我打电话}，{说我的|说}{身份证|身份信息}{被人冒用|被盗用}{在${city}|}{办了|申请了}{贷款|担保}，"
                        + "{逾期|没还}{影响|已经影响}{我的征信|征信记录}，{要|需要}{撤销|处理}{就得|必须}{配合|做}{“资金核查”|“还款测试”}，"
                        + "{让我|叫我}{把钱转到|往一个账户转}{指定账户|监管账户}，{我转了|转过去后}{对方|他}{又说|说}{没通过|还要再转}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "credit-whitening-service",
                "{征信花了?|征信黑了?|网贷逾期?}{专业|正规}{修复|优化}{征信|大数据}，{洗白|消除}{逾期|查询}记录，{${n}天出结果|当天受理}，{先办后付|成功再付}，"
                        + "{V|+V|微}{：|:}${wx}",
                "{我|}{因为|由于}{网贷逾期|征信查询太多}{一直|}{贷不了款|办不了房贷}，{${when}|前段时间}{在${platform}上|网上}{找了|联系了}{一个|}{“征信修复公司”|专门修征信的人}，"
                        + "{对方|他们}{说|称}{跟征信中心有关系|有内部渠道}，{可以|能}{把记录删掉|洗白}，{让我|要我}{先交|先付}{${fee}|}{服务费|定金|“公关费”}，"
                        + "{后来|接着}{又|还}{要|收}{“加急费”|“数据修改费”}，{查了|过了一个月查}征信{什么都没变|一点没变}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "overdue-student-loan-settlement",
                "{【${realloan}】|【催收中心】|}{您|您的}{${realloan}|借款}{已逾期${nn}天|逾期未还}，{已|即将}{上报征信|移交法务}，"
                        + "{现|平台}{开放|推出}{减免|协商还款}{通道|政策}，{仅需|只需}{还款${amt}|还本金}{即可|就能}{结清|消除记录}，{详询|联系}${mobile}",
                "{我|}{以前|大学时}{在${realloan}上|网上}{借过|有一笔}{钱|贷款}{逾期了|没还清}，{${when}|前几天}{有人|一个自称客服的}{打电话|联系我}{说|称}{可以|能}{减免利息|协商结清}，"
                        + "{还能|并且}{帮我|把}{征信记录消掉|逾期记录删除}，{让我|要我}{把钱|还款}{打到|转到}{一个|}{个人账户|“对公账户”}，"
                        + "{我转了|还了}{${amt}|以后}，{结果|后来}{${realloan}|平台}{上|里}{的欠款|欠款}{一分没少|根本没变}" + END);
    }

    private static void game(List<Family> all) {
        add(
                all,
                FAKE_GAME_TRADE,
                "cheap-account-third-party-site",
                "{低价出|出售|转让}${game}{${gitem}|V10号|满皮肤号}，{只要|仅需}${small}，{支持|走}{担保交易|平台交易}，"
                        + "{有意|看号}{加|+}{${chat}${wx}|扣扣${qq}}[，{诚心要的来|秒出}]",
                "{我儿子|我|我弟弟}{在|玩}${game}{时|的时候}{看到|在群里看到}有人{低价|便宜}{卖|出}{${gitem}|账号}，"
                        + "{对方|卖家}{让我|说要}{到一个|去一个}{交易平台|网站}{下单|付款}，{付款后|付了${small}后}"
                        + "{平台|客服}{说|提示}{我的账户|交易}{被冻结|信息填错了}，{要交|需要交}{保证金|解冻费|认证费}才能{解冻|退款}，"
                        + "{又转了|前后又转了}{几次|${n}次}" + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "free-skin-giveaway",
                "{【${game}官方】|【福利】|}{周年庆|新版本上线}{免费领|赠送}{限定|传说}{皮肤|${gitem}}，{仅限今日|先到先得}，"
                        + "{扫码|点击|加群}{领取|参与}{：|}{${url}|${qq}}",
                "{我家孩子|我女儿|我儿子}{今年|才}{${kidage}岁|上小学}，{${when}|前几天}{用我的手机|玩${game}的时候}"
                        + "{看到|有人说}{免费领皮肤|送${gitem}}，{加了一个QQ|进了一个群}，{对方|“客服”}{说|骗孩子说}{操作失误|账号被冻结}，"
                        + "{要|需要}{家长|}{扫码|转钱}{解冻|验证}，{否则|不然}{会被|爸妈会被}{起诉|抓}，孩子{害怕|吓坏了}就{用我的支付宝|用我的微信}"
                        + "{转了好几次|扫了好几个码}" + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "selling-account-fake-buyer-platform",
                "{收|高价收}{${game}|}{账号|${gitem}}，{号|账号}{越好|越老}{价越高|出价越高}，{当面|}{平台|担保}{交易|验号}，{秒结|当天到账}，{联系|加}{${qq}|${chat}${wx}}",
                "{我|${when}我}{想卖掉|在${platform}上挂了}{我的|}${game}账号，{有个|}{买家|人}{加我|私聊我}{说要买|出价${amt}}，{让我|要我}{到|在}{一个|}{交易平台|网站}{上架|登记}，"
                        + "{卖掉后|交易完}{提现|提钱}{时|的时候}{提示|说}{我的银行卡信息填错了|账户被冻结了}，{要|需要}{交|充}{${fee}|钱}{解冻|修改}，"
                        + "{买家|对方}{还说|还装作}{他也|也}{帮我垫了一半|着急}，{我就|我信了就}{转了|充了}" + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "discount-recharge-agent",
                "{${game}|}{${gitem}|点券|钻石}{代充|折扣充值}，{${n}折|5折起}，{官方渠道|秒到账}，{量大从优|不封号}[，{加|+}${chat}${wx}]{|，${url}}",
                "{${when}|之前}{在|玩}${game}{时|的时候}{看到|有人说}{能|可以}{打折|${n}折}{代充|充值}{${gitem}|点券}，{我|孩子}{加了|联系了}{对方|代充的人}，"
                        + "{先|第一次}{转了${small}|充了一点}{确实到账了|到了}，{后来|第二次}{充了|转了}${amt}{就没到|对方说卡单了}，{让我|又要我}{再转|补}{一笔|${small}}{才能|解冻}"
                        + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "unban-account-service",
                "{${game}|}{账号|号}{被封|封号|被冻结}{？|了？}{专业|官方}{解封|申诉}，{${n}小时|当天}{解封|搞定}，{不成功|不解封}{不收费|全额退款}，{联系|+}{${qq}|${chat}${wx}}",
                "{我的|我儿子的}${game}账号{${when}|前段时间}{被封了|被冻结了}，{在|在${platform}上}{找了|看到}{一个|}{“官方客服”|能解封的人}，{对方|他}{说|称}{能|可以}{走内部通道|马上}{解封|恢复}，"
                        + "{先收了|要先交}{${small}|}{解封费|申诉费}，{然后|后来}{又|还}{要|让交}{“验证金”|“保证金”}，{账号|号}{也没解封|根本没恢复}" + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "minor-refund-fake-service",
                "{【${game}】|}{未成年|孩子}{充值|消费}{可|能}{全额退款|申请退款}，{专业|官方}{代办|通道}，{退不了|不成功}{不收费|分文不取}，{咨询|联系}{${mobile}|${chat}${wx}}",
                "{我家孩子|我儿子|我女儿}{偷偷|用我手机}在${game}里{充了|花了}${amt}，{${when}|前几天}{我在网上|在${platform}上}{找|联系}{一个|}{能|}{“未成年退款”|专门退款}的{客服|中介}，"
                        + "{对方|他}{说|称}{能|可以}{全额|全部}{退回|退款}，{但|但是}{要|需要}{先交|先付}{手续费|“验证金”|${fee}}，{我|}{交了后|付了以后}{又说|他又说}{要|还要}"
                        + "{交|付}{“加急费”|“担保金”}，{钱|退款}{一分没退回来|一直没退}" + END);
    }

    private static void romance(List<Family> all) {
        add(
                all,
                ROMANCE,
                "dating-then-invest",
                "{你好|哈喽|在吗}，{我是|这里是}{${name}|${surname}姐|做${city}外贸的}，{在${platform}上|在群里}{看到你|看到你的头像}，"
                        + "{感觉很有缘|觉得你人不错|想认识一下}[，{可以交个朋友吗|加个好友吧}]{${emoji}|}",
                "{${when}|去年}{在${platform}上|在一个婚恋网站上|在交友软件上}{认识了|加了}一个{自称|说是}{做投资的|海外工作的|离异的}{男的|女的|人}，"
                        + "{每天|天天}{早安晚安|聊天嘘寒问暖}，{很快|没多久}{确定了|发展成}{恋爱关系|男女朋友}。{后来|之后}{对方|他|她}"
                        + "{说|透露}{自己|舅舅}{在|有}{一个平台|内部渠道}{投资|做${crypto}}，{能赚钱|有漏洞能赚}，"
                        + "{带我|让我}{注册|下载}了{${invapp}|一个APP}，{一开始|前几次}{小赚|赚了点也能提现}，"
                        + "{后来|接着}{让我|劝我}{加大投入|一起为未来攒钱}，{我}{陆续|前后}{投了|转了}{好多次|${n}笔}，"
                        + "{提现时|想取出来时}{说要交税|账户被冻结|要交保证金}" + END);
        add(
                all,
                ROMANCE,
                "overseas-partner-parcel-fee",
                "{Hi|你好}，{我是|I am}{一名|}{驻外|在叙利亚的|联合国}{军医|维和军官|工程师}，{看了你的资料|在${platform}认识你}{很喜欢|很有好感}，"
                        + "{想和你|希望}{认真交往|发展长期关系}[，{我快退役了|准备来中国}]",
                "{${when}|前几个月}{在${platform}上|在国外交友软件上}认识一个{外国人|自称美国军医的人|在海外工作的华人}，"
                        + "{聊了|网恋了}{一段时间|几个月}，{对方|他}{说要|说}{给我寄|寄来}{礼物|一箱美金|金条和珠宝}，"
                        + "{后来|过了几天}{有个|}{“快递公司”|“海关”}{联系我|打电话}说{包裹|包裹里有大量现金}{被扣|需要清关}，"
                        + "{要交|要先交}{关税|清关费|反洗钱证明费}{${fee}|}，{我交了以后|交完}{又要|又说要}{保险费|手续费}" + END);
        add(
                all,
                ROMANCE,
                "online-lover-gambling-platform",
                "{亲爱的|宝贝|老婆|老公}，{我|今天}{又|在}{那个平台|${invapp}}{上|}{赚了${amt}|收益${pct}}{${emoji}|}，{这个|舅舅说这个}{漏洞|后台数据}{只剩几天|马上要修复}，"
                        + "{你也|快}{注册一个|跟着投}{吧|}，{为我们的将来|早点见面}{一起努力|攒点钱}{${emoji}|}",
                "${when}{在|玩}{${platform}|一个游戏|探探}{认识|遇到}{一个|}{男的|女的|网友}，{聊得很投机|每天互道早晚安}，{没多久|一个月后}{就|}{以男女朋友相称|说要和我结婚}，"
                        + "{后来|有一天}{他|她|对方}{说|告诉我}{他|她|自己}{舅舅|朋友}{在|是}{一个|}{博彩网站|竞猜平台}{的技术员|后台}，{发现了漏洞|能看到开奖}，"
                        + "{带我|叫我}{一起|}{下注|投注}，{一开始|刚开始}{赢了|赚了}{也能提现|一点}，{后来|然后}{让我|叫我}{加大投入|充大额}，"
                        + "{账户|平台}{显示|里面}{赚了${big}|有很多钱}{但|却}{提不出来|被冻结}，{要交|说要交}{风险保证金|个税}" + END);
        add(
                all,
                ROMANCE,
                "lover-family-emergency-borrow",
                "{亲爱的|宝贝}，{我妈|我爸|我奶奶}{突然|今天}{住院了|出车祸了|要做手术}，{手术费|押金}{还差${amt}|不够}，{你|能不能}{先|帮我}{借我|转我}{一点|}，"
                        + "{下个月|发工资}{就还你|一定还}{${emoji}|}",
                "{${when}|去年}{在${platform}上|网上}{认识|处了}{一个|}{对象|女朋友|男朋友}，{一直|只是}{网上聊天|没见过面}，{对方|他|她}{总说|说}{要来${city}看我|工作忙走不开}，"
                        + "{后来|这段时间}{陆续|先后}{以|说}{家里人住院|要交房租|被扣工资|做生意周转}{为由|，}{找我|跟我}{借钱|要钱}，{我}{前后|陆续}{转了|给了}{${n}次|好多次}，"
                        + "{一说|每次说}{见面|视频}{就|都}{找借口|推脱}，{后来|最近}{发现|才知道}{照片是网上盗的|${chat}是假的|他同时跟好几个人聊}" + END);
        add(
                all,
                ROMANCE,
                "nude-chat-extortion",
                "{小哥哥|哥哥|帅哥}{在吗|你好}{${emoji}|}，{一个人|晚上}{好无聊|睡不着}，{要不要|可以}{视频聊聊|裸聊}{吗|}{${emoji}|}，{下载|先装}{这个|}{APP|软件}{：|}${url}",
                "${when}{在${platform}上|网上}{有个|}{女的|美女}{加我|主动加我}，{聊了几句|聊了一会}{就|她就}{邀请我|要跟我}{视频聊天|裸聊}，{让我|要我}{下载|安装}了{一个|}{聊天APP|软件}，"
                        + "{视频后|第二天}{对方|有人}{发来|发给我}{我的视频|截图}{和|还有}{我手机通讯录|我家人的电话}，{威胁|说}{不给钱|不转钱}{就发给|就群发给}{我的家人同事|通讯录里所有人}，"
                        + "{我很害怕|我怕丢人}，{就|}{转了|给了}{${amt}|几次钱}，{对方|他们}{还|又}{继续要|要更多}" + END);
        add(
                all,
                ROMANCE,
                "matchmaking-membership-fees",
                "{【${city}婚恋】|【缘分红娘】|}{${mr}|您好}，{为您|已为您}{匹配到|推荐}{一位|}{优质|条件相当的}{对象|会员}{（${age}岁，${city}）|}，"
                        + "{开通|升级}{VIP|高级会员}{${small}|${fee}}{即可|可}{查看联系方式|安排见面}，{详询|}{${tel}|${url}}",
                "${when}{在|通过}{一个|}{婚恋网站|相亲APP|红娘群}{认识|接触}{了|到}{一个|}{条件很好的|}{对象|女士|男士}，{对方|红娘}{说|要求}{要先|必须}{开会员|交见面费|交“诚意金”}{才能见面|才给联系方式}，"
                        + "{交了以后|我交了${fee}后}{又|还}{要|让}{买礼物|交订房费|刷礼物}，{最后|一直}{都没见到人|人也没见着}，{网站|红娘}{也|}{联系不上了|把我删了}"
                        + END);
        add(
                all,
                ROMANCE,
                "wrong-number-friendship",
                "{${name}吗|是${surname}总吗|王姐在吗}{？|，}{明天|周末}{的|}{高尔夫|下午茶|饭局}{还去吗|约好了吧}{${emoji}|}",
                "${when}{收到|${chat}上收到}一条{陌生|}{消息|短信}{好像是|像是}{发错人了|认错人}，{我回了一句|我告诉她发错了}，{对方|她|他}{就|很客气地}{跟我聊了起来|道歉然后聊起来}，"
                        + "{说是|自称}{在${city}|在国外}{做|开}{红酒生意|跨境电商|投资}{的|}，{每天|经常}{发|分享}{生活照|豪车美食}，{后来|慢慢地}{介绍我|推荐我}{做|一起做}"
                        + "{${crypto}|黄金|跨境电商开店}，{我|}{先后|陆续}{投了|转了}{好几笔|${n}次}" + END);
    }

    private static void acquaintance(List<Family> all) {
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "boss-asks-transfer",
                "{我是${boss}|${boss}}，{这是我的新${chat}|我换号了}，{明天|等会}{来我办公室|到我办公室}一趟，"
                        + "[{先加我${chat}：${qq}|加我${chat}${wx}}，]{有事跟你说|有个事要你办|有急事}",
                "{${when}|今天上午}{有人|一个${chat}号}{加我|拉我进群}，{头像和名字|昵称}{跟|和}我们{${boss}|单位领导|公司老板}{一样|一模一样}，"
                        + "{说|对方说}{在开会|在外面应酬}{不方便接电话|不方便说话}，{有一笔|要给}{合作方|客户}{的款|的项目款}{急着转|要先付}，"
                        + "{让我|叫我}先{从公司账户|用我自己的钱}{转|垫付}{${amt}|}{到|给}{一个|}{${bank}账户|对方发来的卡号}，"
                        + "{我没多想|我怕耽误事}就{转了|转过去了}，{后来|事后}{跟领导本人确认|当面问领导}{才知道|发现}{是假的|领导根本没发过}"
                        + "{，" + LOST + "|}" + PLEA + "{。|}");
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "relative-new-number-borrow",
                "{是我|我是${name}|猜猜我是谁|我${name}啊|${surname}哥，是我|老同学，我是${name}}，{我换号了|这是我新号|旧号不用了|手机丢了换了号}，"
                        + "{存一下|你存下|记得备注一下|以后打这个}[，{明天|有空|晚点}{联系你|给你打电话|找你}]"
                        + "{|，{最近手头有点紧|有点急事}，{能不能|可不可以}先借我${amt}，{下周|月底|过两天}就还|，{加我${chat}|微信搜${wx}}{说|聊}}{|！|。}",
                "${when}{收到|有个}{一条短信|陌生号码}{说是|自称}{我的|}{老同学|表弟|${relative}的朋友|以前的同事}{${name}|}，"
                        + "{说换了号|说手机丢了换了新号}，{聊了几句|寒暄了几句}{就说|然后说}{出了点事|在外地住院|出车祸了|要交罚款}，"
                        + "{急需|要}${amt}，{让我|叫我}{先转到|打到}{一个|}{朋友的|别人的}{账户|卡上}，{我}{信了|也没打电话确认}就{转了|转过去了}，"
                        + "{后来|过后}{给本人|打他原来的号码}{打电话|确认}，{才知道|发现}{根本没这回事|被骗了}{，" + LOST + "|}" + PLEA + "{。|}");
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "teacher-class-fee",
                "{各位家长好|家长您好|各位家长|家长们}，{我是|这里是}{${surname}老师|班主任${surname}老师}，{本学期|下周}{的|}{资料费|校服费|研学费|课后服务费}{每人|每位学生}${small}，"
                        + "{请|}{扫码|扫群里二维码}{缴纳|交费}[，{今天下午前交齐|收到请回复}]{|，名单我统一报}",
                "{${when}|开学时}{孩子|我家孩子}{班级群里|家长群里}{有人|一个}{头像和名字|用班主任头像}{跟|和}{老师|${surname}老师}{一样|一模一样}{的人|}，"
                        + "{发了|发}{一个|}{收款码|二维码}{让|叫}{家长|大家}{交|缴}{资料费|研学费|书本费}${small}，{还说|并说}{交完截图发群里|交完在群里接龙}，"
                        + "{我和|我跟}{好几个家长|其他家长}{都交了|都扫了}，{后来|下午}{真的老师|班主任}{在群里说|发消息}{没有收费|是骗子混进群了}" + "{，" + LOST + "|}"
                        + PLEA + "{。|}");
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "ai-face-swap-video-borrow",
                "{兄弟|老同学|表哥|${name}}，{在吗|忙不忙}？{刚才|前面}{视频|打视频}{信号不好|断了}，{有急事|急用}，{你|能不能}{先|帮我}{转${amt}|周转一下}{到这个卡|给我朋友}，"
                        + "{卡号|账号}{${tail}结尾的|我发你}[，{晚点还你|明天就还}]",
                "${when}{我的|一个}{好朋友|同学|老板}{${chat}上|用${chat}}{给我打视频|发视频}，{画面里|视频里}{就是他的脸|是他本人}{说话|声音}{也很像|差不多}，"
                        + "{说|称}{在外地谈生意|在${city}办事|出了急事}{急需|要}{${amt}|一笔钱}{周转|交保证金}，{视频|通话}{没几秒|很短}{就挂了|说信号不好}，"
                        + "{我|}{看到是他本人|见是视频}{就没怀疑|就放心了}，{直接|马上}{转到|转给}{他说的|一个}{银行卡|账户}，{事后|过后}{打电话|当面}{问|确认}，"
                        + "{他说|才知道}{根本没这回事|他${chat}被盗了}，{应该是|是}{AI换脸|换脸}{的|}{诈骗|骗局}" + "{，" + LOST + "|}" + PLEA
                        + "{。|}");
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "acquaintance-collect-payment-for-me",
                "{是我，${name}|我是${name}|${surname}哥，我${name}}，{我在|我人在}{外地|国外|${city}}，{有笔|一笔}{货款|钱}{转不回来|转不了}，"
                        + "{先打到|先转到}你{卡上|账户上}，{你收到后|到账后}{帮我|再帮我}{转给|转到}{我朋友|一个账户}{一下|}[，{谢谢|急}]",
                "${when}{一个|}{${chat}|QQ}{好友|“老同学”}{找我|说}{他在国外|在外地}{不方便转账|账户受限}，{要|说要}{先把钱转到我卡上|通过我转一笔钱}，{然后|让我}{再帮他|帮他}{转给|打给}{别人|他朋友}，"
                        + "{很快|接着}{发来|给我发了}{一张|}{转账成功的截图|银行转账回执}，{说|说是}{${amt}已经转给我了|可能要两小时到账}，{急着|催我}{先|马上}{帮他转出去|垫付}，"
                        + "{我没查|我没等到账}{就|}{先转了|垫付了}，{后来|结果}{那笔钱|截图上的钱}{根本没到|是假的}" + "{，" + LOST + "|}" + PLEA + "{。|}");
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "boss-group-chat-finance",
                "{@财务|@${name}}{ ，|，}{今天|马上}{给|向}{${city}那边|合作方|供应商}{付|转}{${bigpay}|一笔}{合同款|预付款|保证金}，{账户信息|账号}{我|}{私发你|发你}，"
                        + "{尽快办|转完截图给我}[，{我在开会|有事群里说}]",
                "{我是|我在}{公司|单位}{做财务|管账}的，{${when}|今天上午}{被|有人把我}拉进一个{${chat}|QQ}{工作群|群}，{群里|里面}{有|都是}{“老板”|“董事长”}和{几个|}{“同事”|“高管”}，"
                        + "{“老板”|“${boss}”}{在群里|}{安排我|让我}{给|向}{一个|}{合作方|客户}{转|付}{${bigpay}|一笔款}，{群里|其他人}{都|还}{附和|发了合同照片}，{我}{照着|按照}{转了|办了}，"
                        + "{转完|过后}{给老板打电话|跟老板本人确认}{才知道|发现}{群里除了我|群里的人}{全是假的|都是骗子}" + "{，" + LOST + "|}" + PLEA
                        + "{。|}");
    }

    private static void shopping(List<Family> all) {
        add(
                all,
                FAKE_SHOPPING,
                "cheap-luxury-private-transfer",
                "{原单|专柜|大牌}{${city}|}{尾货|清仓}，{LV|古驰|香奈儿|名牌}{包包|手表|鞋子}{一折|1折起|${small}起}，"
                        + "{顺丰包邮|支持验货}[，{私聊|详情}{加|+}${chat}${wx}]{|，${url}}",
                "${when}{在${platform}上|在朋友圈|在一个群里}{看到|刷到}{有人|一个卖家}{卖|低价出}{名牌包|手机|茅台|演唱会门票}，"
                        + "{价格|比官网}{便宜很多|只要一半}，{对方|卖家}{让我|要求}{加${chat}私聊|不走平台}，{说|称}{走平台要扣手续费|私下交易便宜}，"
                        + "{我|}{${pay}|直接转账}{付了|}${amt}{后|之后}，{对方|卖家}{说|又说}{要交|还要}{运费|关税|保证金}，"
                        + "{又转了|补了}{一次|几次}{，|后}{一直没发货|东西一直没收到}" + END);
        add(
                all,
                FAKE_SHOPPING,
                "concert-ticket-presale",
                "{【票务】|【抢票】|}{${name}|周杰伦|五月天|薛之谦}{${city}|}{演唱会|巡演}{内部票|内场票|VIP票}{转让|有票}，"
                        + "{原价|低价}{出|转}，{先到先得|仅剩${n}张}，{加|+}{${chat}${wx}|${qq}}",
                "{${when}|演唱会开票后}{抢不到票|没抢到票}，{在${platform}上|在超话里}{看到|找到}{有人|一个黄牛}{出票|说有内部票}，"
                        + "{对方|他}{发了|出示了}{购票截图|身份证照片}{取得我信任|让我放心}，{我}{先付了|转了}{定金|${amt}}，"
                        + "{后来|然后}{又说|对方又说}{要交|需要}{实名换绑费|保证金|手续费}，{转完后|转了以后}{对方就|就}{拉黑我了|不回了}"
                        + "{，" + LOST + "|}" + PLEA + "{。|}");
        add(
                all,
                FAKE_SHOPPING,
                "secondhand-fake-payment-link",
                "{亲|您好}，{你|您}{在${shop}|在闲鱼}{卖的|出的}{${n}号|}{宝贝|商品|手机|相机}{我已经|已}{拍下|付款}了，{平台|系统}{提示|显示}{你的账户|您的店铺}{未认证|未开通保证金}，"
                        + "{钱|货款}{被冻结|无法到账}，{请|}{点击|按}{链接|这个}{${url}|${short}}{认证|解冻}",
                "${when}{我在闲鱼|我在${shop}上}{卖|出}{一台|一个}{二手手机|相机|闲置包包}，{有个|}{买家|人}{说要买|很爽快}，{说|称}{为了安全|平台要求}{要|}{加${chat}|走链接}，"
                        + "{然后|后来}{发来|给我发了}{一个|}{“闲鱼”|交易}{链接|二维码}{说|称}{已付款|付了款}，{点进去|打开后}{提示|显示}{我的账户|我}{需要|要}{交保证金|认证|开通商家}{才能|才可以}{收款|提现}，"
                        + "{客服|“官方客服”}{又让我|还叫我}{转了|交了}{${fee}|几次}{验证|解冻}" + END);
        add(
                all,
                FAKE_SHOPPING,
                "pet-purchase-shipping-fees",
                "{纯种|赛级}{布偶|英短|柯基|柴犬|金毛}{幼崽|宝宝}{低价|${small}}{出|送养}，{包|}{健康|疫苗齐全}，{全国|}{包邮|空运}，{详聊|看视频}{加|+}${chat}${wx}",
                "${when}{在${platform}上|在网上}{看到|刷到}{有人|一个宠物店}{卖|出}{${n}个月大的|}{布偶猫|柯基|柴犬}，{价格|才}{${small}|很便宜}，{我|}{付了|转了}{${small}|定金}{后|之后}，"
                        + "{对方|他们}{说|称}{要|需要}{交|付}{空运费|宠物保险|疫苗费|航空箱押金}{${fee}|}，{说|称}{收到后|到了以后}{退还|退}，{我交了以后|我又交了}{又说|物流又说}{宠物在路上生病了|需要检疫}"
                        + "{要|还要}{再交钱|加钱}，{宠物|猫狗}{始终|一直}{没见到|没收到}" + END);
        add(
                all,
                FAKE_SHOPPING,
                "health-product-cure-all",
                "{【${city}健康】|【养生】|}{特效|祖传|纯天然}{降压|降糖|治痛风|抗癌}{神药|产品}，{无效退款|${n}个疗程根治}，{原价${amt}|限时特价${small}}，{货到付款|专家免费咨询}{${tel}|${mobile}}",
                "{${relative}|我父亲|我母亲}{${when}|去年}{在|参加了}{一个|}{健康讲座|直播间|电话推销}，{对方|“专家”}{说|宣传}{他们的|}{保健品|药}{能治|能根治}{高血压|糖尿病|关节炎}，"
                        + "{一个疗程|一盒}{就要|卖}${amt}，{老人|${relative}}{陆续|先后}{买了|订了}{好几个疗程|好多盒}，{吃了|用了}{根本没效果|一点用没有}，"
                        + "{拿去检测|后来查}{发现|才知道}{就是|只是}{普通食品|糖丸}" + END);
        add(
                all,
                FAKE_SHOPPING,
                "wechat-reseller-deposit",
                "{朋友圈|代购}{${city}|海外|免税店}{正品|专柜}{代购|直邮}，{比专柜|比官网}{便宜${pct}|便宜一半}，{付定金|先付定金}{即可|排单}，{货到|到货}{付尾款|付款}，{+|加}${chat}${wx}",
                "{${when}|前段时间}{在朋友圈|在${platform}上}{加了|认识}{一个|}{代购|微商}，{说|称}{能|可以}{代购|买到}{便宜的|正品}{化妆品|手机|奶粉|名牌包}，{我|}{先付了|先转了}{定金|${amt}}，"
                        + "{后来|然后}{说|又说}{海关扣货|要交关税|物流出问题}，{要|让我}{再付|补}{${small}|一笔}，{我|}{付完|转了}{之后|}{货|东西}{一直没到|没发}"
                        + END);
    }

    private static void other(List<Family> all) {
        add(
                all,
                OTHER,
                "fake-prize",
                "{【${platform}】|【${video}】|【中奖通知】|}{恭喜您|您的号码}{在|被}{${platform}|我台}{周年庆|幸运观众}{活动中|}{抽中|选为}"
                        + "{二等奖|幸运奖|一等奖}，{获得|奖品为}{现金${big}|苹果笔记本一台|${big}奖金}，{请|}{登录|点击}${url}{领取|登记}"
                        + "[{，验证码${code}|，兑奖码${code}}]",
                "${when}{收到|接到}{一条|}{短信|电话}{说我|说}{中奖了|被抽中幸运观众}，{奖品|有}{${big}现金|一台车|笔记本电脑}，"
                        + "{领奖|兑奖}{要先交|需要先交}{个人所得税|手续费|公证费|保证金}${fee}，{我}{转过去后|交了之后}"
                        + "{又要交|又说要}{其他费用|运费|保险}，{奖品|钱}{一直没收到|根本没有}" + END);
        add(
                all,
                OTHER,
                "etc-card-disabled",
                "{【ETC】|【ETC服务中心】|【高速ETC】|}{尊敬的车主|您好}，{您的|}{ETC|ETC卡}{已失效|已停用|认证过期|即将禁用}，"
                        + "{请|为避免影响通行}{尽快|立即}{登录|点击}${url}{重新认证|办理}[，{逾期将|否则将}{无法正常通行|停用}]",
                "${when}{收到|手机收到}{一条|}短信{说我的|说}{ETC|ETC卡}{失效了|要重新认证}，{我}{点了链接|点开网址}{填了|输入了}"
                        + "{银行卡号|身份证号}{和|还有}{密码|验证码}，{过了一会|很快}{就|}{收到|收到了}{${bank}|银行}{的扣款短信|扣款短信}，"
                        + "{卡里|银行卡}{被转走|少了}${amt}" + PLEA + "{。|}");
        add(
                all,
                OTHER,
                "points-redemption-expiring",
                "{【中国移动】|【中国联通】|【${bank}】|【积分商城】|}{尊敬的客户|您好}，{您的|}{${nn}${n}0|${nn}00}{积分|话费积分}{即将|将于今日}{清零|过期}，{可|请}{兑换|兑现}{现金${small}|${small}话费|精美礼品}，"
                        + "{请|}{点击|登录}${url}{兑换|领取}",
                "${when}{收到|手机收到}{一条|}{积分兑换|积分清零}的短信，{看起来|显示}{是|像}{${bank}|移动|联通}{发的|官方的}，{说|称}{积分|话费积分}{快过期了|要清零}{可以换现金|能换${small}}，"
                        + "{我点进链接|打开网页}{后|}{按要求|照着}{填了|输入了}{银行卡号|卡号}{、|和}{密码|身份证}{和|还有}{验证码|短信码}，{很快|没几分钟}{卡上|银行卡}{就|}{被消费了|被转走了}${amt}"
                        + PLEA + "{。|}");
        add(
                all,
                OTHER,
                "fake-subsidy-tax-refund",
                "{【${city}人社】|【税务局】|【财政局】|【社保中心】|}{您好|${mr}}，{您有一笔|您可申领}{${small}|${amt}}{的|}{个税退税|育儿补贴|失业补贴|社保补贴|新冠补贴|高温补贴}{待领取|未领取}，"
                        + "{请|}{在${date}前|尽快}{登录|点击}${url}{申领|领取}[，{逾期作废|过期不候}]",
                "${when}{收到|}{一条|}{短信|邮件}{说|称}{我可以|我有}{领取|一笔}{补贴|退税|个税返还}{${small}|}，{我点|我就点}{了|开}{里面的|}链接，{按提示|照着}{填了|输了}{身份证|银行卡}{和|还有}{验证码|密码}，"
                        + "{结果|过了一会}{收到|就收到}{银行|${bank}}的{扣款|转账}{短信|提醒}，{卡里|账户}{少了|被转走}${amt}{，补贴|，钱}{一分没领到|根本没有}"
                        + PLEA + "{。|}");
        add(
                all,
                OTHER,
                "fake-traffic-fine",
                "{【交管12123】|【${city}交警】|【交通违法】|}{您的|您名下}{车辆|机动车}{${city}|}{粤B|京A|沪C|川A|浙A}{${n}${nn}${n2}|·${n}${nn}${n2}}{有|存在}{${n}条|一条}{未处理|逾期}{违章|违法}记录，"
                        + "{罚款${small}|扣${n}分}，{请|}{尽快|在${n}日内}{登录|点击}${url}{处理|缴纳}[，{逾期将|否则}{加收滞纳金|影响年检}]",
                "${when}{收到|手机收到}{一条|}{短信|“交管”短信}{说我的车|说}{有违章没处理|闯红灯要罚款}，{我}{点链接|打开网址}{去|}{缴罚款|处理}，{页面|网页}{跟|和}{12123|官方}{很像|差不多}，"
                        + "{填了|输入了}{银行卡|卡号}{和|、}{验证码|密码}{以后|后}，{卡里|银行卡}{被扣了|被转走}${amt}，{去|后来在}{12123|交警队}{一查|查}{根本没有违章|没有这条违章}"
                        + PLEA + "{。|}");
        add(
                all,
                OTHER,
                "fake-charity-donation",
                "{【${city}红十字】|【爱心救助】|【水滴筹】|}{${city}|}{${n}岁|${nn}岁}{女孩|男孩|老人}{身患|患}{白血病|重病}{急需|亟需}{救命钱|手术费}，{每人|您的}{${small}|一份爱心}{就能|可以}{帮助|挽救}{他|她|一个家庭}，"
                        + "{捐款|转发}{请|}{点击|扫码}${url}",
                "${when}{在|${chat}群里|朋友圈}{看到|有人}{转发|发}{一个|}{捐款|募捐}{链接|二维码}，{说|称}{是|}{${city}|某地}{一个|}{孩子|女孩}{得了重病|遇到灾难}{急需手术费|需要救助}，"
                        + "{我|}{捐了|转了}{${small}|一点钱}，{后来|过几天}{又|有人}{联系我|说我}{是|成为}{“爱心会员”|“捐款大使”}{可以|能}{领|拿}{返利|奖金}{要先|需要}{交|付}{会员费|保证金}，"
                        + "{我又转了|交了以后}{对方|他们}{就不见了|把我删了}" + END);
        add(
                all,
                OTHER,
                "telecom-plan-upgrade-link",
                "{【中国移动】|【中国联通】|【中国电信】|【运营商】|}{尊敬的用户|您好}，{您的|}{号码|手机卡}{${mobile}|}{已满足|符合}{5G套餐免费升级|话费返还${small}|积分翻倍}{条件|资格}，"
                        + "{请|}{于今日|${n}日内}{点击|登录}${url}{办理|领取}[，{逾期视为放弃|过期作废}]",
                "${when}{收到|手机收到}{一条|}{“运营商”|移动|联通}{短信|通知}{说|称}{我的号码|我}{可以|能}{免费升级5G套餐|领话费返还}，{点进|打开}{链接|网页}{后|}"
                        + "{要求|让我}{填写|输入}{银行卡号|身份证和银行卡}{和|还有}{短信验证码|动态码}，{填完|提交后}{没多久|几分钟后}{银行卡|卡里}{被转走|少了}${amt}"
                        + PLEA + "{。|}");
    }
}
