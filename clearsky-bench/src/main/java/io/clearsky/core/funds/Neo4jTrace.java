package io.clearsky.core.funds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The fund trace a team would write in a graph database instead: Neo4j embedded (community edition), the transfers
 * as {@code (:Account {id, degree})-[:PAID {ref, time, amount}]->(:Account)}, and one variable-length Cypher pattern
 * that walks them forward from a victim's payment, time-respecting and three hops deep, not through hubs. Measured
 * against {@link FundTracer} on the same {@link SyntheticTransfers} in {@link TracePeersBenchmark}.
 *
 * <p>Like {@link PostgresTrace} it returns every transfer the money could have taken (each with the lowest hop it was
 * reached at): it does not apportion (which transfers carried the victim's money rather than the account's own), does
 * not cap the fan-out, and gives no amounts and no freeze plan. Ours does strictly more work per trace.
 */
public final class Neo4jTrace implements AutoCloseable {

    // How: the accounts first, in batches, then an index on Account.id, then the transfers in UNWIND batches that
    // look both accounts up by it: the load a team would write in Cypher. The store lives in a temporary directory
    // removed on close. The page cache is sized to hold the store, so queries do not read from disk.

    static final String TRACE = """
            MATCH p = (s:Account {id: $account})-[:PAID*1..3]->()
            WHERE all(n IN nodes(p)[0..-1] WHERE n.degree < $hub)
              AND relationships(p)[0].time >= $after
              AND all(i IN range(1, length(p) - 1) WHERE relationships(p)[i].time >= relationships(p)[i - 1].time)
            RETURN last(relationships(p)).ref AS ref, min(length(p)) AS hop
            """;

    static final int BATCH = 50_000;

    private final Path home;
    private final DatabaseManagementService service;
    private final GraphDatabaseService database;
    private final double loadSeconds;

    private Neo4jTrace(
            Path home, DatabaseManagementService service, GraphDatabaseService database, double loadSeconds) {
        this.home = home;
        this.service = service;
        this.database = database;
        this.loadSeconds = loadSeconds;
    }

    /** Builds a store of the workload's transfers in a temporary directory, with {@code pageCacheBytes} of cache. */
    public static Neo4jTrace load(TraceWorkload workload, long pageCacheBytes) throws IOException {
        long started = System.nanoTime();
        Path home = Files.createTempDirectory("clearsky-neo4j-");
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(BoltConnector.enabled, false)
                .build();
        try {
            GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            int accounts = workload.data().accounts();
            for (int from = 0; from < accounts; from += BATCH) {
                List<Map<String, Object>> rows = new ArrayList<>(BATCH);
                for (int a = from; a < Math.min(accounts, from + BATCH); a++) {
                    rows.add(Map.of("id", a, "degree", workload.degree(a)));
                }
                database.executeTransactionally(
                        "UNWIND $rows AS row CREATE (:Account {id: row.id, degree: row.degree})", Map.of("rows", rows));
            }
            database.executeTransactionally("CREATE INDEX account_id FOR (a:Account) ON (a.id)");
            database.executeTransactionally("CALL db.awaitIndexes(600)");
            List<Map<String, Object>> rows = new ArrayList<>(BATCH);
            workload.data().forEach((ref, from, to, epochMillis, amountFen) -> {
                Map<String, Object> row = new HashMap<>(8);
                row.put("from", from);
                row.put("to", to);
                row.put("ref", ref);
                row.put("time", epochMillis);
                row.put("amount", amountFen);
                rows.add(row);
                if (rows.size() == BATCH) {
                    paid(database, rows);
                }
            });
            paid(database, rows);
            return new Neo4jTrace(home, service, database, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException e) {
            service.shutdown();
            delete(home);
            throw e;
        }
    }

    private static void paid(GraphDatabaseService database, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        database.executeTransactionally("""
                UNWIND $rows AS row
                MATCH (a:Account {id: row.from})
                MATCH (b:Account {id: row.to})
                CREATE (a)-[:PAID {ref: row.ref, time: row.time, amount: row.amount}]->(b)
                """, Map.of("rows", rows));
        rows.clear();
    }

    /** The refs of the transfers reachable from money that reached {@code account} at {@code epochMillis}. */
    public long[] trace(int account, long epochMillis, int hubMinTransfers) {
        return database.executeTransactionally(
                TRACE, Map.of("account", account, "after", epochMillis, "hub", hubMinTransfers), result -> {
                    long[] refs = new long[64];
                    int size = 0;
                    while (result.hasNext()) {
                        if (size == refs.length) {
                            refs = Arrays.copyOf(refs, size * 2);
                        }
                        refs[size++] = ((Number) result.next().get("ref")).longValue();
                    }
                    return Arrays.copyOf(refs, size);
                });
    }

    /** The trace from the workload's {@code i}-th seed. */
    public long[] trace(TraceWorkload workload, int i) {
        return trace(workload.seedPayee(i), workload.seedTime(i), TraceWorkload.SETTINGS.hubMinTransfers());
    }

    /** From an empty directory to the last transfer committed, the index online. */
    public double loadSeconds() {
        return loadSeconds;
    }

    /** The store's size on disk, in bytes. */
    public long storeBytes() {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            service.shutdown();
        } finally {
            delete(home);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + directory + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Neo4j community embedded, loaded in %.1f s, %,d MB on disk",
                loadSeconds,
                storeBytes() >> 20);
    }
}
