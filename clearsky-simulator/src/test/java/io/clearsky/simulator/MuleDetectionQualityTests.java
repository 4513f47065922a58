package io.clearsky.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.funds.MuleDetector;
import io.clearsky.core.funds.MuleFlag;
import io.clearsky.core.funds.MuleSettings;
import io.clearsky.simulator.TruthRecord.Entity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the mule detector over a simulated world's transfers (background life: acquaintances, shops, salaries; and
 * the gangs' victims' payments, forwards and cash withdrawals) and scores the flagged accounts against the gangs'
 * accounts in the ground truth, overall and by level. The floors are a little under what was measured when the
 * detector was written (docs/benchmarks.md); a change that detects worse fails here.
 */
class MuleDetectionQualityTests {

    // measured 2026-11-29 on WorldSettings.small(7), default MuleSettings: precision 0.986, recall 0.724 (level 1:
    // 0.954, level 2: 1.000, level 3: 0.000 — its cash withdrawals come hours later); see docs/benchmarks.md
    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.70;
    static final double LEVEL1_RECALL_FLOOR = 0.93;

    @Test
    void flaggedAccountsAreTheGangsPassThroughAccounts() {
        TransfersAndTruth world = new TransfersAndTruth();
        new World(WorldSettings.small(7).withBackground(0.01, 0.01, 0.3)).generate(world);

        io.clearsky.core.funds.TransferGraph.Builder builder = io.clearsky.core.funds.TransferGraph.builder();
        for (Transfer t : world.transfers) {
            builder.add(t.id(), t.from(), t.to(), t.time().toEpochMilli(), t.amountFen());
        }
        var graph = builder.build();
        Map<Integer, double[]> byLevel = new HashMap<>();
        Score overall = score(world, graph, MuleSettings.DEFAULT, byLevel);
        // not asserted: how far a longer delay reaches into the third level (cash withdrawals 1 to 6 hours later)
        score(
                world,
                graph,
                MuleSettings.DEFAULT.withMaxDelay(java.time.Duration.ofHours(6)).withMinForwardedShare(0.3),
                new HashMap<>());

        assertThat(overall.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(overall.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(byLevel.get(1)[0]).isGreaterThanOrEqualTo(LEVEL1_RECALL_FLOOR);
    }

    /** Detects with these settings, prints the figures, and returns the overall score (recall by level in byLevel). */
    private static Score score(
            TransfersAndTruth world,
            io.clearsky.core.funds.TransferGraph graph,
            MuleSettings settings,
            Map<Integer, double[]> byLevel) {
        long started = System.nanoTime();
        List<MuleFlag> flags = MuleDetector.detect(graph, settings);
        long millis = (System.nanoTime() - started) / 1_000_000;

        Set<String> flagged = new HashSet<>();
        flags.forEach(f -> flagged.add(f.account()));
        Score payment = world.truth.score(
                Entity.PAYMENT_ACCOUNT,
                flagged.stream().filter(a -> a.startsWith("alipay:")).toList());
        Score card = world.truth.score(
                Entity.BANK_CARD,
                flagged.stream().filter(a -> !a.startsWith("alipay:")).toList());
        Score overall = new Score(
                payment.truePositives() + card.truePositives(),
                payment.falsePositives() + card.falsePositives(),
                payment.falseNegatives() + card.falseNegatives());
        Set<String> active = new HashSet<>();
        world.transfers.forEach(t -> active.add(t.to()));
        System.out.printf(
                Locale.ROOT,
                "mule detection over %,d transfers and %,d accounts in %,d ms, %s: %,d flagged%n",
                graph.transfers(),
                graph.accounts(),
                millis,
                settings,
                flags.size());
        System.out.printf(Locale.ROOT, "  gang accounts (payment accounts and bank cards): %s%n", overall);
        System.out.printf(Locale.ROOT, "  payment accounts: %s%n  bank cards: %s%n", payment, card);
        for (int level = 1; level <= 3; level++) {
            Set<String> accounts = world.levels.getOrDefault(level, Set.of());
            long hit = accounts.stream().filter(flagged::contains).count();
            long received = accounts.stream().filter(active::contains).count();
            long hitReceived = accounts.stream()
                    .filter(a -> active.contains(a) && flagged.contains(a))
                    .count();
            byLevel.put(level, new double[] {(double) hit / accounts.size(), (double) hitReceived / received});
            System.out.printf(
                    Locale.ROOT,
                    "  level %d: recall %.3f (%,d of %,d); of those that received money %.3f (%,d of %,d)%n",
                    level,
                    (double) hit / accounts.size(),
                    hit,
                    accounts.size(),
                    (double) hitReceived / received,
                    hitReceived,
                    received);
        }
        return overall;
    }

    /** Keeps a world's transfers, its ground truth and the level of each gang account. */
    static final class TransfersAndTruth implements WorldSink {

        final List<Transfer> transfers = new java.util.ArrayList<>();
        final GroundTruth truth = new GroundTruth();
        final Map<Integer, Set<String>> levels = new HashMap<>();

        @Override
        public void transfer(Transfer transfer) {
            transfers.add(transfer);
        }

        @Override
        public void truth(TruthRecord record) {
            truth.truth(record);
            if (record.entity() == Entity.PAYMENT_ACCOUNT || record.entity() == Entity.BANK_CARD) {
                int level = Integer.parseInt(record.detail().substring("level=".length()));
                levels.computeIfAbsent(level, l -> new HashSet<>()).add(record.id());
            }
        }
    }
}
