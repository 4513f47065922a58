package io.clearsky.core.funds;

import io.clearsky.bench.ScratchDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The fund trace a team would write in the database instead: the transfers in a PostgreSQL table and one {@code WITH
 * RECURSIVE} query that walks them forward from a victim's payment, time-respecting and three hops deep, not
 * following hubs. Measured against {@link FundTracer} on the same {@link SyntheticTransfers} in {@link
 * TracePeersBenchmark}.
 *
 * <p>What the query does: from the seed's payee, each hop takes the transfers out of the account at or after the
 * moment money reached it along the path, up to three hops, and does not go on from an account with at least {@code
 * hubMinTransfers} transfers (its degree, precomputed into an accounts table, as {@code TransferGraph#degree}
 * counts it). It returns each transfer reached with the lowest hop it was reached at. What it does not do: apportion.
 * It cannot tell which transfers carried the victim's money and which only the account's own (first in first out
 * needs each account's ledger replayed in time order, which SQL does not express reasonably), so it returns every
 * transfer the money could have taken, a superset of what {@link FundTracer} finds, with no amounts traced and no
 * freeze plan; nor does it cap the fan-out (the first 50 payees an account paid traced money to). Ours does strictly
 * more work per trace.
 */
public final class PostgresTrace implements AutoCloseable {

    static final String TRACE = """
            with recursive walk(ref, payee, at, hop) as (
                select t.ref, t.payee, t.at, 1
                from accounts a
                join transfers t on t.payer = a.account and t.at >= ?
                where a.account = ? and a.transfers < ?
                union
                select t.ref, t.payee, t.at, w.hop + 1
                from walk w
                join accounts a on a.account = w.payee and a.transfers < ?
                join transfers t on t.payer = w.payee and t.at >= w.at
                where w.hop < 3
            )
            select ref, min(hop) from walk group by ref
            """;

    private final ScratchDatabase scratch;
    private final Connection connection;
    private final PreparedStatement trace;
    private final String version;
    private final double loadSeconds;

    private PostgresTrace(
            ScratchDatabase scratch,
            Connection connection,
            PreparedStatement trace,
            String version,
            double loadSeconds) {
        this.scratch = scratch;
        this.connection = connection;
        this.trace = trace;
        this.version = version;
        this.loadSeconds = loadSeconds;
    }

    /** Loads the workload's transfers into a scratch database on the server {@code url} points at. */
    public static PostgresTrace load(TraceWorkload workload, String url, String user, String password)
            throws SQLException, IOException {
        long started = System.nanoTime();
        ScratchDatabase scratch = ScratchDatabase.create(url, user, password);
        Connection connection = null;
        try {
            connection = scratch.connect();
            try (Statement statement = connection.createStatement()) {
                // unlogged: the load skips the write-ahead log; the queries read the same pages either way
                statement.execute("create unlogged table transfers(ref bigint not null, payer int not null,"
                        + " payee int not null, at bigint not null, amount bigint not null)");
            }
            copy(workload.data(), connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index transfers_by_payer on transfers(payer, at) include (payee, ref)");
                statement.execute("create unlogged table accounts(account int primary key, transfers int not null)");
                statement.execute("insert into accounts select account, count(*) from ("
                        + " select payer as account from transfers"
                        + " union all select payee from transfers where payee <> payer) ends group by account");
                statement.execute("vacuum analyze");
            }
            String version = connection.getMetaData().getDatabaseProductVersion();
            PreparedStatement trace = connection.prepareStatement(TRACE);
            return new PostgresTrace(scratch, connection, trace, version, (System.nanoTime() - started) / 1e9);
        } catch (SQLException | IOException | RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            scratch.close();
            throw e;
        }
    }

    private static void copy(SyntheticTransfers data, Connection connection) throws SQLException, IOException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy transfers from stdin");
        StringBuilder rows = new StringBuilder(1 << 21);
        SQLException[] failed = {null};
        data.forEach((ref, from, to, epochMillis, amountFen) -> {
            rows.append(ref).append('\t').append(from).append('\t').append(to).append('\t');
            rows.append(epochMillis).append('\t').append(amountFen).append('\n');
            if (rows.length() > 1 << 20 && failed[0] == null) {
                failed[0] = write(copy, rows);
            }
        });
        if (failed[0] == null) {
            failed[0] = write(copy, rows);
        }
        if (failed[0] != null) {
            copy.cancelCopy();
            throw failed[0];
        }
        copy.endCopy();
    }

    private static SQLException write(CopyIn copy, StringBuilder rows) {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.US_ASCII);
        rows.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    /** The refs of the transfers reachable from money that reached {@code account} at {@code epochMillis}. */
    public long[] trace(int account, long epochMillis, int hubMinTransfers) throws SQLException {
        trace.setLong(1, epochMillis);
        trace.setInt(2, account);
        trace.setInt(3, hubMinTransfers);
        trace.setInt(4, hubMinTransfers);
        long[] refs = new long[64];
        int size = 0;
        try (ResultSet rows = trace.executeQuery()) {
            while (rows.next()) {
                if (size == refs.length) {
                    refs = Arrays.copyOf(refs, size * 2);
                }
                refs[size++] = rows.getLong(1);
            }
        }
        return Arrays.copyOf(refs, size);
    }

    /** The trace from the workload's {@code i}-th seed. */
    public long[] trace(TraceWorkload workload, int i) throws SQLException {
        return trace(workload.seedPayee(i), workload.seedTime(i), TraceWorkload.SETTINGS.hubMinTransfers());
    }

    /** E.g. "15.20 (Debian 15.20-0+deb12u1)". */
    public String version() {
        return version;
    }

    /** From creating the database to the indexes analysed. */
    public double loadSeconds() {
        return loadSeconds;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            scratch.close();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PostgreSQL %s, loaded in %.1f s", version, loadSeconds);
    }
}
