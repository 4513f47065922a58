package io.clearsky.server.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.server.InvalidInputException;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void readsAmountsExactlyInTheCurrencysMinorUnit() {
        assertThat(Money.minor("amount", "120000", "CNY", false)).isEqualTo(12_000_000);
        assertThat(Money.minor("amount", " 0.10 ", "CNY", false)).isEqualTo(10);
        assertThat(Money.minor("amount", "1.50", "CNY", false)).isEqualTo(150);
        assertThat(Money.minor("amount", "300", "JPY", false)).isEqualTo(300);
        assertThat(Money.of(12_000_005, "CNY").amount()).isEqualTo("120000.05");
        assertThat(Money.of(300, "JPY").amount()).isEqualTo("300");
    }

    @Test
    void refusesWhatIsNotAnAmountNamingTheField() {
        for (String bad : new String[] {"abc", "-1", "0", "1.001", "1e30", ""}) {
            assertThatThrownBy(() -> Money.minor("transfers[2].amount", bad, "CNY", false))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("transfers[2].amount");
        }
        assertThat(Money.minor("balance", "0", "CNY", true)).isZero();
        assertThatThrownBy(() -> Money.minor("amount", "1.5", "JPY", false)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void currenciesAreIsoCodesWithCnyByDefault() {
        assertThat(Money.currency("currency", null)).isEqualTo("CNY");
        assertThat(Money.currency("currency", "usd")).isEqualTo("USD");
        assertThatThrownBy(() -> Money.currency("currency", "yuan")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.currency("currency", "XYZ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTransferStatusKnowsWhichStatusesCameBefore() {
        assertThat(TransferStatus.PENDING.precedes(TransferStatus.REVERSED)).isTrue();
        assertThat(TransferStatus.SUCCEEDED.precedes(TransferStatus.REVERSED)).isTrue();
        assertThat(TransferStatus.FAILED.precedes(TransferStatus.SUCCEEDED)).isFalse();
        assertThat(TransferStatus.REVERSED.precedes(TransferStatus.SUCCEEDED)).isFalse();
    }
}
