package io.clearsky.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.clearsky.simulator.TruthRecord.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthTests {

    @Test
    void scoresFlaggedEntitiesAgainstTheTruth() {
        GroundTruth truth = new GroundTruth();
        for (String number : List.of("+8613800000001", "+8613800000002", "+8613800000003", "+8613800000004")) {
            truth.truth(new TruthRecord(Entity.PHONE_NUMBER, number, 1, null, ""));
        }
        Score score = truth.score(
                Entity.PHONE_NUMBER, List.of("+8613800000001", "+8613800000002", "+8613800000002", "+8613999999999"));
        assertThat(score).isEqualTo(new Score(2, 1, 2));
        assertThat(score.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score.f1()).isCloseTo(4 / 7.0, within(1e-9));
    }

    @Test
    void scoresAGroupingOfReportsPairByPair() {
        GroundTruth truth = new GroundTruth();
        // gang 1: a, b, c; gang 2: d, e
        Map.of("a", 1, "b", 1, "c", 1, "d", 2, "e", 2)
                .forEach((id, gang) -> truth.truth(new TruthRecord(Entity.REPORT, id, gang, null, "")));
        // clusters {a,b} {c,d,e}: pairs predicted ab, cd, ce, de; true ab, ac, bc, de
        Score score = truth.scoreReportPairs(Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y"));
        assertThat(score).isEqualTo(new Score(2, 2, 2));
        assertThat(truth.scoreReportPairs(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2")))
                .isEqualTo(new Score(4, 0, 0));
        assertThatThrownBy(() -> truth.scoreReportPairs(Map.of("zz", "1"))).hasMessageContaining("zz");
    }

    @Test
    void readsTheTruthThatWorldFilesWrote(@TempDir Path dir) throws Exception {
        WorldSettings settings = WorldSettings.small(3).withDays(2).withSubscribers(1_000);
        GroundTruth collected = new GroundTruth();
        try (WorldFiles files = new WorldFiles(dir)) {
            new World(settings).generate(new SimulatorCommand.Tee(List.of(files, collected)));
        }
        GroundTruth read = GroundTruth.read(dir.resolve("truth/ground-truth.csv"));
        for (Entity entity : Entity.values()) {
            assertThat(read.ids(entity)).as(entity.name()).isEqualTo(collected.ids(entity));
        }
        assertThat(read.ids(Entity.PHONE_NUMBER)).isNotEmpty();
        assertThat(Files.readAllLines(dir.resolve("subscribers.csv"))).hasSize(1_001);
        assertThat(Files.list(dir.resolve("police-lists"))).isNotEmpty();
        assertThat(Files.readString(dir.resolve("reports.jsonl"))).contains("\"identifiers\"");
    }
}
