package io.clearsky.server.agencies;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.server.agencies.AgencyEvents.ApiKeyRevoked;
import io.clearsky.server.agencies.internal.AgencyStore;
import io.clearsky.server.agencies.internal.ApiKeyCodec;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who an API key belongs to. Valid and invalid keys are cached for 30 seconds so the check path never waits on the
 * database; a revocation on this replica takes effect at once, on others within that time.
 */
@Component
public class ApiKeys {

    /** The header partners send their key in. */
    public static final String HEADER = "X-API-Key";

    private final AgencyStore store;
    private final AgencyManagement agencies;
    private final Clock clock;
    private final Cache<String, Optional<Known>> keys = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(30))
            .build();

    ApiKeys(AgencyStore store, AgencyManagement agencies, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** A key found in the database: whom it stands for, until when. */
    private record Known(Caller caller, Instant expiresAt) {}

    /** The key a request carries in {@code X-API-Key} or {@code Authorization: Bearer csk_…}, if any. */
    public static @Nullable String of(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null) {
            return key.strip();
        }
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith("Bearer csk_")
                ? authorization.substring(7).strip()
                : null;
    }

    /** The caller a key stands for; empty for an unknown, revoked or expired key. */
    public Optional<Caller> authenticate(String key) {
        Instant now = clock.instant();
        return keys.get(key, this::lookup)
                .filter(known -> now.isBefore(known.expiresAt()))
                .map(Known::caller);
    }

    private Optional<Known> lookup(String key) {
        String prefix = ApiKeyCodec.prefixOf(key);
        if (prefix == null) {
            return Optional.empty();
        }
        return store.findActiveKey(prefix)
                .filter(stored -> ApiKeyCodec.matches(key, stored.hash()))
                .map(stored -> new Known(
                        new Caller(
                                "key:" + prefix,
                                stored.role(),
                                stored.agencyId(),
                                keyPermissions(stored),
                                agencies.overseenBy(stored.agencyId())),
                        stored.expiresAt()));
    }

    /** The role's permissions or the key's scopes; never managing people, which a person does, not a system. */
    private static Set<Permission> keyPermissions(AgencyStore.StoredKey stored) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        permissions.addAll(stored.scopes() == null ? stored.role().permissions() : stored.scopes());
        permissions.remove(Permission.USERS_MANAGE);
        return permissions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ApiKeyRevoked revoked) {
        forget(revoked.prefix());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgencyEvents.ApiKeyRotated rotated) {
        forget(rotated.prefix());
    }

    private void forget(String prefix) {
        keys.asMap().keySet().removeIf(key -> prefix.equals(ApiKeyCodec.prefixOf(key)));
    }
}
