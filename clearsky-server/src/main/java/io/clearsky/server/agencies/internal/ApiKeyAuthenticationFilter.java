package io.clearsky.server.agencies.internal;

import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.agencies.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates a request that carries an API key (see {@link ApiKeys}); an unknown or revoked key is a 401. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys apiKeys;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(ApiKeys apiKeys, ProblemResponses problems) {
        this.apiKeys = apiKeys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = ApiKeys.of(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = apiKeys.authenticate(key);
        if (caller.isEmpty()) {
            problems.write(
                    request, response, 401, "invalid-api-key", "Invalid API key", "the API key is unknown or revoked");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get(), false));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
