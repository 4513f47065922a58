package io.clearsky.bench;

import io.clearsky.core.identifier.PhoneNumberCheckBenchmark;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Normalise and look up raw numbers ({@link PhoneNumberCheckBenchmark}) with 0% and 5% of them on libphonenumber's
 * slow path: ours and libphonenumber with fastutil, one JMH run.
 */
final class NormaliseSection implements Section {

    private static final String PEER = "libphonenumber parse + format(E164) + fastutil";

    static final List<JmhFigure> FIGURES = List.of(
            JmhFigure.of(
                    "parseToKeyAndLookup: normalise and look up, 0% slow path",
                    Target.atLeast(1_000_000),
                    "parseToKeyAndLookup slowPathPercent=0",
                    PEER,
                    "libphonenumberAndFastutil slowPathPercent=0"),
            JmhFigure.of(
                    "parseToKeyAndLookup: normalise and look up, 5% slow path",
                    Target.atLeast(1_000_000),
                    "parseToKeyAndLookup slowPathPercent=5",
                    PEER,
                    "libphonenumberAndFastutil slowPathPercent=5"));

    @Override
    public String name() {
        return "normalise";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Map<String, String[]> params = Map.of("slowPathPercent", new String[] {"0", "5"});
        return Jmh.rows(FIGURES, Jmh.run(PhoneNumberCheckBenchmark.class, options.size(), params));
    }

    @Override
    public List<Row> skipped(String why) {
        return Jmh.skipped(FIGURES, why);
    }
}
