package io.clearsky.server.warning.web;

import io.clearsky.server.BodyTooLargeException;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.ProblemWriter;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.warning.TransferCheckManagement;
import io.clearsky.server.warning.TransferCheckManagement.Checked;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code POST /api/v1/transfer-checks} with an API key before the Spring MVC and Spring Security machinery,
 * as the check API's fast path does (that machinery costs more per request than the check). It authenticates with
 * the same {@link ApiKeys} and runs the same {@link TransferCheckManagement#check}, and answers errors with the same
 * problem+json; a request without a known key, or not JSON, goes on to the ordinary chain.
 */
class TransferCheckFastPath extends OncePerRequestFilter {

    static final String PATH = "/api/v1/transfer-checks";
    private static final Logger log = LoggerFactory.getLogger(TransferCheckFastPath.class);

    private final ApiKeys apiKeys;
    private final TransferCheckManagement checks;
    private final ProblemWriter problems;
    private final JsonMapper json;

    TransferCheckFastPath(ApiKeys apiKeys, TransferCheckManagement checks, ProblemWriter problems, JsonMapper json) {
        this.apiKeys = apiKeys;
        this.checks = checks;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI())
                || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_JSON_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = ApiKeys.of(request);
        Optional<Caller> caller = key == null ? Optional.empty() : apiKeys.authenticate(key);
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Checked checked;
        try {
            JsonNode body = json.readTree(request.getInputStream());
            checked = checks.checkWithJson(body, caller.get());
        } catch (JacksonException e) {
            Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.in(e);
            if (tooLarge.isPresent()) {
                problems.write(
                        request,
                        response,
                        413,
                        "body-too-large",
                        "Body too large",
                        tooLarge.get().getMessage(),
                        List.of());
                return;
            }
            problems.write(
                    request,
                    response,
                    400,
                    "unreadable-body",
                    "Unreadable body",
                    "the request body is not valid JSON for this endpoint: " + e.getOriginalMessage(),
                    List.of());
            return;
        } catch (InvalidInputException e) {
            problems.write(request, response, 400, "invalid-input", "Invalid input", e.getMessage(), e.problems());
            return;
        } catch (ConflictException e) {
            problems.write(request, response, 409, "conflict", "Conflict", e.getMessage(), List.of());
            return;
        } catch (AccessDeniedException e) {
            problems.write(
                    request, response, 403, "forbidden", "Forbidden", "your role or agency may not do this", List.of());
            return;
        } catch (RuntimeException e) {
            log.error("Unexpected error on a transfer check", e);
            problems.write(
                    request,
                    response,
                    500,
                    "internal-error",
                    "Internal error",
                    "the server failed to handle the request; it was logged",
                    List.of());
            return;
        }
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] answer = checked.json().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}
