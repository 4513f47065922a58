package io.clearsky.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole benchmark suite at a chosen size and prints one table: each figure, its target, what was measured,
 * the peer measured in the same run, the ratio and the verdict, with the machine, date, commit and command. Run from
 * the repository root after {@code ./mvnw -q -B package -DskipTests}:
 *
 * <pre>
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.BenchmarkTable --size quick
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.BenchmarkTable --size full --out target/benchmarks.md
 * </pre>
 *
 * <p>{@code --only lookup,normalise,footprint,http,intake,transfers,transfercheck,linkage,trace,livegraph,warning,stream} runs some sections; {@code --help} lists the
 * options. The http and intake sections need the server jar, intake, linkage and trace a PostgreSQL on 127.0.0.1:5432 (user
 * postgres, password from {@code PGPASSWORD}), stream the stream module built ({@code package} writes its driver's
 * class path).
 */
public final class BenchmarkTable {

    // The sections in the order they run. A new section is a class implementing Section and a line here.
    static final List<Section> SECTIONS = List.of(
            new LookupSection(),
            new NormaliseSection(),
            new FootprintSection(),
            new HttpSection(),
            new IntakeSection(),
            new TransferSection(),
            new TransferCheckSection(),
            new LinkageSection(),
            new TraceSection(),
            new LiveGraphSection(),
            new WarningSection(),
            new StreamSection(),
            new TextSection());

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private BenchmarkTable() {}

    public static void main(String[] args) {
        List<String> names = SECTIONS.stream().map(Section::name).toList();
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(TableOptions.usage(names));
            return;
        }
        TableOptions options;
        try {
            options = TableOptions.parse(names, args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(TableOptions.usage(names));
            System.exit(2);
            return;
        }
        Table table = measure(options, commandLine(args));
        String markdown = table.toMarkdown();
        System.out.println();
        System.out.print(markdown);
        if (options.out() != null) {
            try {
                write(options.out(), markdown);
                System.out.println("\nwritten to " + options.out().toAbsolutePath());
            } catch (IOException e) {
                System.err.println("could not write " + options.out() + ": " + e.getMessage());
                System.exit(1);
            }
        }
        // JMH and the load driver may leave non-daemon threads behind
        System.exit(0);
    }

    /** Runs the chosen sections one after another; a section that fails gives its rows as skipped, with why. */
    static Table measure(TableOptions options, String command) {
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Section section : SECTIONS) {
            if (!options.runs(section.name())) {
                continue;
            }
            System.out.println("== " + section.name() + " (" + options.size().label() + ")");
            try {
                rows.addAll(section.measure(options, notes::add));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                rows.addAll(section.skipped(options.size(), "interrupted"));
                break;
            } catch (Exception e) {
                System.err.println(section.name() + " failed: " + e);
                rows.addAll(section.skipped(options.size(), "the section failed: " + e.getMessage()));
            }
        }
        Duration took = Duration.between(started, ZonedDateTime.now(ZoneOffset.UTC));
        String date = String.format(
                Locale.ROOT, "%s, took %d min %d s", started.format(MINUTES), took.toMinutes(), took.toSecondsPart());
        return new Table(
                options.size(),
                rows,
                notes,
                new Table.Provenance(Machine.current().describe(), date, commit(), command));
    }

    /** {@code git rev-parse HEAD}, marked when the working tree has uncommitted changes; "unknown" without git. */
    static String commit() {
        String head = git("rev-parse", "HEAD");
        if (head.isEmpty()) {
            return "unknown (git rev-parse HEAD failed)";
        }
        String changes = git("status", "--porcelain", "--untracked-files=no");
        return changes.isEmpty() ? head : head + " with uncommitted changes";
    }

    private static String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return "";
            }
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String commandLine(String[] args) {
        StringBuilder line = new StringBuilder("java -cp ")
                .append(System.getProperty("java.class.path"))
                .append(' ')
                .append(BenchmarkTable.class.getName());
        for (String arg : args) {
            line.append(' ').append(arg.matches("[\\w./:=,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }

    private static void write(Path out, String markdown) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, markdown);
    }
}
