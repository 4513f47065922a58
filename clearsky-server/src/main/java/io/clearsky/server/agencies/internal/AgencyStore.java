package io.clearsky.server.agencies.internal;

import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.ApiKeySummary;
import io.clearsky.server.agencies.NewAgency;
import io.clearsky.server.agencies.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Agencies, API keys and users in the database. */
@Repository
public class AgencyStore {

    private static final String AGENCY_COLUMNS =
            "id, code, kind, name_zh, name_en, region_code, warning_zh, warning_en, created_at";

    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Agency insert(NewAgency a, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agency (code, kind, name_zh, name_en, region_code, warning_zh, warning_en, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.code(),
                        a.kind().name(),
                        a.nameZh().strip(),
                        a.nameEn().strip(),
                        a.regionCode(),
                        a.warningZh(),
                        a.warningEn(),
                        utc(now))
                .update(keys, "id");
        return findById(keys.getKey().longValue()).orElseThrow();
    }

    public Optional<Agency> findById(long id) {
        return jdbc.sql("select " + AGENCY_COLUMNS + " from agency where id = ?")
                .param(id)
                .query(AgencyStore::agency)
                .optional();
    }

    public Optional<Agency> findByCode(String code) {
        return jdbc.sql("select " + AGENCY_COLUMNS + " from agency where code = ?")
                .param(code)
                .query(AgencyStore::agency)
                .optional();
    }

    public List<Agency> findAll() {
        return jdbc.sql("select " + AGENCY_COLUMNS + " from agency order by id")
                .query(AgencyStore::agency)
                .list();
    }

    public ApiKeySummary insertKey(long agencyId, String name, String prefix, String hash, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_key (agency_id, name, key_prefix, key_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(agencyId, name, prefix, hash, utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return findKeys(agencyId).stream().filter(k -> k.id() == id).findFirst().orElseThrow();
    }

    public List<ApiKeySummary> findKeys(long agencyId) {
        return jdbc.sql(
                        "select id, agency_id, name, key_prefix, created_at, revoked_at from api_key where agency_id = ? order by id")
                .param(agencyId)
                .query((rs, n) -> new ApiKeySummary(
                        rs.getLong("id"),
                        rs.getLong("agency_id"),
                        rs.getString("name"),
                        rs.getString("key_prefix"),
                        instant(rs, "created_at"),
                        instant(rs, "revoked_at")))
                .list();
    }

    public void revokeKey(long keyId, Instant now) {
        jdbc.sql("update api_key set revoked_at = ? where id = ?")
                .params(utc(now), keyId)
                .update();
    }

    /** The active key with this prefix: its hash, agency and the agency's kind. */
    public Optional<StoredKey> findActiveKey(String prefix) {
        return jdbc.sql("select k.key_hash, k.agency_id, a.kind from api_key k join agency a on a.id = k.agency_id"
                        + " where k.key_prefix = ? and k.revoked_at is null")
                .param(prefix)
                .query((rs, n) -> new StoredKey(rs.getString(1), rs.getLong(2), AgencyKind.valueOf(rs.getString(3))))
                .optional();
    }

    public Optional<StoredUser> findUser(String username) {
        return jdbc.sql("select u.username, u.password_hash, u.role, u.agency_id, u.password_change_required"
                        + " from app_user u where u.username = ?")
                .param(username)
                .query((rs, n) -> new StoredUser(
                        rs.getString(1),
                        rs.getString(2),
                        Role.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4, Long.class),
                        rs.getBoolean(5)))
                .optional();
    }

    public boolean anyAdmin() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insertUser(
            String username,
            String passwordHash,
            Role role,
            @Nullable Long agencyId,
            boolean changeRequired,
            Instant now) {
        jdbc.sql("insert into app_user (username, password_hash, role, agency_id, password_change_required, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), agencyId, changeRequired, utc(now))
                .update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, password_change_required = false where username = ?")
                .params(passwordHash, username)
                .update();
    }

    /** An API key row as the authentication filter needs it. */
    public record StoredKey(String hash, long agencyId, AgencyKind agencyKind) {}

    /** A user row as the authentication needs it. */
    public record StoredUser(
            String username,
            String passwordHash,
            Role role,
            @Nullable Long agencyId,
            boolean passwordChangeRequired) {}

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        return new Agency(
                rs.getLong("id"),
                rs.getString("code"),
                AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("region_code"),
                rs.getString("warning_zh"),
                rs.getString("warning_en"),
                instant(rs, "created_at"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
