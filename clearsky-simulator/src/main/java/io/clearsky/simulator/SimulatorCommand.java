package io.clearsky.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's command line: {@code generate} writes a world to files, {@code load} sends it to a running
 * ClearSky through the API, {@code stats} only counts it. Progress goes to standard error, a day at a time.
 */
public final class SimulatorCommand {

    static final String USAGE = """
            Usage: java -jar clearsky-simulator/target/clearsky-simulator.jar COMMAND [options]
              generate --out DIR        write the world as CSV and JSON lines (ground truth under DIR/truth)
              load --url URL --admin-password PW [--check-share F]
                                        load it into a running ClearSky through the public API
              stats                     make the world and print what it holds
            Options for every command:
              --preset demo|small|benchmark   (small)
              --seed N                        (42)
              --days N  --subscribers N  --gangs N  --contacts-per-gang-day N   override the preset
            """;

    private static final Set<String> COMMANDS = Set.of("generate", "load", "stats");

    private SimulatorCommand() {}

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    static void run(String... args) throws Exception {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            throw new IllegalArgumentException(args.length == 0 ? "no command" : "unknown command " + args[0]);
        }
        Map<String, String> options = options(List.of(args).subList(1, args.length));
        WorldSettings settings = settings(options);
        World world = new World(settings);
        WorldStatistics statistics = new WorldStatistics();
        long started = System.nanoTime();
        try (WorldSink target = target(args[0], options)) {
            world.generate(new Tee(List.of(statistics, target, new Progress(started))));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(statistics);
        System.out.printf(
                "%,d events in %.1f s (%,.0f events/s)%n", statistics.events(), seconds, statistics.events() / seconds);
    }

    static WorldSettings settings(Map<String, String> options) {
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        WorldSettings settings = WorldSettings.preset(options.getOrDefault("preset", "small"), seed);
        if (options.containsKey("days")) {
            settings = settings.withDays(positive(options, "days"));
        }
        if (options.containsKey("subscribers")) {
            settings = settings.withSubscribers(positive(options, "subscribers"));
        }
        if (options.containsKey("gangs") || options.containsKey("contacts-per-gang-day")) {
            settings = settings.withGangs(
                    options.containsKey("gangs") ? positive(options, "gangs") : settings.gangs(),
                    options.containsKey("contacts-per-gang-day")
                            ? positive(options, "contacts-per-gang-day")
                            : settings.contactsPerGangDay());
        }
        return settings;
    }

    private static WorldSink target(String command, Map<String, String> options) {
        return switch (command) {
            case "generate" -> new WorldFiles(Path.of(required(options, "out")));
            case "load" ->
                new ApiLoader(
                        URI.create(required(options, "url")),
                        required(options, "admin-password"),
                        Double.parseDouble(options.getOrDefault("check-share", "1")),
                        System.out);
            default -> new WorldSink() {};
        };
    }

    static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --name value, got '" + name + "'");
            }
            options.put(name.substring(2), args.get(i + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int positive(Map<String, String> options, String name) {
        try {
            int value = Integer.parseInt(options.get(name));
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--" + name + " takes a positive whole number, got " + options.get(name));
        }
    }

    /** Hands every element to each of several sinks in turn. */
    record Tee(List<WorldSink> sinks) implements WorldSink {

        @Override
        public void subscriber(Subscriber subscriber) {
            sinks.forEach(s -> s.subscriber(subscriber));
        }

        @Override
        public void call(Call call) {
            sinks.forEach(s -> s.call(call));
        }

        @Override
        public void sms(Sms sms) {
            sinks.forEach(s -> s.sms(sms));
        }

        @Override
        public void linkVisit(LinkVisit visit) {
            sinks.forEach(s -> s.linkVisit(visit));
        }

        @Override
        public void transfer(Transfer transfer) {
            sinks.forEach(s -> s.transfer(transfer));
        }

        @Override
        public void report(Report report) {
            sinks.forEach(s -> s.report(report));
        }

        @Override
        public void listing(Listing listing) {
            sinks.forEach(s -> s.listing(listing));
        }

        @Override
        public void truth(TruthRecord truth) {
            sinks.forEach(s -> s.truth(truth));
        }

        @Override
        public void dayDone(int day, int days) {
            sinks.forEach(s -> s.dayDone(day, days));
        }
    }

    /** Prints a line to standard error as each simulated day is done. */
    private record Progress(long started) implements WorldSink {
        @Override
        public void dayDone(int day, int days) {
            System.err.printf("simulated day %d of %d (%.0f s)%n", day + 1, days, (System.nanoTime() - started) / 1e9);
        }
    }
}
