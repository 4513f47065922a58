package io.clearsky.simulator;

import io.clearsky.simulator.TruthRecord.Entity;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which gang each entity of a world belongs to, and the scorer of detectors against it: precision, recall and F1
 * for a set of flagged entities (numbers, accounts, domains…), and pairwise for a grouping of reports into cases.
 * Collect it while a world streams by (it is a {@link WorldSink}) or {@link #read} it from {@code
 * truth/ground-truth.csv}.
 */
public final class GroundTruth implements WorldSink {

    private final Map<Entity, Map<String, Integer>> gangs = new EnumMap<>(Entity.class);

    @Override
    public void truth(TruthRecord record) {
        gangs.computeIfAbsent(record.entity(), e -> new HashMap<>()).put(record.id(), record.gang());
    }

    /** Reads {@code ground-truth.csv} as {@link WorldFiles} writes it. */
    public static GroundTruth read(Path file) {
        GroundTruth truth = new GroundTruth();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                truth.gangs
                        .computeIfAbsent(Entity.valueOf(row.get("entity")), e -> new HashMap<>())
                        .put(row.get("id"), Integer.parseInt(row.get("gang")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ground truth " + file, e);
        }
        return truth;
    }

    /** The gang an entity belongs to, or -1 if it belongs to none (an innocent number, account…). */
    public int gangOf(Entity entity, String id) {
        return gangs.getOrDefault(entity, Map.of()).getOrDefault(id, -1);
    }

    /** Every id of an entity kind that belongs to a gang. */
    public Set<String> ids(Entity entity) {
        return Set.copyOf(gangs.getOrDefault(entity, Map.of()).keySet());
    }

    /**
     * Scores a detector that flagged these ids as fraud-related: a flagged id in the truth is a true positive, any
     * other a false positive, and every id of the truth it did not flag a false negative.
     */
    public Score score(Entity entity, Collection<String> flagged) {
        Map<String, Integer> truth = gangs.getOrDefault(entity, Map.of());
        Set<String> distinct = new HashSet<>(flagged);
        long hits = distinct.stream().filter(truth::containsKey).count();
        return new Score(hits, distinct.size() - hits, truth.size() - hits);
    }

    /**
     * Scores a grouping of reports (report id to the detector's cluster id) pair by pair: two reports grouped
     * together are a true positive when one gang is behind both. Reports the grouping leaves out count as
     * singletons. Counted per cluster and gang, never by listing pairs, so millions of reports score in linear time.
     */
    public Score scoreReportPairs(Map<String, String> clusterOfReport) {
        Map<String, Integer> reportGang = gangs.getOrDefault(Entity.REPORT, Map.of());
        Map<String, Long> clusterSizes = new HashMap<>();
        Map<String, Long> clusterGangSizes = new HashMap<>();
        for (Map.Entry<String, String> entry : clusterOfReport.entrySet()) {
            Integer gang = reportGang.get(entry.getKey());
            if (gang == null) {
                throw new IllegalArgumentException("report " + entry.getKey() + " is not in the ground truth");
            }
            clusterSizes.merge(entry.getValue(), 1L, Long::sum);
            clusterGangSizes.merge(entry.getValue() + '\u0000' + gang, 1L, Long::sum);
        }
        Map<Integer, Long> gangSizes = new HashMap<>();
        reportGang.values().forEach(gang -> gangSizes.merge(gang, 1L, Long::sum));
        long predicted =
                clusterSizes.values().stream().mapToLong(GroundTruth::pairs).sum();
        long actual = gangSizes.values().stream().mapToLong(GroundTruth::pairs).sum();
        long both =
                clusterGangSizes.values().stream().mapToLong(GroundTruth::pairs).sum();
        return new Score(both, predicted - both, actual - both);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
