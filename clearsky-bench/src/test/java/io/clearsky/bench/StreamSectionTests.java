package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSectionTests {

    private static final String FILE = "generated 2,000,000 events in 4.1 s\n"
            + "source file, parallelism 2: 2,000,000 events, 64,788 decisions in 19.4 s: 103,000 events/s\n"
            + "stream-line file 2 2000000 64788 19.417 103000 64788 412000 98000\n";

    @Test
    void theDriversLineBecomesTheJobsRowBesideTheEmbeddedEngine() {
        List<String> notes = new ArrayList<>();
        Row row = StreamSection.row(StreamSection.Plan.of(Size.FULL), FILE, notes::add);

        assertThat(row.figure().name())
                .isEqualTo("Flink job on a local MiniCluster, fed from a file (no Kafka), parallelism 2, 2,000,000"
                        + " events, events/s");
        assertThat(row.measuredText()).isEqualTo("103,000/s");
        assertThat(row.targetText()).isEqualTo("—");
        assertThat(row.peersText())
                .isEqualTo(
                        "embedded engine, 1 thread: 412,000/s; embedded engine reading the JSON, 1 thread: 98,000/s");
        assertThat(row.ratiosText())
                .isEqualTo("0.25× embedded engine, 1 thread, 1.05× embedded engine reading the JSON, 1 thread");
        assertThat(row.verdict(Size.FULL)).isEqualTo(Verdict.NO_TARGET);
        assertThat(notes).singleElement().asString().contains("64,788 decisions", "19.4 s", ", the same");
    }

    @Test
    void theKafkaRunIsItsOwnRowAndDifferingDecisionsAreNoted() {
        List<String> notes = new ArrayList<>();
        Row row = StreamSection.row(
                StreamSection.Plan.of(Size.QUICK),
                "stream-line kafka 2 500000 16000 8.000 62500 16001 400000 95000\n",
                notes::add);

        assertThat(row.figure().name()).contains("Kafka in and out", "500,000 events");
        assertThat(row.measuredText()).isEqualTo("62,500/s");
        assertThat(notes).singleElement().asString().contains("NOT the same number");
    }

    @Test
    void withoutTheStreamModuleBuiltTheSectionSaysHowToBuildIt(@TempDir Path target) throws Exception {
        assertThat(StreamSection.missing(target))
                .hasValueSatisfying(why -> assertThat(why).contains("throughput-classpath.txt", "package"));

        Files.writeString(target.resolve(StreamSection.CLASSPATH_FILE), "/m2/flink.jar:/m2/kafka.jar\n");
        Files.createDirectories(target.resolve("classes"));
        Path driver = target.resolve("test-classes/io/clearsky/stream/StreamThroughput.class");
        Files.createDirectories(driver.getParent());
        Files.writeString(driver, "");

        assertThat(StreamSection.missing(target)).isEmpty();
        assertThat(StreamSection.classpath(target))
                .isEqualTo(String.join(
                        File.pathSeparator,
                        target.resolve("test-classes").toString(),
                        target.resolve("classes").toString(),
                        "/m2/flink.jar:/m2/kafka.jar"));
    }

    @Test
    void skippedRowsAreBothSourcesAtTheSize() {
        assertThat(new StreamSection().skipped(Size.QUICK, "boom"))
                .extracting(row -> row.figure().name())
                .satisfiesExactly(
                        name -> assertThat(name).contains("from a file", "500,000 events"),
                        name -> assertThat(name).contains("Kafka", "500,000 events"));
    }
}
