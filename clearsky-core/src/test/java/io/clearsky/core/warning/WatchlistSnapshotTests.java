package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.Route;
import io.clearsky.core.indicator.Verdict;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WatchlistSnapshotTests {

    @Test
    void aSnapshotReadsBackIntoTheSameVerdicts() throws IOException {
        StringBuilder out = new StringBuilder("# ClearSky watchlist\n");
        WatchlistSnapshot.writeLine(
                out,
                new Identifier(IndicatorKind.PHONE_NUMBER, Streams.GANG_NUMBER),
                Streams.state(IndicatorStatus.VERIFIED));
        WatchlistSnapshot.writeLine(
                out,
                new Identifier(IndicatorKind.PAYMENT_ACCOUNT, Streams.MULE),
                Streams.state(IndicatorStatus.SUSPECTED));
        WatchlistSnapshot.writeLine(
                out,
                new Identifier(IndicatorKind.BANK_CARD, "6222020000000000001"),
                Streams.state(IndicatorStatus.VERIFIED));

        Watchlist watchlist = new IndexWatchlist(WatchlistSnapshot.read(new StringReader(out.toString()), 16));

        long day = Streams.T0.toEpochMilli() / 86_400_000L;
        assertThat(watchlist.phone(Streams.GANG_NUMBER, Route.DOMESTIC, day).verdict())
                .isEqualTo(Verdict.FRAUD);
        assertThat(watchlist.account(Streams.MULE, day).verdict()).isEqualTo(Verdict.SUSPICIOUS);
        assertThat(watchlist.account("6222020000000000001", day).verdict()).isEqualTo(Verdict.FRAUD);
        assertThat(watchlist.phone(Streams.VICTIM, Route.DOMESTIC, day).verdict())
                .isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(
                        () -> WatchlistSnapshot.read(new StringReader("# x\nPHONE_NUMBER\t+86110\tnot-a-number\n"), 4))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> WatchlistSnapshot.read(new StringReader("FAX\t1\t1\n"), 4))
                .hasMessageContaining("line 1");
    }
}
