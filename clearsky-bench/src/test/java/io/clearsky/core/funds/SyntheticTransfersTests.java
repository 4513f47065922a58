package io.clearsky.core.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticTransfersTests {

    private static final int COUNT = 200_000;
    private static final SyntheticTransfers DATA = SyntheticTransfers.of(COUNT, 7);

    @Test
    void theSameSeedGivesTheSameTransfers() {
        assertThat(digest(SyntheticTransfers.of(COUNT, 7))).isEqualTo(digest(DATA));
        assertThat(digest(SyntheticTransfers.of(COUNT, 8))).isNotEqualTo(digest(DATA));
        assertThat(DATA.victimPayments(50))
                .isEqualTo(SyntheticTransfers.of(COUNT, 7).victimPayments(50));
    }

    @Test
    void transfersComeNumberedInTimeOrderBetweenKnownAccountsOverTheMonth() {
        long[] last = {0, Long.MIN_VALUE, 0};
        DATA.forEach((ref, from, to, epochMillis, amountFen) -> {
            assertThat(ref).isEqualTo(last[0] + 1);
            assertThat(epochMillis).isGreaterThanOrEqualTo(last[1]);
            assertThat(amountFen).isPositive();
            assertThat(from).isBetween(0, DATA.accounts() - 1).isNotEqualTo(to);
            assertThat(to).isBetween(0, DATA.accounts() - 1);
            last[0] = ref;
            last[1] = epochMillis;
        });
        assertThat(last[0]).isEqualTo(COUNT);
        long days = (last[1] - SyntheticTransfers.START_MILLIS) / SyntheticTransfers.DAY;
        assertThat(days).isBetween(25L, 30L);
        assertThat(DATA.accounts()).isEqualTo(20_000);
        assertThat(SyntheticTransfers.name(123_456)).isEqualTo("acct:123456");
    }

    @Test
    void merchantsTakeVeryManyPaymentsAndNightsAreQuiet() {
        Map<Integer, Integer> received = new HashMap<>();
        int[] byHour = new int[24];
        DATA.forEach((ref, from, to, epochMillis, amountFen) -> {
            received.merge(to, 1, Integer::sum);
            byHour[(int) ((epochMillis - SyntheticTransfers.START_MILLIS) / SyntheticTransfers.HOUR % 24)]++;
        });
        assertThat(received.get(0)).isGreaterThan(COUNT / 200);
        assertThat(byHour[20]).isGreaterThan(10 * byHour[4]);
    }

    @Test
    void victimsPaymentsSetOffChainsThreeLevelsDeep() {
        TransferGraph.Builder builder = TransferGraph.builder();
        DATA.forEach((ref, from, to, epochMillis, amountFen) ->
                builder.add(ref, SyntheticTransfers.name(from), SyntheticTransfers.name(to), epochMillis, amountFen));
        TransferGraph graph = builder.build();
        long[] seeds = DATA.victimPayments(40);

        assertThat(seeds).isSorted().doesNotHaveDuplicates();
        int deep = 0;
        int quick = 0;
        for (long seed : seeds) {
            Trace trace = FundTracer.fromTransfer(graph, seed, TraceSettings.DEFAULT.withMaxDepth(3));
            if (trace.depth() == 3) {
                deep++;
            }
            // the level-1 mule forwards within minutes (unless, first in first out, its own money goes first)
            Trace.Transfer victim = trace.transfers().get(0);
            assertThat(victim.reference()).isEqualTo(seed);
            if (trace.transfers().stream()
                    .anyMatch(t -> t.from().equals(victim.to())
                            && t.epochMillis() - victim.epochMillis() < 20 * SyntheticTransfers.MINUTE)) {
                quick++;
            }
        }
        assertThat(deep).isGreaterThan(30);
        assertThat(quick).isGreaterThan(30);
        long end = SyntheticTransfers.START_MILLIS
                + (long) (SyntheticTransfers.SEEDS_WITHIN * SyntheticTransfers.DAYS * SyntheticTransfers.DAY);
        int last = graph.transferByReference(seeds[seeds.length - 1]).orElseThrow();
        int first = graph.transferByReference(seeds[0]).orElseThrow();
        assertThat(graph.time(last)).isLessThanOrEqualTo(end);
        assertThat(graph.time(first)).isLessThan(SyntheticTransfers.START_MILLIS + 2 * SyntheticTransfers.DAY);
    }

    @Test
    void askingForMoreVictimsThanThereAreFails() {
        assertThatThrownBy(() -> SyntheticTransfers.of(10_000, 1).victimPayments(1_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("victims' payments");
    }

    private static long digest(SyntheticTransfers data) {
        long[] hash = {17};
        data.forEach((ref, from, to, epochMillis, amountFen) ->
                hash[0] = Arrays.hashCode(new long[] {hash[0], ref, from, to, epochMillis, amountFen}));
        return hash[0];
    }
}
