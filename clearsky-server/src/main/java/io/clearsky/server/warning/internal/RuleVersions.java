package io.clearsky.server.warning.internal;

import static io.clearsky.server.Timestamps.utc;

import io.clearsky.server.Timestamps;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every version of the rules that ran, with its text: what a decision's rules version points at. */
@Repository
public class RuleVersions {

    private final JdbcClient jdbc;

    RuleVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A version of the rules as stored; {@code source} is DEFAULT, FILE or API. */
    public record RuleVersion(int version, String name, String text, String source, String createdBy, Instant at) {}

    private static final String COLUMNS = "version, name, rules_text, source, created_by, created_at";

    public Optional<RuleVersion> find(int version) {
        return jdbc.sql("select " + COLUMNS + " from warning_rules where version = ?")
                .param(version)
                .query(RuleVersions::version)
                .optional();
    }

    /** The highest version on record. */
    public Optional<RuleVersion> latest() {
        return jdbc.sql("select " + COLUMNS + " from warning_rules order by version desc limit 1")
                .query(RuleVersions::version)
                .optional();
    }

    /** The highest version number on record, 0 when none is. */
    public int latestVersion() {
        Integer max = jdbc.sql("select max(version) from warning_rules")
                .query(Integer.class)
                .optional()
                .orElse(null);
        return max == null ? 0 : max;
    }

    /** Stores a version; one on record already fails with a duplicate key. */
    public void insert(RuleVersion v) {
        jdbc.sql("insert into warning_rules (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)")
                .params(v.version(), v.name(), v.text(), v.source(), v.createdBy(), utc(v.at()))
                .update();
    }

    private static RuleVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RuleVersion(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Timestamps.required(rs, "created_at"));
    }
}
