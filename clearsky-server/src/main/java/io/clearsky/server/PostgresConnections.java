package io.clearsky.server;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Connection settings ClearSky wants from the PostgreSQL driver, so that an operator needs only the URL, user and
 * password: {@code reWriteBatchedInserts} makes the driver send a JDBC batch of inserts (a report's identifiers and status,
 * the registry's reporters, the audit trail's records) as multi-row statements instead of one statement per row, so the
 * database parses and plans a statement per chunk of rows rather than per row. A value the operator gives in the URL
 * or in {@code spring.datasource.hikari.data-source-properties} wins.
 */
@Component
class PostgresConnections implements BeanPostProcessor {

    static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !pool.getJdbcUrl().contains(REWRITE_BATCHED_INSERTS)
                && !pool.getDataSourceProperties().containsKey(REWRITE_BATCHED_INSERTS)) {
            pool.addDataSourceProperty(REWRITE_BATCHED_INSERTS, "true");
        }
        return bean;
    }
}
