package io.clearsky.core.funds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerTests {

    @Test
    void aShareOfHugeAmountsDoesNotOverflow() {
        long tenBillionYuan = 1_000_000_000_000L;
        assertThat(Ledger.share(tenBillionYuan, tenBillionYuan / 3, tenBillionYuan))
                .isEqualTo(tenBillionYuan / 3);
        assertThat(Ledger.share(7, 1, 2)).isEqualTo(3);
    }

    @Test
    void fifoTakesAPartOfAMixedLotInItsTracedShare() {
        Ledger ledger = Ledger.of(Apportionment.FIFO);
        ledger.in(1_000, 250);

        assertThat(ledger.out(400)).isEqualTo(100);
        assertThat(ledger.traced()).isEqualTo(150);
        assertThat(ledger.out(10_000)).isEqualTo(150);
        assertThat(ledger.traced()).isZero();
    }

    @Test
    void fifoKeepsItsOrderAcrossManyLots() {
        Ledger ledger = Ledger.of(Apportionment.FIFO);
        for (int i = 0; i < 1_000; i++) {
            ledger.in(10, i % 2 == 0 ? 10 : 0); // alternating traced and clean lots, none merged
            if (i % 3 == 0) {
                ledger.out(5);
            }
        }
        long before = ledger.traced();
        long out = ledger.out(1_000_000);

        assertThat(out).isEqualTo(before);
        assertThat(ledger.traced()).isZero();
    }

    @Test
    void proportionalTakesTheBalancesTracedShare() {
        Ledger ledger = Ledger.of(Apportionment.PROPORTIONAL);
        ledger.in(300, 0);
        ledger.in(100, 100);

        assertThat(ledger.out(200)).isEqualTo(50);
        assertThat(ledger.traced()).isEqualTo(50);
        assertThat(ledger.out(500)).isEqualTo(50);
    }
}
