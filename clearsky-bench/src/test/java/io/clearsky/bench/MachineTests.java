package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTests {

    @Test
    void readsTheFirstValueOfAKeyFromProcLines() {
        List<String> cpuinfo = List.of(
                "processor\t: 0",
                "vendor_id\t: AuthenticAMD",
                "model name\t: AMD EPYC 7B13",
                "processor\t: 1",
                "model name\t: AMD EPYC 7B13");

        assertThat(Machine.procValue(cpuinfo, "model name")).contains("AMD EPYC 7B13");
        assertThat(Machine.procValue(cpuinfo, "flags")).isEmpty();
    }

    @Test
    void memoryInKibibytesIsWrittenInGibibytes() {
        assertThat(Machine.memory("25165824 kB")).isEqualTo("24.0 GiB");
        assertThat(Machine.memory("lots")).isEqualTo("lots");
    }

    @Test
    void describesTheMachineInOneLine() {
        Machine machine = new Machine(2, "AMD EPYC 7B13", "24.0 GiB", "OpenJDK 64-Bit Server VM 17.0.15", "Linux 6.1");

        assertThat(machine.describe())
                .isEqualTo("2 cores (AMD EPYC 7B13), 24.0 GiB, OpenJDK 64-Bit Server VM 17.0.15, Linux 6.1");
        assertThat(Machine.current().cores()).isPositive();
    }
}
