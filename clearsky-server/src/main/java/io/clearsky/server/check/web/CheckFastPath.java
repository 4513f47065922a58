package io.clearsky.server.check.web;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.ProblemWriter;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.check.CheckManagement.Item;
import io.clearsky.server.check.CheckResult;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code GET /api/v1/check} with an API key before the Spring MVC and Spring Security machinery, which
 * costs more per request than the check itself (profiled: request observations, the security filter chain and
 * handler dispatch were most of the CPU time). It authenticates with the same {@link ApiKeys} as the security
 * chain and runs the same {@link CheckManagement#check}; any request it does not fully understand — no key, an
 * unknown key, another method — goes on to the ordinary chain, which answers it as before.
 */
class CheckFastPath extends OncePerRequestFilter {

    static final String PATH = "/api/v1/check";

    private final ApiKeys apiKeys;
    private final CheckManagement checks;
    private final ProblemWriter problems;
    private final ObjectWriter writer;

    CheckFastPath(ApiKeys apiKeys, CheckManagement checks, ProblemWriter problems, JsonMapper json) {
        this.apiKeys = apiKeys;
        this.checks = checks;
        this.problems = problems;
        this.writer = json.writerFor(CheckResult.class);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = ApiKeys.of(request);
        Optional<Caller> caller = key == null ? Optional.empty() : apiKeys.authenticate(key);
        if (caller.isEmpty() || !caller.get().may(Permission.CHECK)) {
            // no key, a bad one, or one without CHECK: the ordinary chain answers (401 or 403 as problem+json)
            chain.doFilter(request, response);
            return;
        }
        CheckResult result;
        try {
            result = checks.check(
                    new Item(
                            request.getParameter("kind"),
                            request.getParameter("value"),
                            request.getParameter("areaCode")),
                    request.getParameter("subscriber"),
                    request.getParameter("route"));
        } catch (InvalidInputException e) {
            problems.write(request, response, 400, "invalid-input", "Invalid input", e.getMessage(), e.problems());
            return;
        }
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        writer.writeValue(response.getOutputStream(), result);
    }
}
