package io.clearsky.bench;

import java.util.List;
import java.util.Map;

/**
 * A figure JMH measures: our benchmark and its peer by {@link Jmh#label label}, e.g. {@code lookupAll} beside {@code
 * fastutilLookupBatch}.
 */
record JmhFigure(Figure figure, String benchmark, String peerName, String peerBenchmark) {

    static JmhFigure of(String name, Target target, String benchmark, String peerName, String peerBenchmark) {
        return new JmhFigure(new Figure(name, Unit.PER_SECOND, target), benchmark, peerName, peerBenchmark);
    }

    /** The row of these scores; skipped if ours has none, without a peer if the peer has none. */
    Row row(Map<String, Jmh.Score> scores) {
        Jmh.Score ours = scores.get(benchmark);
        if (ours == null) {
            return figure.skipped("JMH gave no score for " + benchmark + " (see its output above)");
        }
        Jmh.Score peer = scores.get(peerBenchmark);
        List<Row.Peer> peers = peer == null ? List.of() : List.of(new Row.Peer(peerName, peer.mean()));
        return figure.measured(ours.mean(), ours.error(), peers);
    }
}
