package io.clearsky.core.warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays a stored event stream under the rules in force and under a proposed version, each on fresh state, and
 * reports what would change: decisions per rule and outcome under each, transfers whose answer changes, and subjects
 * that would newly be (or no longer be) suspected.
 */
public final class Backtest {

    private Backtest() {}

    /** How often a rule decided an outcome, under each version. */
    public record RuleCount(String ruleId, Outcome outcome, long current, long proposed) {}

    /** A transfer attempt whose answer would change. */
    public record TransferChange(String eventId, Outcome current, Outcome proposed) {}

    /** A number or account the two versions disagree on. */
    public record SubjectChange(SubjectKind kind, String subject, boolean suspectedNow, boolean suspectedProposed) {}

    /**
     * What a backtest found.
     *
     * @param events events replayed
     * @param transfers transfer attempts among them
     * @param counts decisions by rule and outcome, under each version
     * @param transferChanges transfers whose answer changes, at most the limit asked for, in stream order
     * @param transfersChanged every transfer whose answer changes, counted
     * @param subjectChanges subjects suspected under one version only, at most the limit
     * @param subjectsChanged every such subject, counted
     */
    public record Report(
            int currentVersion,
            int proposedVersion,
            long events,
            long transfers,
            List<RuleCount> counts,
            List<TransferChange> transferChanges,
            long transfersChanged,
            List<SubjectChange> subjectChanges,
            long subjectsChanged) {}

    /** Replays the events under both rule sets, listing at most {@code limit} changes of each kind. */
    public static Report run(
            Iterable<? extends RiskEvent> events, RuleSet current, RuleSet proposed, Watchlist watchlist, int limit) {
        RiskEngine now = new RiskEngine(current, watchlist);
        RiskEngine next = new RiskEngine(proposed, watchlist);
        Map<String, long[]> counts = new TreeMap<>();
        Set<String> suspectedNow = new HashSet<>();
        Set<String> suspectedNext = new HashSet<>();
        Map<String, SubjectKind> kinds = new HashMap<>();
        List<TransferChange> transferChanges = new ArrayList<>();
        long eventCount = 0;
        long transfers = 0;
        long transfersChanged = 0;
        for (RiskEvent event : events) {
            eventCount++;
            List<Decision> a = now.process(event);
            List<Decision> b = next.process(event);
            count(a, counts, 0, suspectedNow, kinds);
            count(b, counts, 1, suspectedNext, kinds);
            if (event instanceof TransferAttempt) {
                transfers++;
                Outcome before = Decision.transferOutcome(a);
                Outcome after = Decision.transferOutcome(b);
                if (before != after) {
                    transfersChanged++;
                    if (transferChanges.size() < limit) {
                        transferChanges.add(new TransferChange(event.id(), before, after));
                    }
                }
            }
        }
        List<RuleCount> ruleCounts = new ArrayList<>();
        counts.forEach((key, value) -> {
            int split = key.indexOf('\u0000');
            ruleCounts.add(new RuleCount(
                    key.substring(0, split), Outcome.valueOf(key.substring(split + 1)), value[0], value[1]));
        });
        List<SubjectChange> subjectChanges = new ArrayList<>();
        long subjectsChanged = 0;
        Set<String> all = new java.util.TreeSet<>(suspectedNow);
        all.addAll(suspectedNext);
        for (String key : all) {
            boolean a = suspectedNow.contains(key);
            boolean b = suspectedNext.contains(key);
            if (a != b) {
                subjectsChanged++;
                if (subjectChanges.size() < limit) {
                    subjectChanges.add(new SubjectChange(Objects.requireNonNull(kinds.get(key)), subjectOf(key), a, b));
                }
            }
        }
        return new Report(
                current.version(),
                proposed.version(),
                eventCount,
                transfers,
                ruleCounts,
                transferChanges,
                transfersChanged,
                subjectChanges,
                subjectsChanged);
    }

    private static void count(
            List<Decision> decisions,
            Map<String, long[]> counts,
            int version,
            Set<String> suspected,
            Map<String, SubjectKind> kinds) {
        for (Decision decision : decisions) {
            counts.computeIfAbsent(
                            decision.ruleId() + '\u0000' + decision.outcome().name(), k -> new long[2])[version]++;
            if (decision.outcome() == Outcome.SUSPECT) {
                String key = decision.subjectKind().name() + '\u0000' + decision.subject();
                suspected.add(key);
                kinds.put(key, decision.subjectKind());
            }
        }
    }

    private static String subjectOf(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }
}
