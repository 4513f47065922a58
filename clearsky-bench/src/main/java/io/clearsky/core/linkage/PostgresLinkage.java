package io.clearsky.core.linkage;

import io.clearsky.bench.ScratchDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * The linkage a team would write in the database instead: the report–identifier links in a PostgreSQL table and a
 * recursive query that walks them to each report's component. Measured against {@link Linker#rebuild} on the same
 * {@link SyntheticReports}, in the same run; both answers are checked to agree. The recursive walk visits every
 * (report, report-in-its-component) pair, so it is measured at a size it finishes at.
 *
 * <pre>
 * java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.core.linkage.PostgresLinkage [reports] [jdbc-url] [user]
 * </pre>
 */
public final class PostgresLinkage {

    static final String COMPONENTS = """
            with recursive walk(report, root) as (
                select report, report from reports
                union
                select other.report, walk.root
                from walk
                join links mine on mine.report = walk.report
                join links other on other.identifier = mine.identifier
            )
            select count(distinct first) from (select report, min(root) as first from walk group by report) roots
            """;

    private PostgresLinkage() {}

    /** Both timings and both answers. */
    public record Result(
            int reports,
            int links,
            int clusters,
            int postgresClusters,
            double linkerMillis,
            double postgresMillis,
            String version) {

        public double ratio() {
            return postgresMillis / linkerMillis;
        }
    }

    /** Loads the links of {@code reports} synthetic reports into a scratch database and times both. */
    public static Result measure(String url, String user, String password, int reports)
            throws SQLException, IOException {
        SyntheticReports data = SyntheticReports.generate(LinkageBenchmark.SEED, reports);
        double best = Double.MAX_VALUE;
        int clusters = 0;
        for (int run = 0; run < 7; run++) {
            long started = System.nanoTime();
            clusters = Linker.rebuild(Integer.MAX_VALUE, new BitSet(), data.offsets(), data.identifiers())
                    .clusters();
            best = Math.min(best, (System.nanoTime() - started) / 1e6);
        }
        try (ScratchDatabase scratch = ScratchDatabase.create(url, user, password);
                Connection connection = scratch.connect()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table reports(report int primary key)");
                statement.execute("create table links(report int not null, identifier int not null)");
            }
            StringBuilder reportRows = new StringBuilder();
            StringBuilder linkRows = new StringBuilder();
            for (int r = 0; r < reports; r++) {
                reportRows.append(r).append('\n');
                for (int i = data.offsets()[r]; i < data.offsets()[r + 1]; i++) {
                    linkRows.append(r)
                            .append('\t')
                            .append(data.identifiers()[i])
                            .append('\n');
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy reports from stdin", new StringReader(reportRows.toString()));
            copy.copyIn("copy links from stdin", new StringReader(linkRows.toString()));
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index links_by_report on links(report, identifier)");
                statement.execute("create index links_by_identifier on links(identifier, report)");
                statement.execute("analyze");
                long started = System.nanoTime();
                int postgresClusters;
                try (ResultSet rows = statement.executeQuery(COMPONENTS)) {
                    rows.next();
                    postgresClusters = rows.getInt(1);
                }
                double postgresMillis = (System.nanoTime() - started) / 1e6;
                return new Result(
                        reports, data.offsets()[reports], clusters, postgresClusters, best, postgresMillis, version);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/postgres";
        String user = args.length > 2 ? args[2] : "postgres";
        Result result = measure(url, user, System.getenv().getOrDefault("PGPASSWORD", ""), reports);
        System.out.printf(
                Locale.ROOT,
                "%,d reports, %,d links: Linker.rebuild %.2f ms (%,d clusters), PostgreSQL %s recursive query %.0f ms"
                        + " (%,d clusters): %.0f× faster%n",
                result.reports(),
                result.links(),
                result.linkerMillis(),
                result.clusters(),
                result.version(),
                result.postgresMillis(),
                result.postgresClusters(),
                result.ratio());
        if (result.clusters() != result.postgresClusters()) {
            throw new IllegalStateException("the two linkages disagree");
        }
    }
}
