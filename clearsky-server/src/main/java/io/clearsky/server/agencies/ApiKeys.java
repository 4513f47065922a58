package io.clearsky.server.agencies;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.server.agencies.AgencyEvents.ApiKeyRevoked;
import io.clearsky.server.agencies.internal.AgencyStore;
import io.clearsky.server.agencies.internal.ApiKeyCodec;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who an API key belongs to. Valid and invalid keys are cached for 30 seconds so the check path never waits on the
 * database; a revocation on this replica takes effect at once, on others within that time.
 */
@Component
public class ApiKeys {

    /** The header partners send their key in. */
    public static final String HEADER = "X-API-Key";

    private final AgencyStore store;
    private final Cache<String, Optional<Caller>> keys = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(30))
            .build();

    ApiKeys(AgencyStore store) {
        this.store = store;
    }

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

    /** The caller a key stands for; empty for an unknown or revoked key. */
    public Optional<Caller> authenticate(String key) {
        return keys.get(key, this::lookup);
    }

    private Optional<Caller> lookup(String key) {
        String prefix = ApiKeyCodec.prefixOf(key);
        if (prefix == null) {
            return Optional.empty();
        }
        return store.findActiveKey(prefix)
                .filter(stored -> ApiKeyCodec.matches(key, stored.hash()))
                .map(stored -> new Caller(
                        "key:" + prefix,
                        stored.agencyKind() == AgencyKind.POLICE_CENTRE ? Role.POLICE : Role.PARTNER,
                        stored.agencyId()));
    }

    @EventListener
    void on(ApiKeyRevoked revoked) {
        keys.asMap().keySet().removeIf(key -> revoked.prefix().equals(ApiKeyCodec.prefixOf(key)));
    }
}
