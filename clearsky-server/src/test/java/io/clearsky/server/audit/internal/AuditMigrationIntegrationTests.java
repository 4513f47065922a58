package io.clearsky.server.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.Timestamps;
import io.clearsky.server.audit.AuditRecord;
import io.clearsky.server.audit.ChainVerification;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Migration V9 on a database that has audit records from before it: they stay the start of the chain, records sealed
 * after them continue it, and a change to an old record still shows. Subclasses choose the database.
 */
abstract class AuditMigrationIntegrationTests {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    /** A database of its own, empty. */
    abstract DataSource database();

    /** Flyway's locations for this database, as the server's {@code spring.flyway.locations} resolves them. */
    abstract String vendor();

    private Flyway flyway(DataSource database, String target) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .target(target)
                .load();
    }

    @Test
    void recordsSealedBeforeVersion9StayTheStartOfTheChain() throws SQLException {
        DataSource database = database();
        MigrationVersion v9 = MigrationVersion.fromVersion("9");
        MigrationVersion before = Arrays.stream(
                        flyway(database, "latest").info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(v9) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        flyway(database, before.getVersion()).migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        String previous = ChainHashes.GENESIS;
        for (int seq = 1; seq <= 3; seq++) {
            Instant at = AT.plus(seq, ChronoUnit.MINUTES);
            String hash =
                    ChainHashes.legacy(seq, at, "admin", "AGENCY_REGISTERED", "agency:" + seq, "d" + seq, previous);
            jdbc.sql("insert into audit_record (seq, occurred_at, actor, action, subject, detail, previous_hash,"
                            + " record_hash) values (?, ?, 'admin', 'AGENCY_REGISTERED', ?, ?, ?, ?)")
                    .params(seq, Timestamps.utc(at), "agency:" + seq, "d" + seq, previous, hash)
                    .update();
            previous = hash;
        }

        flyway(database, "latest").migrate();

        AuditRecords records = new AuditRecords(jdbc, new JdbcTemplate(database));
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        ChainVerifier verifier = new ChainVerifier(records, transactions);
        ChainVerification migrated = verifier.verify(Instant.now());
        assertThat(migrated.intact()).as(migrated.toString()).isTrue();
        assertThat(migrated.records()).isEqualTo(3);
        assertThat(records.head()).isEqualTo(new ChainHead(3, previous, 3));

        records.insert(List.of(new AuditRecords.NewRecord(
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                "key:ab12cd",
                7L,
                "10.0.0.1",
                "INDICATOR_LISTED",
                "indicator:1",
                "PHONE +8613000130000 new -> VERIFIED")));
        assertThat(new AuditSealer(records, transactions).sealNow()).isOne();
        ChainVerification continued = verifier.verify(Instant.now());
        assertThat(continued.intact()).as(continued.toString()).isTrue();
        assertThat(continued.records()).isEqualTo(4);
        assertThat(continued.unsealed()).isZero();
        AuditRecord fourth = records.find(io.clearsky.server.audit.AuditFilter.ALL, null, 0, 1)
                .get(0);
        assertThat(fourth.seq()).isEqualTo(4);
        assertThat(fourth.previousHash()).isEqualTo(previous);
        assertThat(fourth.agencyId()).isEqualTo(7L);

        jdbc.sql("update audit_record set detail = 'something else' where seq = 2")
                .update();
        ChainVerification tampered = verifier.verify(Instant.now());
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.firstBrokenSeq()).isEqualTo(2);
    }
}
