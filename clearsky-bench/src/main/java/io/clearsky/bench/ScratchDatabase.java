package io.clearsky.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A PostgreSQL database of its own for one measurement, {@code clearsky_bench_<random>}, created on open and dropped
 * on close whatever happened, so peers never measure against, or leave behind, anything else.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private ScratchDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** Creates a fresh database on the server that {@code adminUrl} (any database on it) points at. */
    public static ScratchDatabase create(String adminUrl, String user, String password) throws SQLException {
        String name = String.format("clearsky_bench_%08x", new SecureRandom().nextInt());
        try (Connection admin = connect(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        return new ScratchDatabase(adminUrl, user, password, name);
    }

    public String name() {
        return name;
    }

    /** The JDBC URL of the scratch database. */
    public String url() {
        return withDatabase(adminUrl, name);
    }

    /** A new connection to the scratch database. */
    public Connection connect() throws SQLException {
        return connect(url(), user, password);
    }

    /**
     * Runs {@code ANALYZE} on the database after {@code delay}, in a thread of its own, started. A database created
     * for the run has no statistics: a prepared statement planned before autovacuum gets to it can cache a generic
     * plan with a sequential scan that gets slower as the table grows. Call it half-way through a warm-up.
     */
    public Thread analyzeAfter(java.time.Duration delay, java.util.function.Consumer<String> onFailure) {
        Thread analyze = new Thread(
                () -> {
                    try {
                        Thread.sleep(delay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    try (Connection connection = connect();
                            Statement statement = connection.createStatement()) {
                        statement.execute("analyze");
                        System.out.println("analyzed the scratch database after " + delay.toSeconds() + " s");
                    } catch (SQLException e) {
                        onFailure.accept("ANALYZE during the warm-up failed: " + e.getMessage());
                    }
                },
                "analyze-" + name);
        analyze.start();
        return analyze;
    }

    @Override
    public void close() {
        try (Connection admin = connect(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop database " + name + ", drop it by hand: " + e.getMessage());
        }
    }

    /** The same JDBC URL pointing at another database: {@code jdbc:postgresql://h:p/postgres?x} to {@code .../db?x}. */
    public static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = path.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/database, got " + url);
        }
        return path.substring(0, slash + 1) + database + params;
    }

    /** A connection with a short connect timeout, named so it shows in {@code pg_stat_activity}. */
    public static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "clearsky-bench");
        return DriverManager.getConnection(url, properties);
    }
}
