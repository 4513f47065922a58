package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableOptionsTests {

    private static final List<String> SECTIONS = List.of("lookup", "normalise", "footprint", "http");

    @Test
    void runsEverySectionAtTheGivenSizeByDefault() {
        TableOptions options = TableOptions.parse(SECTIONS, "--size", "quick");

        assertThat(options.size()).isEqualTo(Size.QUICK);
        assertThat(SECTIONS).allMatch(options::runs);
        assertThat(options.out()).isNull();
        assertThat(options.serverJar()).isEqualTo(TableOptions.DEFAULT_SERVER_JAR);
        assertThat(options.streamTarget()).isEqualTo(TableOptions.DEFAULT_STREAM_TARGET);
    }

    @Test
    void readsOnlyOutServerJarAndStreamTarget() {
        TableOptions options = TableOptions.parse(
                SECTIONS,
                "--size",
                "full",
                "--only",
                "lookup, http",
                "--out",
                "target/table.md",
                "--server-jar",
                "server.jar",
                "--stream-target",
                "elsewhere/target");

        assertThat(options.size()).isEqualTo(Size.FULL);
        assertThat(options.sections()).containsExactlyInAnyOrder("lookup", "http");
        assertThat(options.runs("footprint")).isFalse();
        assertThat(options.out()).isEqualTo(Path.of("target/table.md"));
        assertThat(options.serverJar()).isEqualTo(Path.of("server.jar"));
        assertThat(options.streamTarget()).isEqualTo(Path.of("elsewhere/target"));
    }

    @Test
    void requiresTheSize() {
        assertThatThrownBy(() -> TableOptions.parse(SECTIONS)).hasMessage("--size is required: quick or full");
        assertThatThrownBy(() -> TableOptions.parse(SECTIONS, "--only", "lookup"))
                .hasMessageContaining("--size is required");
    }

    @Test
    void refusesABadSizeAnUnknownSectionOrOptionAndAMissingValue() {
        assertThatThrownBy(() -> TableOptions.parse(SECTIONS, "--size", "medium"))
                .hasMessage("--size is quick or full, got 'medium'");
        assertThatThrownBy(() -> TableOptions.parse(SECTIONS, "--size", "quick", "--only", "lookup,jdbc"))
                .hasMessage("--only takes lookup, normalise, footprint, http; got 'jdbc'");
        assertThatThrownBy(() -> TableOptions.parse(SECTIONS, "--size", "quick", "--duration", "30s"))
                .hasMessage("unknown option --duration");
        assertThatThrownBy(() -> TableOptions.parse(SECTIONS, "--size"))
                .hasMessage("expected --name value, got '--size'");
        assertThatThrownBy(() -> TableOptions.parse(SECTIONS, "quick")).hasMessageContaining("'quick'");
    }

    @Test
    void usageNamesTheSections() {
        assertThat(TableOptions.usage(SECTIONS)).contains("--only a,b", "lookup, normalise, footprint, http");
    }
}
