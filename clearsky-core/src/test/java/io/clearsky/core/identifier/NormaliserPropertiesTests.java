package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of every normaliser over random and adversarial text: it answers a canonical value or throws its
 * documented exception ({@link InvalidIdentifierException}, {@link IllegalArgumentException} for region and area
 * codes), never anything else; what it accepts holds no control or bidirectional-override character and round-trips
 * (parsing the canonical value again gives the same value). Seeded ({@code -Dclearsky.fuzz.seed=...}, default 7),
 * so a failure reproduces; the failing input is printed escaped.
 */
class NormaliserPropertiesTests {

    private static final long SEED = Long.getLong("clearsky.fuzz.seed", 7);
    private static final int TRIES = 10_000;

    /** Well-formed inputs of each kind, to mutate into near misses. */
    private static final List<String> SEEDS = List.of(
            "+8613800138000",
            "0086 138-0013-8000",
            "13800138000",
            "0592-5551234",
            "+1 650 253 0000",
            "110",
            "95588",
            "https://Example.COM/pay?x=1#frag",
            "http://1.2.3.4:8080/a/../b",
            "例子.中国",
            "pay.example.com.",
            "alipay:user@example.com",
            "wechat：wxid_abc123",
            "支付宝:13800138000",
            "4111 1111 1111 1111",
            "6222020200112233445",
            "QQ:12345678",
            "telegram:@scam_support",
            "350200",
            "110101");

    /** Characters that break naive parsers. */
    private static final List<String> ODD = List.of(
            "\u0000", "\u202E", "\u202D", "\u2066", "\u200B", "\uFEFF", "\u00A0", "\u3000", "\uFF1A", "\uFF10",
            "\uFF19", "\u0660", "\u06F5", "\u0966", "😀", "𠜎", "\uD800", "\uDC00", "e\u0301", "\r\n", "\t", "%00",
            "%2F", "\\", "@", "#", "?", "//", "..", ":", "[", "]", "xn--", "-", ".", "+", "0", "9", " ", "İ", "ß", "Ⅻ",
            "①");

    private final Random random = new Random(SEED);

    @ParameterizedTest
    @EnumSource(IndicatorKind.class)
    void everyKindAnswersACanonicalValueOrItsOwnException(IndicatorKind kind) {
        for (String raw : inputs()) {
            Identifier identifier;
            try {
                identifier = Identifiers.parse(kind, raw);
            } catch (InvalidIdentifierException e) {
                assertThat(e.kind()).as(escaped(raw)).isEqualTo(kind);
                assertThat(e.reason()).as(escaped(raw)).isNotBlank();
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError(kind + " of " + escaped(raw) + " threw " + e, e);
            }
            assertClean(kind + " of " + escaped(raw), identifier.value());
            Identifier again = parseAgain(kind, identifier.value(), raw);
            assertThat(again).as(kind + " round trip of " + escaped(raw)).isEqualTo(identifier);
        }
    }

    @Test
    void phoneNumbersKeyAsTheyParse() {
        for (String raw : inputs()) {
            PhoneNumber number;
            try {
                number = PhoneNumbers.parse(raw);
            } catch (InvalidIdentifierException e) {
                assertThrowsOnly(() -> PhoneNumbers.parseToKey(raw), raw);
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("phone number " + escaped(raw) + " threw " + e, e);
            }
            assertThat(PhoneNumbers.parseToKey(raw)).as(escaped(raw)).isEqualTo(number.key());
            assertThat(PhoneNumber.e164OfKey(number.key())).as(escaped(raw)).isEqualTo(number.e164());
        }
    }

    @Test
    void urlsAndDomainsHaveHostsWhoseLookupsDoNotThrow() {
        for (String raw : inputs()) {
            for (Function<String, String> host :
                    List.<Function<String, String>>of(text -> Urls.parse(text).host(), Domains::parse)) {
                String parsed;
                try {
                    parsed = host.apply(raw);
                } catch (InvalidIdentifierException e) {
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError("host of " + escaped(raw) + " threw " + e, e);
                }
                try {
                    Domains.registrableDomain(parsed);
                    assertThat(Domains.lookupChain(parsed)).as(escaped(raw)).isNotNull();
                } catch (RuntimeException e) {
                    throw new AssertionError("lookups of host " + escaped(parsed) + " threw " + e, e);
                }
            }
        }
    }

