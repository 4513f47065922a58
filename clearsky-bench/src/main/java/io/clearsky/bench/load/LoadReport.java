package io.clearsky.bench.load;

import io.clearsky.bench.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The driver's result: a table of figures against their targets, the machine, the command and notes. */
final class LoadReport {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder transcript = new StringBuilder();
    private final String title;
    private final String commandLine;

    LoadReport(String commandLine) {
        this("ClearSky check API under load", commandLine);
    }

    LoadReport(String title, String commandLine) {
        this.title = title;
        this.commandLine = commandLine;
    }

    /** A figure with its target, what was measured, and whether the target was met ("" if it has none). */
    void row(String figure, String target, String measured, String verdict) {
        rows.add(new String[] {figure, target, measured, verdict});
    }

    void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Raw tool output, kept at the end of the report. */
    StringBuilder transcript() {
        return transcript;
    }

    static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    static String perSecond(double value) {
        return String.format(Locale.ROOT, "%,.0f/s", value);
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f ms", value);
    }

    static String ratio(double numerator, double denominator) {
        return denominator > 0 ? String.format(Locale.ROOT, "%.2f×", numerator / denominator) : "n/a";
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append("| Figure | Target | Measured | Verdict |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append("\n## Machine and command\n\n");
        md.append("- date: ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        Machine machine = Machine.current();
        md.append("- CPU: ")
                .append(machine.cpu())
                .append(", ")
                .append(machine.cores())
                .append(" processors available (nproc)\n");
        md.append("- memory: ").append(machine.memory()).append('\n');
        md.append("- Java: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" (driver and server)\n");
        md.append("- OS: ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append('\n');
        md.append("- command: `").append(commandLine).append("`\n");
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            for (String note : notes) {
                md.append("- ").append(note).append('\n');
            }
        }
        md.append("\n<details><summary>Raw output</summary>\n\n```\n")
                .append(transcript.toString().replace("```", "'''"))
                .append("```\n</details>\n");
        return md.toString();
    }

    /**
     * Prints the report's table to standard output and writes the whole report to {@code out} when given; false when
     * it could not be written (said on standard error).
     */
    boolean printAndWrite(@org.jspecify.annotations.Nullable Path out) {
        String markdown = toMarkdown();
        System.out.println();
        System.out.println(markdown.substring(0, markdown.indexOf("<details>")));
        if (out == null) {
            return true;
        }
        try {
            write(out);
            System.out.println("written to " + out.toAbsolutePath());
            return true;
        } catch (IOException e) {
            System.err.println("could not write " + out + ": " + e.getMessage());
            return false;
        }
    }

    void write(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, toMarkdown());
    }
}
