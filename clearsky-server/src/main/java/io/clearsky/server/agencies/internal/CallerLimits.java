package io.clearsky.server.agencies.internal;

import io.clearsky.server.ProblemWriter;
import io.clearsky.server.RateLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rate limits of requests without an API key, in the security chain after the login: a person logged in is
 * counted by user name, anyone else by client address. Requests with a key were counted by {@link RequestGuard}.
 */
final class CallerLimits extends OncePerRequestFilter {

    private final RateLimit perUser;
    private final RateLimit perAddress;
    private final ProblemWriter problems;

    CallerLimits(RateLimit perUser, RateLimit perAddress, ProblemWriter problems) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(RequestGuard.COUNTED) == null) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean person = authentication instanceof CallerAuthentication;
            RateLimit limit = person ? perUser : perAddress;
            Duration wait = limit.waitAfterTaking(person ? authentication.getName() : request.getRemoteAddr());
            request.setAttribute(RequestGuard.COUNTED, Boolean.TRUE);
            if (!wait.isZero()) {
                problems.writeTooManyRequests(request, response, limit.describe(), wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
