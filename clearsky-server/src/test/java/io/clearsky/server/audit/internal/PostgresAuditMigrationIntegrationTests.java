package io.clearsky.server.audit.internal;

import io.clearsky.server.PostgresTestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration V9 on PostgreSQL, in a database of its own that is dropped afterwards. */
@EnabledIf("io.clearsky.server.PostgresTestDatabase#enabled")
class PostgresAuditMigrationIntegrationTests extends AuditMigrationIntegrationTests {

    @Override
    DataSource database() {
        return new DriverManagerDataSource(
                PostgresTestDatabase.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    @AfterAll
    static void dropDatabase() {
        PostgresTestDatabase.drop();
    }
}
