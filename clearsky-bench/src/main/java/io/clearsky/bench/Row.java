package io.clearsky.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One line of the table: a figure and what this run measured of it and of its peers, or why it did not. */
record Row(Figure figure, Outcome outcome) {

    /** What happened to a row's figure in this run. */
    sealed interface Outcome permits Measured, Skipped {}

    /** The figure's value, its error (NaN when the tool gives none) and the peers measured in the same run. */
    record Measured(double value, double error, List<Peer> peers) implements Outcome {
        Measured {
            peers = List.copyOf(peers);
        }
    }

    /** The figure was not measured, and why. */
    record Skipped(String why) implements Outcome {}

    /** What a team would use instead, measured in the same run and in the same unit. */
    record Peer(String name, double value) {}

    Verdict verdict(Size size) {
        return outcome instanceof Measured measured
                ? figure.target().verdict(measured.value(), size)
                : Verdict.NOT_MEASURED;
    }

    String targetText() {
        return figure.target().text(figure.unit());
    }

    String measuredText() {
        if (outcome instanceof Measured measured) {
            return figure.unit().format(measured.value(), measured.error());
        }
        return "skipped: " + ((Skipped) outcome).why();
    }

    /** "fastutil get: 9.93 M/s", peers separated by "; ", "—" when there are none. */
    String peersText() {
        List<Peer> peers = peers();
        return peers.isEmpty()
                ? "—"
                : peers.stream()
                        .map(peer -> peer.name() + ": " + figure.unit().format(peer.value()))
                        .collect(Collectors.joining("; "));
    }

    /** Measured ÷ peer: "1.90×" with one peer, "0.69× Redis GET, 0.71× PostgreSQL PK lookup" with more. */
    String ratiosText() {
        List<Peer> peers = peers();
        if (peers.isEmpty()) {
            return "—";
        }
        double value = ((Measured) outcome).value();
        if (peers.size() == 1) {
            return ratio(value, peers.get(0).value());
        }
        return peers.stream()
                .map(peer -> ratio(value, peer.value()) + " " + peer.name())
                .collect(Collectors.joining(", "));
    }

    /** Measured ÷ peer, "1.90×"; below 0.1 as one over the peer's multiple, "1/174×", which two decimals would lose. */
    static String ratio(double value, double peer) {
        if (!(peer > 0) || !Double.isFinite(value)) {
            return "n/a";
        }
        double ratio = value / peer;
        return ratio > 0 && ratio < 0.1
                ? String.format(Locale.ROOT, "1/%,.0f×", peer / value)
                : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private List<Peer> peers() {
        return outcome instanceof Measured measured ? measured.peers() : List.of();
    }
}
