package io.clearsky.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimesTests {

    @Test
    void readsTheCommonShapes() {
        assertThat(IsoTimes.instant("2026-11-29T08:00:00+08:00")).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(IsoTimes.instant("2026-11-29T00:00:00.250Z")).isEqualTo(Instant.parse("2026-11-29T00:00:00.250Z"));
        assertThat(IsoTimes.instant("2024-02-29T23:59:59.123456789-05:30"))
                .isEqualTo(Instant.parse("2024-03-01T05:29:59.123456789Z"));
        assertThat(IsoTimes.instant("1969-12-31T23:59:59.9Z")).isEqualTo(Instant.parse("1969-12-31T23:59:59.900Z"));
    }

    @Test
    void leavesTheRarerValidShapesToTheJdk() {
        assertThat(IsoTimes.instant("2026-11-29T08:00+08:00")).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(IsoTimes.instant("2026-11-29t08:00:00z")).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(IsoTimes.instant("2026-11-29T08:00:00+08:00:30")).isEqualTo(Instant.parse("2026-11-28T23:59:30Z"));
        // a decimal point without digits is the JDK's to allow
        assertThat(IsoTimes.instant("2026-11-29T08:00:00.Z")).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
    }

    @Test
    void refusesWhatTheJdkRefuses() {
        for (String bad : new String[] {
            "2026-02-29T08:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-29T24:00:00Z",
            "2026-11-29T08:60:00Z",
            "2026-11-29T08:00:60Z",
            "2026-11-29T08:00:00",
            "2026-11-29T08:00:00+19:00",
            "2026-11-29T08:00:00+18:01",
            "2026-11-29T08:00:00.1234567890Z",
            "2026-11-29 08:00:00Z",
            "2026-1-29T08:00:00Z",
            "2026-11-29T08:00:00+0800",
            "tomorrow",
            "",
            "2026-11-29T08:00:00+08:0x",
            "2026-11-29T08:00:00\u0660Z"
        }) {
            assertThatThrownBy(() -> OffsetDateTime.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> IsoTimes.instant(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void answersWhatTheJdkAnswersForRandomTexts() {
        Random random = new Random(20261129);
        String alphabet = "0123456789-:T.Z+z ";
        for (int i = 0; i < 200_000; i++) {
            char[] text = random(random).toCharArray();
            // mutate a character now and then, so that near misses of the shape are tried too
            if (random.nextInt(3) == 0) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(text);
            Instant expected;
            try {
                expected = OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeException e) {
                expected = null;
            }
            if (expected == null) {
                assertThatThrownBy(() -> IsoTimes.instant(s)).as(s).isInstanceOf(DateTimeException.class);
            } else {
                assertThat(IsoTimes.instant(s)).as(s).isEqualTo(expected);
            }
        }
    }

    private static String random(Random random) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                "%04d-%02d-%02dT%02d:%02d",
                random.nextInt(10_000),
                random.nextInt(14),
                random.nextInt(33),
                random.nextInt(25),
                random.nextInt(61)));
        if (random.nextInt(10) > 0) {
            s.append(String.format(":%02d", random.nextInt(61)));
            if (random.nextBoolean()) {
                s.append('.');
                int digits = random.nextInt(11);
                for (int d = 0; d < digits; d++) {
                    s.append((char) ('0' + random.nextInt(10)));
                }
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> s.append('Z');
            case 1 ->
                s.append(String.format(
                        "%c%02d:%02d", random.nextBoolean() ? '+' : '-', random.nextInt(20), random.nextInt(61)));
            case 2 ->
                s.append(String.format(
                        "%c%02d:%02d:%02d",
                        random.nextBoolean() ? '+' : '-', random.nextInt(19), random.nextInt(60), random.nextInt(60)));
            default -> {}
        }
        return s.toString();
    }
}
