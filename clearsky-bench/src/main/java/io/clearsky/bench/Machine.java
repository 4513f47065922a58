package io.clearsky.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine a run measured on: cores, CPU model, memory, JVM and operating system. */
public record Machine(int cores, String cpu, String memory, String jvm, String os) {

    /** The machine this JVM runs on. */
    public static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                procValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
                procValue(Path.of("/proc/meminfo"), "MemTotal")
                        .map(Machine::memory)
                        .orElse("memory unknown"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
    }

    String describe() {
        return cores + " cores (" + cpu + "), " + memory + ", " + jvm + ", " + os;
    }

    /** The value of the first "key : value" line of a /proc file that starts with {@code key}. */
    static Optional<String> procValue(List<String> lines, String key) {
        return lines.stream()
                .filter(line -> line.startsWith(key) && line.contains(":"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst();
    }

    /** "24.0 GiB" from /proc/meminfo's "24576000 kB"; the text as it is if it is not in kB. */
    static String memory(String memTotal) {
        String[] parts = memTotal.split("\\s+");
        if (parts.length == 2 && parts[1].equals("kB") && parts[0].matches("\\d+")) {
            return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(parts[0]) / (double) (1 << 20));
        }
        return memTotal;
    }

    private static Optional<String> procValue(Path file, String key) {
        try {
            return procValue(Files.readAllLines(file), key);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
