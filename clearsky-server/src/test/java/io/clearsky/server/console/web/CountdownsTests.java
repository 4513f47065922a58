package io.clearsky.server.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.funds.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class CountdownsTests {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/console-money");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void theTimeLeftIsWholeMinutesRoundedDownInDaysFromTwoDaysOnElseHoursOrMinutes() {
        Countdowns zh = new Countdowns(messages(), Locale.SIMPLIFIED_CHINESE, NOW);
        assertThat(zh.text(NOW.plus(Duration.ofHours(3).plusMinutes(12).plusSeconds(59))))
                .isEqualTo("还剩 3 小时 12 分");
        assertThat(zh.text(NOW.plus(Duration.ofDays(180)).minusSeconds(30))).isEqualTo("还剩 179 天 23 小时");
        assertThat(zh.text(NOW.plusSeconds(59))).isEqualTo("还剩 0 分");
        assertThat(zh.text(NOW.plus(Duration.ofDays(2)))).isEqualTo("还剩 2 天 0 小时");
        assertThat(zh.over(NOW.plusSeconds(59))).isFalse();
        Countdowns en = new Countdowns(messages(), Locale.ENGLISH, NOW);
        assertThat(en.text(NOW.plus(Duration.ofHours(47).plusMinutes(59)))).isEqualTo("47 h 59 min left");
    }

    @Test
    void aPassedDeadlineIsOverdueByAtLeastAMinute() {
        Countdowns zh = new Countdowns(messages(), Locale.SIMPLIFIED_CHINESE, NOW);
        assertThat(zh.over(NOW)).isTrue();
        assertThat(zh.text(NOW)).isEqualTo("已超期 1 分");
        assertThat(zh.text(NOW.minus(Duration.ofMinutes(75)))).isEqualTo("已超期 1 小时 15 分");
        assertThat(new Countdowns(messages(), Locale.ENGLISH, NOW).text(NOW.minus(Duration.ofDays(2))))
                .isEqualTo("Overdue by 2 d 0 h");
        assertThat(zh.text(NOW.minus(Duration.ofHours(30)))).isEqualTo("已超期 30 小时 0 分");
        assertThat(zh.text(null)).isEqualTo("—");
    }

    @Test
    void amountsAreGroupedWithTwoDecimalsAndLevelsNamed() {
        MoneyText zh = new MoneyText(messages(), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.money(Money.of(12_000_000L, "CNY"))).isEqualTo("¥120,000.00");
        assertThat(zh.money(Money.of(3_714_285L, "USD"))).isEqualTo("37,142.85 USD");
        assertThat(zh.money(null)).isEqualTo("—");
        assertThat(zh.level(0)).isEqualTo("受害人账户");
        assertThat(zh.level(2)).isEqualTo("二级账户");
        assertThat(zh.level(5)).isEqualTo("第 5 级账户");
        assertThat(new MoneyText(messages(), Locale.ENGLISH).level(1)).isEqualTo("1st-level account");
    }
}
