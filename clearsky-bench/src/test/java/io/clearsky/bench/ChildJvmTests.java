package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;

class ChildJvmTests {

    @Test
    void aLongClassPathIsShownAsItsFirstTwoEntriesAndACount() {
        String jars = String.join(File.pathSeparator, "test-classes", "classes", "a.jar", "b.jar", "c.jar");

        assertThat(ChildJvm.shown(jars))
                .isEqualTo(String.join(File.pathSeparator, "test-classes", "classes", "(3 more)"));
        assertThat(ChildJvm.shown("clearsky-benchmarks.jar")).isEqualTo("clearsky-benchmarks.jar");
    }

    @Test
    void theChildsLineIsFoundByItsPrefix() {
        assertThat(ChildJvm.line("noise\nstream-line file 2 10\n", "stream-line "))
                .containsExactly("file", "2", "10");
    }
}
