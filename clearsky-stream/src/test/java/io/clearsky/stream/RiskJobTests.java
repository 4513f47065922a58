package io.clearsky.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.warning.InvalidRulesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.PartitionTransformation;
import org.apache.flink.streaming.api.transformations.SideOutputTransformation;
import org.apache.flink.streaming.api.transformations.UnionTransformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskJobTests {

    @TempDir
    Path dir;

    private RiskJobSettings settings(String... more) throws IOException {
        Path watchlist = TestWorld.writeWatchlist(dir.resolve("watchlist.tsv"));
        String[] args = new String[4 + more.length];
        args[0] = "--bootstrap-servers";
        args[1] = "localhost:9092";
        args[2] = "--watchlist";
        args[3] = watchlist.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return RiskJobSettings.parse(args);
    }

    @Test
    void everyOperatorHasANameAndAStableKebabCaseUid() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        RiskJob.build(env, settings("--parallelism", "3"));

        Map<String, String> operators = new LinkedHashMap<>();
        for (Transformation<?> sink : env.getTransformations()) {
            for (Transformation<?> transformation : sink.getTransitivePredecessors()) {
                if (transformation instanceof PartitionTransformation
                        || transformation instanceof SideOutputTransformation
                        || transformation instanceof UnionTransformation) {
                    continue;
                }
                operators.put(transformation.getUid(), transformation.getName());
            }
        }

        assertThat(operators)
                .containsOnlyKeys(
                        "risk-events-source",
                        "read-events",
                        "event-time",
                        "route-events",
                        "risk-rules",
                        "decisions-sink",
                        "dead-letters-sink")
                .allSatisfy((uid, name) -> assertThat(name).isNotBlank().doesNotContain("Map", "Process"));
    }

    @Test
    void refusesToStartWithoutItsWatchlistOrWithRulesThatDoNotRead() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        RiskJobSettings settings = settings();
        RiskJobSettings missing = RiskJobSettings.parse(
                "--bootstrap-servers",
                "localhost:9092",
                "--watchlist",
                dir.resolve("none.tsv").toString());
        assertThatThrownBy(() -> RiskJob.build(env, missing)).hasMessageStartingWith("no watchlist snapshot at");

        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 2\nrules:\n  payee-listd: {}\n");
        RiskJobSettings misspelt = settings("--rules", rules.toString());
        assertThatThrownBy(() -> RiskJob.build(env, misspelt)).isInstanceOf(InvalidRulesException.class);
        assertThat(settings.rulesFile()).isNull();
    }
}
