package io.clearsky.server.agencies.internal;

import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.ApiKeySummary;
import io.clearsky.server.agencies.CentreLevel;
import io.clearsky.server.agencies.NewAgency;
import io.clearsky.server.agencies.PartnerKind;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.agencies.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Agencies, API keys and users in the database. */
@Repository
public class AgencyStore {

    private static final String AGENCY_COLUMNS =
            "id, code, kind, partner_kind, name_zh, name_en, region_code, warning_zh, warning_en, created_at";

    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Agency insert(NewAgency a, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agency (code, kind, partner_kind, name_zh, name_en, region_code, warning_zh, warning_en,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.code(),
                        a.kind().name(),
                        a.kind() == AgencyKind.PARTNER && a.partnerKind() != null
                                ? a.partnerKind().name()
                                : null,
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

    public ApiKeySummary insertKey(long agencyId, NewKeyRow key, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_key (agency_id, name, key_prefix, key_hash, role, scopes, expires_at, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        agencyId,
                        key.name(),
                        key.prefix(),
                        key.hash(),
                        key.role().name(),
                        key.scopes() == null ? null : scopes(key.scopes()),
                        utc(key.expiresAt()),
                        utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return findKey(agencyId, id).orElseThrow();
    }

    /** What a new key row holds; {@code scopes} null means all of the role's permissions. */
    public record NewKeyRow(
            String name,
            String prefix,
            String hash,
            Role role,
            @Nullable Set<Permission> scopes,
            Instant expiresAt) {}

    private static final String KEY_COLUMNS =
            "id, agency_id, name, key_prefix, role, scopes, created_at, expires_at, revoked_at, rotated_to";

    public List<ApiKeySummary> findKeys(long agencyId) {
        return jdbc.sql("select " + KEY_COLUMNS + " from api_key where agency_id = ? order by id")
                .param(agencyId)
                .query(AgencyStore::keySummary)
                .list();
    }

    public Optional<ApiKeySummary> findKey(long agencyId, long keyId) {
        return jdbc.sql("select " + KEY_COLUMNS + " from api_key where agency_id = ? and id = ?")
                .params(agencyId, keyId)
                .query(AgencyStore::keySummary)
                .optional();
    }

    private static ApiKeySummary keySummary(ResultSet rs, int row) throws SQLException {
        String scopes = rs.getString("scopes");
        return new ApiKeySummary(
                rs.getLong("id"),
                rs.getLong("agency_id"),
                rs.getString("name"),
                rs.getString("key_prefix"),
                Role.valueOf(rs.getString("role")),
                scopes == null ? null : scopes(scopes),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "revoked_at"),
                (Long) rs.getObject("rotated_to", Long.class));
    }

    public void revokeKey(long keyId, Instant now) {
        jdbc.sql("update api_key set revoked_at = ? where id = ?")
                .params(utc(now), keyId)
                .update();
    }

    /** Marks a key as replaced by another and brings its expiry forward to the end of the overlap. */
    public boolean rotated(long keyId, long replacementId, Instant expiresAt) {
        return jdbc.sql("update api_key set rotated_to = ?, expires_at = ? where id = ? and rotated_to is null")
                        .params(replacementId, utc(expiresAt), keyId)
                        .update()
                > 0;
    }

    /** The unrevoked key with this prefix, as the authentication needs it (its expiry is checked by the caller). */
    public Optional<StoredKey> findActiveKey(String prefix) {
        return jdbc.sql("select k.key_hash, k.agency_id, a.kind, k.role, k.scopes, k.expires_at"
                        + " from api_key k join agency a on a.id = k.agency_id"
                        + " where k.key_prefix = ? and k.revoked_at is null")
                .param(prefix)
                .query((rs, n) -> {
                    String scopes = rs.getString(5);
                    return new StoredKey(
                            rs.getString(1),
                            rs.getLong(2),
                            AgencyKind.valueOf(rs.getString(3)),
                            Role.valueOf(rs.getString(4)),
                            scopes == null ? null : scopes(scopes),
                            instant(rs, "expires_at"));
                })
                .optional();
    }

    private static String scopes(Set<Permission> scopes) {
        return scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Permission> scopes(String stored) {
        return stored.isEmpty()
                ? Set.of()
                : Arrays.stream(stored.split(",")).map(Permission::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static final String USER_COLUMNS =
            "username, password_hash, role, agency_id, password_change_required, locked_until, created_at";

    public Optional<StoredUser> findUser(String username) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user where username = ?")
                .param(username)
                .query(AgencyStore::user)
                .optional();
    }

    /** People, by user name; of these agencies only, or all when null. */
    public List<StoredUser> findUsers(@Nullable Set<Long> agencies) {
        if (agencies != null && agencies.isEmpty()) {
            return List.of();
        }
        String where = agencies == null
                ? ""
                : " where agency_id in ("
                        + agencies.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        return jdbc.sql("select " + USER_COLUMNS + " from app_user" + where + " order by username")
                .query(AgencyStore::user)
                .list();
    }

    private static StoredUser user(ResultSet rs, int row) throws SQLException {
        return new StoredUser(
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                (Long) rs.getObject("agency_id", Long.class),
                rs.getBoolean("password_change_required"),
                instant(rs, "locked_until"),
                instant(rs, "created_at"));
    }

    /**
     * Takes one of the account's login attempts before its password is checked: counted as a failure until the
     * check succeeds. False when the account is locked, or when as many attempts as allowed are already counted (in
     * flight at once, say), so parallel guesses cannot get past the limit between reading the lock and setting it.
     */
    public boolean takeLoginAttempt(String username, int maxAttempts, Instant now) {
        return jdbc.sql("update app_user set failed_logins = failed_logins + 1 where username = ?"
                                + " and failed_logins < ? and (locked_until is null or locked_until <= ?)")
                        .params(username, maxAttempts, utc(now))
                        .update()
                > 0;
    }

    /** Locks the account until {@code lockUntil} if its counted failures reached the limit; whether it did. */
    public boolean lockIfExhausted(String username, int maxAttempts, Instant lockUntil) {
        return jdbc.sql("update app_user set locked_until = ?, failed_logins = 0"
                                + " where username = ? and failed_logins >= ?")
                        .params(utc(lockUntil), username, maxAttempts)
                        .update()
                > 0;
    }

    /** A good login: forgets counted failures, unless a lock is in force (set meanwhile by parallel failures). */
    public boolean loginSucceeded(String username, Instant now) {
        return jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ?"
                                + " and (locked_until is null or locked_until <= ?)")
                        .params(username, utc(now))
                        .update()
                > 0;
    }

    /** Forgets failed logins and any lock after a good login or an admin's unlock. */
    public void clearFailedLogins(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ?")
                .param(username)
                .update();
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
    public record StoredKey(
            String hash,
            long agencyId,
            AgencyKind agencyKind,
            Role role,
            @Nullable Set<Permission> scopes,
            Instant expiresAt) {}

    /** A user row as the authentication needs it. */
    public record StoredUser(
            String username,
            String passwordHash,
            Role role,
            @Nullable Long agencyId,
            boolean passwordChangeRequired,
            @Nullable Instant lockedUntil,
            Instant createdAt) {}

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        AgencyKind kind = AgencyKind.valueOf(rs.getString("kind"));
        String partnerKind = rs.getString("partner_kind");
        return new Agency(
                rs.getLong("id"),
                rs.getString("code"),
                kind,
                kind == AgencyKind.POLICE_CENTRE ? level(rs.getString("region_code")) : null,
                partnerKind == null ? null : PartnerKind.valueOf(partnerKind),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("region_code"),
                rs.getString("warning_zh"),
                rs.getString("warning_en"),
                instant(rs, "created_at"));
    }

    /** A centre's level; none for a region code GB/T 2260 does not have (kept from before codes were checked). */
    private static @Nullable CentreLevel level(@Nullable String regionCode) {
        try {
            return CentreLevel.of(regionCode);
        } catch (IllegalArgumentException notARegion) {
            return null;
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
