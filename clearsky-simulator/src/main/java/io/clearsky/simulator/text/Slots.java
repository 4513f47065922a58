package io.clearsky.simulator.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The slot values templates draw on, per language: names, amounts, platforms, banks, links, numbers, places. Every
 * value is made up here; the names of real platforms, banks and couriers are used because real messages name them.
 */
final class Slots {

    static final Map<String, Function<Draw, String>> ZH = zh();
    static final Map<String, Function<Draw, String>> EN = en();

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蒋", "蔡", "余"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英",
        "建华", "文", "华", "俊", "鹏", "玲", "红", "志强", "婷", "海燕", "子涵", "浩然", "宇轩", "欣怡", "梓萱", "一诺", "建国", "淑珍", "晨", "斌",
        "丹", "雪", "辉", "佳琪", "思远", "金凤"
    };
    private static final String[] CITIES = {
        "北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "成都", "重庆", "武汉", "西安", "长沙", "郑州", "济南", "青岛", "厦门", "福州", "合肥",
        "南昌", "昆明", "贵阳", "南宁", "海口", "石家庄", "太原", "沈阳", "大连", "长春", "哈尔滨", "天津", "宁波", "温州", "东莞", "佛山", "无锡", "泉州",
        "兰州", "乌鲁木齐", "呼和浩特", "徐州", "洛阳", "赣州", "潍坊"
    };
    private static final String[] BANKS = {
        "工商银行", "农业银行", "中国银行", "建设银行", "交通银行", "招商银行", "邮储银行", "浦发银行", "中信银行", "民生银行", "兴业银行", "平安银行", "光大银行"
    };
    private static final String[] BANK_HOTLINES = {
        "95588", "95599", "95566", "95533", "95559", "95555", "95580", "95528", "95558", "95568", "95561", "95511",
        "95595"
    };
    private static final String[] TLDS = {
        ".com", ".cn", ".top", ".xyz", ".vip", ".cc", ".icu", ".net", ".shop", ".club", ".work", ".live", ".com.cn",
        ".site", ".app", ".info"
    };
    private static final String[] SHORTENERS = {
        "t.cn/", "url.cn/", "dwz.cn/", "s.cn/", "suo.im/", "3.cn/", "u.nu/", "tb.cn/"
    };
    private static final String[] EN_FIRST = {
        "James", "Mary", "John", "Linda", "David", "Sarah", "Michael", "Emma", "Chris", "Olivia", "Daniel", "Sophie",
                "Tom",
        "Anna", "Kevin", "Grace", "Wei", "Lily", "Jason", "Amy", "Ben", "Chloe", "Ryan", "Hannah", "Leo", "Mia"
    };
    private static final String[] EN_LAST = {
        "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Lee", "Chen", "Wang", "Walker", "Clark", "Lewis", "Hall",
        "Young", "King", "Wright", "Scott", "Green", "Baker", "Zhang", "Liu", "Evans", "Harris"
    };

    private Slots() {}

    private static void template(Map<String, Function<Draw, String>> map, String name, String source) {
        Template template = Template.of(source);
        map.put(name, template::write);
    }

    private static Map<String, Function<Draw, String>> zh() {
        Map<String, Function<Draw, String>> map = new HashMap<>();
        map.put("name", d -> d.pick(SURNAMES) + d.pick(GIVEN));
        map.put("surname", d -> d.pick(SURNAMES));
        map.put("mr", d -> d.pick(SURNAMES) + (d.random().nextBoolean() ? "先生" : "女士"));
        template(map, "boss", "${surname}{总|局|处|主任|书记|校长|院长|经理|老板|董|科长|部长}");
        map.put("city", d -> d.pick(CITIES));
        map.put("bank", d -> d.pick(BANKS));
        map.put("bankno", d -> {
            String bank = d.slot("bank");
            for (int i = 0; i < BANKS.length; i++) {
                if (BANKS[i].equals(bank)) {
                    return BANK_HOTLINES[i];
                }
            }
            return "95588";
        });
        map.put("tail", d -> d.digits(4));
        map.put(
                "card",
                d -> "6" + d.pick(new String[] {"222", "217", "228", "225", "214", "212", "210"}) + d.digits(12));
        map.put("mobile", d -> "1" + d.pick(new String[] {"3", "5", "7", "8", "9", "6"}) + d.digits(9));
        map.put("tel", d -> "0" + d.between(10, 999) + "-" + d.digits(d.random().nextBoolean() ? 8 : 7));
        map.put("hot400", d -> "400-" + d.digits(3) + "-" + d.digits(4));
        map.put("code", d -> d.digits(d.random().nextInt(4) == 0 ? 4 : 6));
        map.put("qq", d -> String.valueOf(d.between(1, 9)) + d.digits(d.between(7, 9)));
        map.put("wx", d -> switch (d.random().nextInt(4)) {
            case 0 -> "wxid_" + d.letters(4) + d.digits(3);
            case 1 -> d.letters(d.between(4, 8)) + d.digits(d.between(2, 5));
            case 2 -> "1" + d.digits(10);
            default -> d.letters(2).toUpperCase() + d.digits(4) + d.letters(2);
        });
        map.put("amt", d -> Money.zh(d, payment(d, 200, 50_000)));
        map.put("small", d -> Money.zh(d, payment(d, 10, 800)));
        map.put("fee", d -> Money.zh(d, payment(d, 300, 8_000)));
        map.put("big", d -> Money.zh(d, Money.amount(d, 10_000, 800_000)));
        map.put("loss", d -> Money.zhLoss(d, total(d, 500, 300_000)));
        map.put("lossSmall", d -> Money.zhLoss(d, total(d, 100, 8_000)));
        map.put("lossBig", d -> Money.zhLoss(d, total(d, 20_000, 2_000_000)));
        map.put("bigpay", d -> Money.zh(d, payment(d, 10_000, 800_000)));
        map.put("quota", d -> Money.zh(d, Money.amount(d, 20_000, 500_000)));
        map.put("n", d -> String.valueOf(d.between(2, 9)));
        map.put("nn", d -> String.valueOf(d.between(10, 99)));
        map.put("pct", d -> d.between(3, 60) + "%");
        map.put("date", d -> d.between(1, 12) + "月" + d.between(1, 28) + "日");
        map.put("time", d -> d.between(8, 21) + ":" + d.pick(new String[] {"00", "15", "30", "45", "20", "10"}));
        map.put("url", Slots::zhUrl);
        map.put("short", d -> d.pick(SHORTENERS) + alnum(d, d.between(5, 7)));
        map.put(
                "ourl",
                d -> d.pick(new String[] {"https://", "", "http://"})
                        + d.pick(new String[] {"m.", "www.", "", "h5.", "wx."})
                        + d.pick(new String[] {
                            "10086.cn",
                            "jd.com",
                            "taobao.com",
                            "12306.cn",
                            "meituan.com",
                            "ccb.com",
                            "icbc.com.cn",
                            "gov.cn",
                            "chsi.com.cn",
                            "ctrip.com",
                            "sf-express.com",
                            "cmbchina.com",
                            "10010.com",
                            "189.cn",
                            "zhaopin.com"
                        })
                        + d.pick(new String[] {"", "/" + alnum(d, 6), "/s/" + alnum(d, 5), "/m?c=" + d.digits(6)}));
        map.put("caseno", d -> switch (d.random().nextInt(3)) {
            case 0 ->
                "(" + d.between(2022, 2026) + ")" + d.pick(new String[] {"京", "沪", "粤", "浙", "苏", "川", "鄂", "湘"})
                        + d.pick(new String[] {"公刑", "检刑", "法刑", "公经"}) + "字第" + d.digits(5) + "号";
            case 1 -> "A" + d.digits(10);
            default -> d.letters(2).toUpperCase() + d.between(2022, 2026) + d.digits(6);
        });
        map.put("order", d -> d.digits(d.between(12, 19)));
        map.put("badge", d -> d.digits(6));
        map.put("age", d -> String.valueOf(d.between(19, 72)));
        template(map, "platform", "{抖音|快手|淘宝|京东|拼多多|微信|QQ|支付宝|美团|小红书|闲鱼|微博|B站|陌陌|探探|百度}");
        template(map, "shop", "{淘宝|京东|拼多多|抖音商城|唯品会|天猫|快手小店|闲鱼|得物}");
        template(map, "video", "{抖音|快手|小红书|B站|视频号|微博}");
        template(map, "chat", "{微信|微信|QQ}");
        template(map, "courier", "{顺丰|中通|圆通|韵达|申通|京东快递|EMS|极兔|德邦|邮政}");
        template(map, "game", "{王者荣耀|和平精英|原神|梦幻西游|逆水寒|英雄联盟|蛋仔派对|第五人格|穿越火线|我的世界|光遇|阴阳师}");
        template(map, "gitem", "{皮肤|账号|装备|金币|点券|钻石|限定皮肤|高级号|满级号|礼包码}");
        template(map, "crypto", "{USDT|比特币|以太坊|数字货币|虚拟币|泰达币}");
        template(map, "loanapp", "{金|易|快|融|信|安|诚|宝|银|恒|鑫|优|速|民|惠|众}{e|}{借|贷|花|钱包|金融|分期|信用|借条|贷宝|易贷|钱庄}");
        template(map, "realloan", "{借呗|微粒贷|京东金条|360借条|度小满|美团借钱|安逸花|招联金融|分期乐|小赢卡贷}");
        template(map, "invapp", "{汇|鼎|盛|泰|融|金|丰|亿|华|瑞|恒|博|中}{通|信|元|达|利|鑫|正|富|泽|银}{国际|资本|财富|证券|投资|交易所|Pro|金融|期货|环球}");
        template(map, "when", "{前几天|上周|昨天晚上|今天上午|今天下午|${date}|去年12月|上个月|大概两周前|前天|${date}晚上|这个月初|上周五|半个月前|${date}下午}");
        template(map, "emoji", "{💰|🔥|👉|✅|🎁|📱|💯|⚡|🌟|❤️|🧧|😊|👍|🎉|☎️|📢}");
        template(map, "police", "{民警|警官|刑警|办案民警|警察}");
        template(
                map,
                "agency",
                "{${city}市公安局|${city}公安局刑侦支队|${city}市人民检察院|最高人民检察院|${city}市中级人民法院|国家医保局|${city}市医保中心|市场监督管理局|${city}海关|国家反洗钱中心|网警大队|公安部}");
        template(map, "relative", "{我妈|我爸|我老婆|我老公|我女儿|我儿子|我奶奶|我爷爷|我舅舅|我姐}");
        template(
                map,
                "signature",
                "{${platform}|${bank}|${shop}|通知|温馨提示|重要提醒|${city}|客服中心|中国移动|中国联通|中国电信|${courier}|会员中心|安全中心|${loanapp}|财务部|人事部|系统消息}");
        template(map, "kidage", "{8|9|10|11|12|13}");
        template(map, "pay", "{通过${bank}卡转账|用支付宝转|用微信转账|扫对方发的二维码付款|转到对方给的银行卡|转到一个${bank}的个人账户|分${n}次转到不同的卡上|用手机银行转}");
        return Map.copyOf(map);
    }

    /** A payment the text mentions: remembered for the total, and never above a total given from outside. */
    private static long payment(Draw d, long min, long max) {
        long cap = d.ceiling();
        if (cap < max) {
            max = Math.max(1, cap);
            min = Math.max(1, Math.min(min, max / 3));
        }
        return d.amount(Money.amount(d, min, max));
    }

    /** A total loss: at least the largest payment the text has mentioned, usually a few times it. */
    private static long total(Draw d, long min, long max) {
        long paid = d.largestAmount();
        if (paid <= 0) {
            return Money.amount(d, min, max);
        }
        long low = Math.max(min, paid);
        return Money.amount(
                d,
                low,
                Math.max(
                        low + 1,
                        Math.min(Math.max(max, low * 2), paid * (2 + d.random().nextInt(8)))));
    }

    private static String alnum(Draw d, int count) {
        String chars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(chars.charAt(d.random().nextInt(chars.length())));
        }
        return out.toString();
    }

    /** A link as fraudsters send them: made-up domains, short links, bare IPs, paths and query strings. */
    static String zhUrl(Draw d) {
        String host = switch (d.random().nextInt(8)) {
            case 0, 1 -> d.letters(d.between(3, 7)) + d.digits(d.between(0, 3)) + d.pick(TLDS);
            case 2 -> d.pick(SHORTENERS) + alnum(d, d.between(5, 7));
            case 3 ->
                d.pick(new String[] {"www.", "m.", "h5.", "app.", "vip.", ""})
                        + d.letters(d.between(2, 5))
                        + d.pick(new String[] {"-", ""})
                        + d.pick(new String[] {"vip", "kf", "pay", "app", "gov", "ems", "bank", "jr", "dk"})
                        + d.pick(TLDS);
            case 4 ->
                d.between(11, 223) + "." + d.between(0, 255) + "." + d.between(0, 255) + "." + d.between(1, 254)
                        + (d.random().nextBoolean() ? ":" + d.between(80, 9999) : "");
            default ->
                d.letters(d.between(2, 4)) + d.digits(d.between(1, 4)) + "." + d.letters(d.between(2, 4))
                        + d.pick(TLDS);
        };
        String path = switch (d.random().nextInt(5)) {
            case 0 -> "";
            case 1 -> "/" + alnum(d, d.between(3, 8));
            case 2 ->
                "/" + d.pick(new String[] {"index.html", "h5", "app", "reg", "dl", "m"}) + "?id="
                        + d.digits(d.between(3, 6));
            default -> "/" + d.letters(d.between(1, 3)) + "/" + alnum(d, d.between(4, 6));
        };
        if (host.contains("/")) {
            path = "";
        }
        String scheme = switch (d.random().nextInt(4)) {
            case 0 -> "";
            case 1 -> "http://";
            default -> "https://";
        };
        return scheme + host + path;
    }

    private static Map<String, Function<Draw, String>> en() {
        Map<String, Function<Draw, String>> map = new HashMap<>();
        map.put("name", d -> d.pick(EN_FIRST));
        map.put("full", d -> d.pick(EN_FIRST) + " " + d.pick(EN_LAST));
        map.put("last", d -> d.pick(EN_LAST));
        template(
                map,
                "city",
                "{Shenzhen|Shanghai|Beijing|Guangzhou|Hangzhou|Chengdu|London|New York|Singapore|Hong Kong|Sydney|Toronto|Manchester|Chicago|Kuala Lumpur}");
        template(
                map,
                "bank",
                "{Chase|Bank of America|Wells Fargo|HSBC|Barclays|Lloyds|Citi|ICBC|Bank of China|Santander|NatWest|Standard Chartered|China Merchants Bank}");
        map.put("tail", d -> d.digits(4));
        map.put("mobile", d -> switch (d.random().nextInt(3)) {
            case 0 -> "+1 " + d.between(201, 989) + "-" + d.digits(3) + "-" + d.digits(4);
            case 1 -> "07" + d.digits(3) + " " + d.digits(6);
            default -> "+86 1" + d.pick(new String[] {"3", "5", "8", "9"}) + d.digits(9);
        });
        map.put("code", d -> d.digits(d.random().nextInt(4) == 0 ? 4 : 6));
        map.put("amt", d -> Money.en(d, payment(d, 50, 8_000)));
        map.put("small", d -> Money.en(d, payment(d, 2, 200)));
        map.put("fee", d -> Money.en(d, payment(d, 20, 1_500)));
        map.put("big", d -> Money.en(d, Money.amount(d, 5_000, 300_000)));
        map.put(
                "loss",
                d -> (d.random().nextInt(3) == 0 ? d.pick(new String[] {"about ", "nearly ", "over ", "around "}) : "")
                        + Money.en(d, total(d, 100, 120_000)));
        map.put("currency", d -> d.pick(new String[] {"$", "$", "$", "£", "yuan", "RMB", "USD", "¥"}));
        map.put("n", d -> String.valueOf(d.between(2, 9)));
        map.put("nn", d -> String.valueOf(d.between(10, 99)));
        map.put("pct", d -> d.between(3, 60) + "%");
        map.put("order", d -> d.letters(2).toUpperCase() + d.digits(d.between(6, 10)));
        map.put("caseno", d -> d.letters(2).toUpperCase() + "-" + d.between(2022, 2026) + "-" + d.digits(5));
        map.put(
                "date",
                d -> d.pick(new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}) + " "
                        + d.between(1, 28) + " "
                        + d.pick(new String[] {
                            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
                        }));
        map.put("time", d -> {
            int hour = d.between(8, 19);
            return (hour > 12 ? hour - 12 : hour) + ":" + d.pick(new String[] {"00", "15", "30", "45"})
                    + (hour >= 12 ? "pm" : "am");
        });
        map.put("url", d -> {
            String url = zhUrl(d);
            return url;
        });
        map.put(
                "short",
                d -> d.pick(new String[] {"bit.ly/", "tinyurl.com/", "t.co/", "is.gd/", "rb.gy/", "cutt.ly/"})
                        + alnum(d, d.between(5, 7)));
        template(
                map,
                "platform",
                "{Amazon|eBay|PayPal|WhatsApp|Telegram|Instagram|Facebook|TikTok|WeChat|Alipay|Taobao|JD|Shopee|Temu}");
        template(map, "chat", "{WhatsApp|Telegram|WeChat|Signal|Line|Messenger}");
        template(
                map,
                "courier",
                "{USPS|FedEx|DHL|UPS|Royal Mail|SF Express|China Post|Evri|Canada Post|Australia Post}");
        template(
                map,
                "game",
                "{Fortnite|Roblox|Genshin Impact|League of Legends|CS2|Minecraft|PUBG Mobile|Honor of Kings|World of Warcraft}");
        template(map, "crypto", "{USDT|Bitcoin|BTC|ETH|crypto|stablecoin}");
        template(
                map,
                "when",
                "{last week|yesterday|two days ago|on ${date}|last month|this morning|a few weeks ago|on Monday|over the weekend|in March}");
        template(map, "emoji", "{💰|🔥|👉|✅|🎁|📱|💯|⚡|🌟|❤️|😊|👍|🎉|📦}");
        template(
                map, "relative", "{my mum|my dad|my wife|my husband|my son|my daughter|my grandma|my uncle|my sister}");
        template(
                map,
                "agency",
                "{the Police|Interpol|the Tax Office|HMRC|the IRS|the Customs office|the Public Security Bureau|the Ministry of Justice|the Federal Reserve Investigation Unit|the Cyber Crime Unit}");
        return Map.copyOf(map);
    }
}
