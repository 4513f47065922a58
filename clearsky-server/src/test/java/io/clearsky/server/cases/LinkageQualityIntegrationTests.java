package io.clearsky.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearsky.server.NotFoundException;
import io.clearsky.server.TempDirs;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.NewAgency;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.demo.DemoLoader;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.simulator.GroundTruth;
import io.clearsky.simulator.Report;
import io.clearsky.simulator.Score;
import io.clearsky.simulator.TruthRecord;
import io.clearsky.simulator.World;
import io.clearsky.simulator.WorldSettings;
import io.clearsky.simulator.WorldSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The linkage as the server runs it, scored against the simulator's ground truth: a small world's noisy citizen
 * reports go in through the partner batch intake, and each pair of reports is judged "same gang" or not by the
 * clusters the cases module made. The floors are what was measured when this was written (docs/benchmarks.md).
 */
@SpringBootTest(properties = "clearsky.reports.per-reporter-per-day=1000")
class LinkageQualityIntegrationTests {

    // measured 2026-11-24 on WorldSettings.small(7) with 1% background: see docs/benchmarks.md
    static final double PRECISION_FLOOR = 0.91;
    static final double RECALL_FLOOR = 0.91;

    private static final Path DATA = TempDirs.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @Autowired
    ReportManagement reports;

    @Autowired
    LinkageManagement linkage;

    @Autowired
    AgencyManagement agencies;

    @Test
    void theServersClustersFindTheGangsBehindNoisyReports() {
        List<Report> simulated = new ArrayList<>();
        GroundTruth truth = new GroundTruth();
        new World(WorldSettings.small(7).withBackground(0.01, 0.01, 0.01)).generate(new WorldSink() {
            @Override
            public void report(Report report) {
                simulated.add(report);
            }

            @Override
            public void truth(TruthRecord record) {
                truth.truth(record);
            }
        });
        Caller admin = new Caller("quality", Role.ADMIN, null);
        long app = agencies.register(
                        new NewAgency(
                                "quality-app",
                                AgencyKind.PARTNER,
                                "测试应用",
                                "Test app",
                                null,
                                null,
                                null,
                                io.clearsky.server.agencies.PartnerKind.SECURITY_APP),
                        admin)
                .id();
        Caller partner = new Caller("quality-app", Role.PARTNER, app);

        Map<Long, String> simulatedIdOf = new HashMap<>();
        for (int from = 0; from < simulated.size(); from += 500) {
            List<Report> batch = simulated.subList(from, Math.min(simulated.size(), from + 500));
            ReportManagement.BatchResult result =
                    reports.fileBatch(batch.stream().map(DemoLoader::form).toList(), partner);
            assertThat(result.rejected()).isZero();
            for (int i = 0; i < batch.size(); i++) {
                simulatedIdOf.put(
                        result.items().get(i).receipt().reportId(), batch.get(i).id());
            }
        }

        Map<String, String> clusters = new HashMap<>();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (Map.Entry<Long, String> report : simulatedIdOf.entrySet()) {
                        if (clusters.containsKey(report.getValue())) {
                            continue;
                        }
                        try {
                            clusters.put(report.getValue(), Long.toString(linkage.clusterName(report.getKey())));
                        } catch (NotFoundException notLinkedYet) {
                            return false;
                        }
                    }
                    return true;
                });
        Score score = truth.scoreReportPairs(clusters);
        System.out.printf("server linkage of %,d simulated reports: %s%n", clusters.size(), score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(score.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }
}
