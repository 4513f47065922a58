package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarningSectionTests {

    private static final String LOAD = "preloaded …\n"
            + "warning-line 11999998 10000000 412345 215000 1200000 8400000 31000000 300030 2018 100000 3000 900000"
            + " 4000000\n";

    @Test
    void theDriversLineBecomesTheThroughputAndLatencyRowsAgainstTheirTargets() {
        List<String> notes = new ArrayList<>();
        List<Row> rows = WarningSection.loadRows(WarningSection.Plan.of(Size.FULL), LOAD, notes::add);

        assertThat(rows)
                .extracting(row -> row.figure().name())
                .containsExactly(
                        "risk engine, 2 threads, state for 10 M subscribers, events/s",
                        "event-to-decision latency at 300,000 events/s, 10 M subscribers, p50",
                        "event-to-decision latency at 300,000 events/s, 10 M subscribers, p99",
                        "event-to-decision latency at 300,000 events/s, 10 M subscribers, p99.9",
                        "event-to-decision latency at 100,000 events/s, 10 M subscribers, p99");
        assertThat(rows).extracting(Row::targetText).containsExactly("≥ 300,000/s", "—", "< 10 ms", "—", "—");
        assertThat(rows)
                .extracting(Row::measuredText)
                .containsExactly("412,345/s", "1.20 ms", "8.40 ms", "31.00 ms", "0.90 ms");
        assertThat(rows.get(0).ratiosText()).isEqualTo("1.92×");
        assertThat(rows.get(0).verdict(Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(rows.get(2).verdict(Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(notes).singleElement().asString().contains("11,999,998 keys", "2018 MiB", "-Xmx6g");
    }

    @Test
    void aSlowEngineMissesBothTargets() {
        String slow = "warning-line 1 10000000 197435 154664 19046702757 38885714217 39081062088 300030 2018 100000 1"
                + " 2 3\n";
        List<Row> rows = WarningSection.loadRows(WarningSection.Plan.of(Size.FULL), slow, note -> {});

        assertThat(rows.get(0).verdict(Size.FULL)).isEqualTo(Verdict.MISSED);
        assertThat(rows.get(2).verdict(Size.FULL)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void jmhScoresBecomeOneRowPerEventTypeForProcessingAndForReading() {
        Map<String, Jmh.Score> process = new HashMap<>();
        for (String type : WarningSection.TYPES.keySet()) {
            process.put(type + " subscribers=1000000", new Jmh.Score(500_000, 10_000));
        }
        process.put("makeMix subscribers=1000000", new Jmh.Score(5_000_000, 10_000));
        Map<String, Jmh.Score> parse = new HashMap<>();
        parse.put("call", new Jmh.Score(900_000, 10_000));
        List<String> notes = new ArrayList<>();

        List<Row> rows = WarningSection.jmhRows(WarningSection.Plan.of(Size.QUICK), process, parse, notes::add);

        assertThat(rows).hasSize(11);
        assertThat(rows.get(0).figure().name()).isEqualTo("RiskEngine.process, one thread, 1 M subscribers: call");
        assertThat(rows.get(6).measuredText()).isEqualTo("900,000 ± 10,000/s");
        assertThat(rows.get(7).measuredText()).startsWith("skipped: JMH gave no score");
        assertThat(notes).singleElement().asString().contains("5,000,000 events/s");
    }

    @Test
    void skippedRowsAreTheRowsOfTheSize() {
        assertThat(new WarningSection().skipped(Size.QUICK, "boom"))
                .hasSize(16)
                .first()
                .satisfies(row -> assertThat(row.figure().name()).contains("state for 1 M subscribers"));
    }
}
