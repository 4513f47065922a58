package io.clearsky.server.audit.internal;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration V9 on H2. */
class H2AuditMigrationIntegrationTests extends AuditMigrationIntegrationTests {

    @Override
    DataSource database() {
        return new DriverManagerDataSource("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    String vendor() {
        return "h2";
    }
}
