package io.clearsky.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstitutionTests {

    @Test
    void everyAccountAWorldMovesMoneyBetweenHasAnInstitutionAndCashIsNone() {
        RecordingSink world = new RecordingSink();
        new World(WorldSettings.demo(3, LocalDate.of(2026, 11, 24))
                        .withSubscribers(1_000)
                        .withDays(5))
                .generate(world);
        Set<String> holders = new HashSet<>();
        int cash = 0;
        for (Transfer transfer : world.transfers) {
            holders.add(Institution.of(transfer.from()).code());
            if (Institution.isCash(transfer.to())) {
                cash++;
            } else {
                holders.add(Institution.of(transfer.to()).code());
            }
        }
        assertThat(cash).isPositive();
        assertThat(Institution.all()).extracting(Institution::code).containsAll(holders);
        assertThat(holders).contains("alipay", "icbc", "ccb", "cmb");
    }

    @Test
    void aPaymentAccountIsNumberedWithoutItsPlatformAndACardByItsBin() {
        assertThat(Institution.of("alipay:2088000000013579")).isEqualTo(Institution.PAYMENT_PLATFORM);
        assertThat(Institution.number("alipay:2088000000013579")).isEqualTo("2088000000013579");
        String card = Banks.card(2);
        assertThat(Institution.of(card).code()).isEqualTo("ccb");
        assertThat(Institution.number(card)).isEqualTo(card);
        assertThat(Institution.all()).extracting(Institution::code).doesNotHaveDuplicates();
        assertThatThrownBy(() -> Institution.of("cash:350200")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Institution.of("6200000000000000")).isInstanceOf(IllegalArgumentException.class);
    }
}