    @Test
    void regionAndAreaCodesAnswerAValueOrIllegalArgument() {
        for (String raw : inputs()) {
            try {
                RegionCode code = RegionCode.parse(raw);
                assertClean("region " + escaped(raw), code.code());
                assertThat(RegionCode.parse(code.code())).isEqualTo(code);
                assertThat(code.covers(code)).isTrue();
                assertThat(code.province().covers(code)).isTrue();
                assertThat(code.city().covers(code)).isTrue();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as(escaped(raw)).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("region " + escaped(raw) + " threw " + e, e);
            }
            try {
                NormalizationContext context = NormalizationContext.withDefaultAreaCode(raw);
                assertThat(context.defaultAreaCode()).matches("[1-9][0-9]{1,2}");
                Identifiers.parse(IndicatorKind.PHONE_NUMBER, "5551234", context);
            } catch (IllegalArgumentException e) {
                // InvalidIdentifierException is one too: a number the area makes no valid landline of
            } catch (RuntimeException e) {
                throw new AssertionError("area code " + escaped(raw) + " threw " + e, e);
            }
        }
    }

    private Identifier parseAgain(IndicatorKind kind, String value, String raw) {
        try {
            return Identifiers.parse(kind, value);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    kind + ": the canonical " + escaped(value) + " of " + escaped(raw) + " is refused: " + e, e);
        }
    }

    private static void assertThrowsOnly(Runnable parse, String raw) {
        try {
            parse.run();
        } catch (InvalidIdentifierException expected) {
            return;
        } catch (RuntimeException e) {
            throw new AssertionError(escaped(raw) + " threw " + e, e);
        }
        throw new AssertionError(escaped(raw) + " parsed to a key but not to a number");
    }

    private static void assertClean(String what, String value) {
        assertThat(value).as(what).isNotBlank().isEqualTo(value.strip());
        value.codePoints()
                .forEach(c -> assertThat(Character.isISOControl(c)
                                || (c >= 0x202A && c <= 0x202E)
                                || (c >= 0x2066 && c <= 0x2069)
                                || c == 0x200B
                                || c == 0xFEFF
                                || Character.getType(c) == Character.SURROGATE)
                        .as(what + " holds U+%04X in %s", c, escaped(value))
                        .isFalse());
    }

    /** Seeds, seeds with odd characters put in, cut or repeated, random ASCII and random Unicode. */
    private List<String> inputs() {
        List<String> inputs = new ArrayList<>(SEEDS);
        inputs.addAll(ODD);
        List<Supplier<String>> generators = List.of(
                () -> mutate(pick(SEEDS)),
                () -> mutate(mutate(pick(SEEDS))),
                () -> pick(SEEDS) + pick(ODD),
                () -> pick(ODD) + pick(SEEDS),
                () -> randomAscii(1 + random.nextInt(40)),
                () -> randomUnicode(1 + random.nextInt(20)),
                () -> pick(SEEDS).repeat(1 + random.nextInt(200)),
                () -> digits(1 + random.nextInt(30)));
        for (int i = 0; i < TRIES; i++) {
            inputs.add(generators.get(random.nextInt(generators.size())).get());
        }
        return inputs;
    }

    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int at = s.isEmpty() ? 0 : random.nextInt(s.length());
        switch (random.nextInt(4)) {
            case 0 -> s.insert(at, pick(ODD));
            case 1 -> {
                if (!s.isEmpty()) {
                    s.deleteCharAt(at);
                }
            }
            case 2 -> {
                if (!s.isEmpty()) {
                    s.setCharAt(at, (char) random.nextInt(0x3000));
                }
            }
            default -> s.insert(at, digits(1 + random.nextInt(12)));
        }
        return s.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String digits(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private String randomAscii(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) random.nextInt(128));
        }
        return s.toString();
    }

    private String randomUnicode(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(random.nextInt(0x10FFFF + 1)); // lone surrogates included on purpose
        }
        return s.toString();
    }

    private static String escaped(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            s.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return s.append('"').toString();
    }
}
