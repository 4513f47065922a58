package io.clearsky.server.agencies.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries an API key in {@code X-API-Key} (or {@code Authorization: Bearer}). Valid
 * keys are cached for 30 seconds so the check path never waits on the database; a revocation on this replica takes
 * effect at once, on others within that time.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final AgencyStore store;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final Cache<String, Optional<CallerAuthentication>> keys = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(30))
            .build();

    ApiKeyAuthenticationFilter(AgencyStore store, ProblemResponses problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.startsWith("Bearer csk_")) {
                key = authorization.substring(7);
            }
        }
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CallerAuthentication> authentication = keys.get(key.strip(), this::authenticate);
        if (authentication.isEmpty()) {
            problems.write(
                    request, response, 401, "invalid-api-key", "Invalid API key", "the API key is unknown or revoked");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private Optional<CallerAuthentication> authenticate(String key) {
        String prefix = ApiKeyCodec.prefixOf(key);
        if (prefix == null) {
            return Optional.empty();
        }
        return store.findActiveKey(prefix)
                .filter(stored -> ApiKeyCodec.matches(key, stored.hash()))
                .map(stored -> new CallerAuthentication(
                        new Caller(
                                "key:" + prefix,
                                stored.agencyKind() == AgencyKind.POLICE_CENTRE ? Role.POLICE : Role.PARTNER,
                                stored.agencyId()),
                        false));
    }

    @EventListener
    void on(io.clearsky.server.agencies.AgencyEvents.ApiKeyRevoked revoked) {
        keys.asMap().keySet().removeIf(key -> revoked.prefix().equals(ApiKeyCodec.prefixOf(key)));
    }
}
