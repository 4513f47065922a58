package io.clearsky.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.Identifiers;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.linkage.LinkKeys;
import io.clearsky.core.linkage.Linker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Links the noisy citizen reports of a simulated world and scores the clusters against the ground truth, pair by
 * pair ("same gang"). The floors are what was measured when the linkage was written (docs/benchmarks.md); a change
 * that links worse fails here.
 */
class LinkageQualityTests {

    // measured 2026-11-24 on WorldSettings.small(7): precision 0.917, recall 0.919 over 2,205 reports
    static final double PRECISION_FLOOR = 0.91;
    static final double RECALL_FLOOR = 0.91;

    @Test
    void linkingNoisyReportsFindsTheirGangs() {
        RecordingSink world = new RecordingSink();
        GroundTruth truth = new GroundTruth();
        new World(WorldSettings.small(7).withBackground(0.01, 0.01, 0.01))
                .generate(new SimulatorCommand.Tee(List.of(world, truth)));

        Map<String, Integer> dictionary = new HashMap<>();
        Linker linker = new Linker(50);
        List<String> ids = new ArrayList<>();
        int unreadable = 0;
        for (Report report : world.reports) {
            List<Integer> carried = new ArrayList<>();
            for (Report.Reported reported : report.identifiers()) {
                String key = linkKey(reported);
                if (key == null) {
                    unreadable++;
                    continue;
                }
                carried.add(dictionary.computeIfAbsent(key, k -> dictionary.size()));
            }
            linker.addReport(carried.stream().mapToInt(Integer::intValue).toArray());
            ids.add(report.id());
        }
        Map<String, String> clusters = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            clusters.put(ids.get(r), Integer.toString(linker.cluster(r)));
        }
        Score score = truth.scoreReportPairs(clusters);
        System.out.printf("linkage of %,d reports (%,d identifiers unreadable): %s%n", ids.size(), unreadable, score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(score.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /** What a raw identifier links by, through the same keys the cases module uses; null if unreadable. */
    static String linkKey(Report.Reported reported) {
        try {
            return LinkKeys.DEFAULT.of(Identifiers.parse(reported.kind(), reported.value()));
        } catch (InvalidIdentifierException e) {
            return null;
        }
    }
}
