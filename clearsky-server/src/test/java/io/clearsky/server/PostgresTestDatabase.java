package io.clearsky.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL database for one test class: created on first use, dropped after the class.
 *
 * <p>{@code clearsky.it.postgres} (system property, or env {@code CLEARSKY_IT_POSTGRES}) decides: {@code auto}
 * (default) runs the PostgreSQL tests when the server answers and skips them otherwise, {@code required} fails them
 * when it does not (CI), {@code off} skips them. {@code clearsky.it.postgres.url} (env
 * {@code CLEARSKY_IT_POSTGRES_URL}) points at the server, by default {@code jdbc:postgresql://127.0.0.1:5432/postgres}
 * as user {@code postgres}.
 */
public final class PostgresTestDatabase {

    private static String url;
    private static Runnable dropper;

    private PostgresTestDatabase() {}

    /** Whether the PostgreSQL tests should run: always when required (so they fail loudly), never when off. */
    public static boolean enabled() {
        String mode =
                setting("clearsky.it.postgres", "CLEARSKY_IT_POSTGRES", "auto").toLowerCase(Locale.ROOT);
        if (mode.equals("off")) {
            return false;
        }
        if (mode.equals("required")) {
            return true;
        }
        String admin = setting(
                "clearsky.it.postgres.url", "CLEARSKY_IT_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try (Connection ignored = DriverManager.getConnection(
                admin,
                setting("clearsky.it.postgres.user", "CLEARSKY_IT_POSTGRES_USER", "postgres"),
                setting("clearsky.it.postgres.password", "CLEARSKY_IT_POSTGRES_PASSWORD", ""))) {
            return true;
        } catch (SQLException e) {
            System.err.println("Skipping PostgreSQL tests: " + admin + " is not reachable (" + e.getMessage()
                    + "); set clearsky.it.postgres=required to fail instead");
            return false;
        }
    }

    /** The JDBC URL of this JVM's test database, creating it on first use. */
    public static synchronized String url() {
        if (url != null) {
            return url;
        }
        String mode =
                setting("clearsky.it.postgres", "CLEARSKY_IT_POSTGRES", "auto").toLowerCase(Locale.ROOT);
        Assumptions.assumeFalse(mode.equals("off"), "PostgreSQL tests are switched off (clearsky.it.postgres=off)");
        String admin = setting(
                "clearsky.it.postgres.url", "CLEARSKY_IT_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = setting("clearsky.it.postgres.user", "CLEARSKY_IT_POSTGRES_USER", "postgres");
        String password = setting("clearsky.it.postgres.password", "CLEARSKY_IT_POSTGRES_PASSWORD", "");
        String name =
                "clearsky_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(admin, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            if (mode.equals("required")) {
                throw new IllegalStateException(
                        "PostgreSQL is required for these tests but " + admin + " failed: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + admin + " (" + e.getMessage()
                    + "); set clearsky.it.postgres=required to fail instead");
        }
        dropper = () -> drop(admin, user, password, name);
        url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        System.setProperty("clearsky.it.postgres.user.resolved", user);
        System.setProperty("clearsky.it.postgres.password.resolved", password);
        return url;
    }

    /** Drops the database once its users are gone; see {@link DropAfterContextClosed}. */
    public static synchronized void drop() {
        if (dropper != null) {
            dropper.run();
            dropper = null;
            url = null;
        }
    }

    /**
     * Drops the test database after Spring closed the test's context (ordered before
     * DirtiesContextTestExecutionListener, so its after-class step runs after that one closed the context).
     */
    public static final class DropAfterContextClosed
            implements org.springframework.test.context.TestExecutionListener, org.springframework.core.Ordered {
        @Override
        public void afterTestClass(org.springframework.test.context.TestContext testContext) {
            drop();
        }

        @Override
        public int getOrder() {
            return 2000;
        }
    }

    public static String user() {
        return System.getProperty("clearsky.it.postgres.user.resolved", "postgres");
    }

    public static String password() {
        return System.getProperty("clearsky.it.postgres.password.resolved", "");
    }

    private static void drop(String admin, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(admin, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
