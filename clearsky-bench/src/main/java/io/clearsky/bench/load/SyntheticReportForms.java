package io.clearsky.bench.load;

import io.clearsky.core.identifier.BankCards;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.PhoneNumber;
import io.clearsky.core.identifier.PhoneNumberCategory;
import io.clearsky.core.identifier.PhoneNumbers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Citizens' scam reports as a partner's app files them: the {@code ReportForm} JSON of the intake API as maps, each
 * one distinct (its own idempotency key and its own reporter), the same for the same seed and index.
 */
final class SyntheticReportForms {

    // Shape, after the simulator's reports but without simulating a world (a load run needs hundreds of thousands):
    // GANGS gangs, each with one scam type and a pool of phone numbers, mule bank cards, chat accounts, a fake site
    // and an app; a report picks a gang with a skew (the square of a uniform draw, so a few gangs are large) and two
    // to four of its identifiers, written the ways people write them. A few identifiers are noted down wrong: a
    // phone number with a digit changed, a card failing the Luhn check; the intake keeps those, marked unreadable.
    // Every valid identifier is checked with the normalisers the server uses, so none is invalid by accident.

    static final int GANGS = 2_000;
    private static final int PHONES_PER_GANG = 6;
    private static final int CARDS_PER_GANG = 4;
    private static final int CHATS_PER_GANG = 3;
    private static final double WRONG_DIGIT_SHARE = 0.04;
    private static final double NO_LOSS_SHARE = 0.05;
    private static final double ANONYMOUS_NAME_SHARE = 0.2;
    private static final long MULTIPLIER = 7_777_777L; // odd, not a multiple of 5: a bijection modulo 10^8

    // ranges every number of which is a valid mobile number, for reporters' numbers made from an index
    private static final String[] REPORTER_PREFIXES = {
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157",
        "158", "159", "180", "181", "182", "183", "185", "186", "187", "188", "189"
    };
    // fraudsters favour virtual operators' ranges (170, 171, 165, 167) beside ordinary ones
    private static final String[] FRAUD_PREFIXES = {
        "170", "171", "165", "167", "130", "132", "135", "138", "147", "150", "153", "166", "173", "177", "180", "184",
        "188", "191", "195", "198"
    };
    private static final String[] CARD_BINS = {
        "622202", "621226", "621700", "436742", "622848", "621661", "621785", "622260", "621799", "622188"
    };
    private static final String[] REGIONS = {
        "350206", "350203", "350205", "350211", "110105", "110108", "310115", "310104", "440106", "440305", "440304",
        "510107", "330106", "420106", "320106", "320506", "610113", "430104", "410105", "370212", "210102", "350102",
        "340104", "360111", "530102", "450103", "460108", "441900", "500105", "120101", "350200", "440100"
    };
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "建华", "志强",
        "晓东", "海燕", "雪梅", "子涵"
    };
    private static final String[] TLDS = {"com", "top", "vip", "cc", "xyz", "net"};
    private static final String[] APPS = {"云会议", "屏幕共享助手", "汇盈国际", "鑫源理财", "速贷通", "易借宝", "聚宝盆", "乐享购", "金牛证券", "安心办"};

    private final long seed;
    private final String runTag;
    private final Gang[] gangs;

    /**
     * @param runTag goes into every idempotency key, so two runs against the same database file nothing as a retry
     */
    SyntheticReportForms(long seed, String runTag) {
        this.seed = seed;
        this.runTag = runTag;
        SplittableRandom random = new SplittableRandom(seed);
        this.gangs = new Gang[GANGS];
        for (int g = 0; g < GANGS; g++) {
            gangs[g] = Gang.random(g, random);
        }
    }

    /** A gang's scam type, how its victims pay and the identifiers it uses. */
    private record Gang(
            Scam scam, String[] phones, String[] cards, String[] chats, String site, String app, String paymentMethod) {

        static Gang random(int number, SplittableRandom random) {
            Scam scam = Scam.pick(random);
            String[] phones = new String[PHONES_PER_GANG];
            for (int i = 0; i < phones.length; i++) {
                phones[i] = fraudMobile(random);
            }
            String[] cards = new String[CARDS_PER_GANG];
            for (int i = 0; i < cards.length; i++) {
                cards[i] = card(random);
            }
            String[] chats = new String[CHATS_PER_GANG];
            for (int i = 0; i < chats.length; i++) {
                chats[i] = random.nextBoolean()
                        ? "qq:" + (10_000_000L + random.nextLong(2_000_000_000L))
                        : "wechat:" + letters(random, 1) + letters(random, 5 + random.nextInt(6)) + random.nextInt(100);
            }
            String site = "https://" + letters(random, 3) + "-" + letters(random, 4 + random.nextInt(4)) + "."
                    + TLDS[random.nextInt(TLDS.length)] + "/";
            return new Gang(
                    scam,
                    phones,
                    cards,
                    chats,
                    site,
                    APPS[random.nextInt(APPS.length)] + (number % 7 == 0 ? "Pro" : ""),
                    scam.paymentMethod(random));
        }
    }

    /**
     * The scam types the national list counts, with their weight among reports, the median loss in yuan and what
     * victims write; the weights follow the simulator's real mix.
     */
    private enum Scam {
        BRUSHING_REBATE(30, 8_000, "在QQ群看到刷单兼职广告，对方让我下载APP做任务，前几单返了佣金，之后以卡单为由让我继续垫付，共转账%s元后对方失联。"),
        FAKE_INVESTMENT(18, 80_000, "在微信上认识一名自称投资导师的人，拉我进股票交流群，推荐在某平台投资，起初有小额收益，后来提现失败，对方称需缴纳保证金，累计转账%s元。"),
        FAKE_LOAN(12, 5_000, "接到电话称可办理低息贷款，对方以刷流水、解冻费、保证金等名义让我转账%s元，贷款始终未到账。"),
        FAKE_CUSTOMER_SERVICE(12, 20_000, "接到自称快递客服的电话，称我的包裹丢失要理赔，让我下载会议软件共享屏幕，按其指示操作后银行卡被转走%s元。"),
        IMPERSONATING_OFFICIALS(6, 150_000, "接到自称公安局民警的电话，称我涉嫌洗钱案件，要求将资金转入“安全账户”配合调查，共转出%s元。"),
        FAKE_CREDIT_REPAIR(5, 30_000, "对方自称金融平台客服，称我的学生贷款账户未注销会影响征信，要求我在多个平台贷款后转入指定账户，共%s元。"),
        FAKE_GAME_TRADE(5, 2_000, "在游戏里有人收购我的账号装备，引导我到虚假交易平台，以账户冻结需缴纳解冻金为由让我转账%s元。"),
        ROMANCE(5, 100_000, "在交友软件认识一人，聊了一个多月后确立恋爱关系，对方带我在博彩网站投注，先赢后亏，为回本共充值%s元。"),
        IMPERSONATING_ACQUAINTANCE(4, 50_000, "微信上有人冒充我的领导，说急需向合作方转款，让我先垫付，我向其提供的账户转账%s元后发现被骗。"),
        FAKE_SHOPPING(3, 1_500, "在朋友圈看到低价出售手机的广告，添加对方微信后付款%s元，对方一直未发货并将我拉黑。");

        private static final int TOTAL_WEIGHT = 100;

        private final int weight;
        private final double medianYuan;
        private final String narrative;

        Scam(int weight, double medianYuan, String narrative) {
            this.weight = weight;
            this.medianYuan = medianYuan;
            this.narrative = narrative;
        }

        static Scam pick(SplittableRandom random) {
            int draw = random.nextInt(TOTAL_WEIGHT);
            for (Scam scam : values()) {
                draw -= scam.weight;
                if (draw < 0) {
                    return scam;
                }
            }
            return BRUSHING_REBATE;
        }

        String paymentMethod(SplittableRandom random) {
            return switch (this) {
                case FAKE_INVESTMENT, ROMANCE -> random.nextInt(4) == 0 ? "CRYPTOCURRENCY" : "BANK_TRANSFER";
                case FAKE_GAME_TRADE -> random.nextBoolean() ? "GAME_CURRENCY" : "ALIPAY";
                case FAKE_SHOPPING, BRUSHING_REBATE -> random.nextBoolean() ? "WECHAT_PAY" : "ALIPAY";
                case FAKE_CUSTOMER_SERVICE -> random.nextBoolean() ? "UNIONPAY_QUICK_PASS" : "BANK_TRANSFER";
                default -> "BANK_TRANSFER";
            };
        }

        /** Whether victims of this scam were sent to a website, or told to install an app. */
        boolean usesSite() {
            return this == FAKE_INVESTMENT || this == BRUSHING_REBATE || this == FAKE_SHOPPING || this == ROMANCE;
        }

        boolean usesApp() {
            return this == FAKE_INVESTMENT || this == FAKE_CUSTOMER_SERVICE || this == FAKE_LOAN;
        }
    }

    /** The idempotency key of report {@code n}. */
    String idempotencyKey(long n) {
        return "bench-" + runTag + "-" + n;
    }

    /**
     * Report {@code n}: filed by its own reporter (a mobile number no other index below 27 × 10^8 gets) about a fraud
     * between an hour and 30 days before {@code now}.
     */
    Map<String, Object> form(long n, Instant now) {
        SplittableRandom random = new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L));
        double u = random.nextDouble();
        Gang gang = gangs[(int) (u * u * GANGS)];
        boolean loss = random.nextDouble() >= NO_LOSS_SHARE;
        long fen = loss ? lossFen(gang.scam().medianYuan, random) : 0;
        String amount = String.format(Locale.ROOT, "%d.%02d", fen / 100, fen % 100);

        Map<String, Object> form = new LinkedHashMap<>();
        form.put("idempotencyKey", idempotencyKey(n));
        Instant occurred = now.minus(3_600 + random.nextLong(30L * 86_400 - 3_600), ChronoUnit.SECONDS)
                .truncatedTo(ChronoUnit.SECONDS);
        form.put("occurredAt", occurred.atOffset(ZoneOffset.ofHours(8)).toString());
        form.put("scamType", gang.scam().name());
        if (loss) {
            form.put("loss", Map.of("amount", amount, "currency", "CNY"));
            form.put("paymentMethod", gang.paymentMethod());
        } else {
            form.put("paymentMethod", "NONE");
        }
        form.put("identifiers", identifiers(gang, loss, random));
        form.put("region", REGIONS[random.nextInt(REGIONS.length)]);
        form.put(
                "narrative",
                loss
                        ? String.format(
                                Locale.ROOT, gang.scam().narrative, String.format(Locale.ROOT, "%,d", fen / 100))
                        : "对方联系我后我察觉是诈骗，没有转账，特此举报。");
        Map<String, String> reporter = new LinkedHashMap<>();
        if (random.nextDouble() >= ANONYMOUS_NAME_SHARE) {
            reporter.put("name", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
        }
        reporter.put("phone", reporterPhone(n));
        form.put("reporter", reporter);
        return form;
    }

    /** The reporter of report {@code n}: distinct for every {@code n} below 27 × 10^8. */
    static String reporterPhone(long n) {
        String prefix = REPORTER_PREFIXES[(int) (n % REPORTER_PREFIXES.length)];
        long body = ((n / REPORTER_PREFIXES.length) * MULTIPLIER + 12_345_678L) % 100_000_000L;
        return prefix + String.format(Locale.ROOT, "%08d", body);
    }

    private static List<Map<String, String>> identifiers(Gang gang, boolean paid, SplittableRandom random) {
        List<Map<String, String>> identifiers = new ArrayList<>(4);
        identifiers.add(identifier(
                "PHONE_NUMBER", rawPhone(maybeWrong(gang.phones()[random.nextInt(PHONES_PER_GANG)], random), random)));
        List<Map<String, String>> others = new ArrayList<>(4);
        String method = gang.paymentMethod();
        if (paid && (method.equals("BANK_TRANSFER") || method.equals("UNIONPAY_QUICK_PASS"))) {
            others.add(identifier(
                    "BANK_CARD", rawCard(maybeWrong(gang.cards()[random.nextInt(CARDS_PER_GANG)], random), random)));
        }
        others.add(identifier("CHAT_ACCOUNT", gang.chats()[random.nextInt(CHATS_PER_GANG)]));
        if (gang.scam().usesSite()) {
            others.add(identifier("URL", gang.site() + "invite?code=" + letters(random, 6)));
        }
        if (gang.scam().usesApp()) {
            others.add(identifier("APP", gang.app()));
        }
        // a second number the gang called from, so that a report without other details still has two
        others.add(identifier("PHONE_NUMBER", rawPhone(gang.phones()[random.nextInt(PHONES_PER_GANG)], random)));
        int wanted = 1 + Math.min(others.size(), 1 + random.nextInt(3));
        while (identifiers.size() < wanted) {
            identifiers.add(others.remove(random.nextInt(others.size())));
        }
        return identifiers;
    }

    private static Map<String, String> identifier(String kind, String value) {
        Map<String, String> identifier = new LinkedHashMap<>();
        identifier.put("kind", kind);
        identifier.put("value", value);
        return identifier;
    }

    /** The loss in fen: log-normal around the scam's median, between 10 yuan and 10 million. */
    private static long lossFen(double medianYuan, SplittableRandom random) {
        double yuan = medianYuan * Math.exp(gaussian(random));
        long fen = Math.round(Math.min(10_000_000, Math.max(10, yuan)) * 100);
        // people remember round sums (to the hundred yuan) more often than not
        return fen < 100_000 || random.nextInt(3) == 0 ? fen : fen / 10_000 * 10_000;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = Math.max(Double.MIN_VALUE, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** The digits, with one of the last eight changed now and then: a number or card noted down wrong. */
    private static String maybeWrong(String digits, SplittableRandom random) {
        if (random.nextDouble() >= WRONG_DIGIT_SHARE) {
            return digits;
        }
        int at = digits.length() - 1 - random.nextInt(8);
        char wrong = (char) ('0' + (digits.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
        return digits.substring(0, at) + wrong + digits.substring(at + 1);
    }

    /** An 11-digit mobile number as a victim writes it: "170 1234 5678", "17012345678", "+86 170-1234-5678". */
    static String rawPhone(String national, SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> national;
            case 1 -> national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
            case 2 -> "+86 " + national.substring(0, 3) + "-" + national.substring(3, 7) + "-" + national.substring(7);
            case 3 -> "+86" + national;
            default -> national.substring(0, 3) + "-" + national.substring(3, 7) + "-" + national.substring(7);
        };
    }

    /** A card number as a victim copies it from a transfer receipt: in groups of four, or as one run of digits. */
    static String rawCard(String digits, SplittableRandom random) {
        if (random.nextBoolean()) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder(digits.length() + 5);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /** A valid mobile number (national digits) in a range fraudsters use. */
    static String fraudMobile(SplittableRandom random) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            StringBuilder national =
                    new StringBuilder(11).append(FRAUD_PREFIXES[random.nextInt(FRAUD_PREFIXES.length)]);
            while (national.length() < 11) {
                national.append((char) ('0' + random.nextInt(10)));
            }
            PhoneNumber number = parseOrNull("+86" + national);
            if (number != null && number.category() == PhoneNumberCategory.MOBILE) {
                return national.toString();
            }
        }
        throw new IllegalStateException("no valid mobile number in 1,000 attempts");
    }

    /** A 19-digit debit card number with a real issuer prefix and a valid Luhn check digit. */
    static String card(SplittableRandom random) {
        StringBuilder card = new StringBuilder(19).append(CARD_BINS[random.nextInt(CARD_BINS.length)]);
        while (card.length() < 18) {
            card.append((char) ('0' + random.nextInt(10)));
        }
        for (char check = '0'; check <= '9'; check++) {
            String candidate = card.toString() + check;
            try {
                return BankCards.parse(candidate);
            } catch (InvalidIdentifierException notThisDigit) {
                // exactly one check digit passes
            }
        }
        throw new IllegalStateException("no Luhn check digit for " + card);
    }

    private static String letters(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static @Nullable PhoneNumber parseOrNull(String text) {
        try {
            return PhoneNumbers.parse(text);
        } catch (InvalidIdentifierException e) {
            return null;
        }
    }
}
