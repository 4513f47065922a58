package io.clearsky.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer straight to a servlet response, for code that runs before Spring MVC (security
 * filters, the check fast path); the same shape as {@link ProblemHandling}'s. A browser's request for a web page
 * (see {@link ErrorPages#wanted}) gets the error page instead, through the container's error dispatch.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            List<InvalidInputException.FieldProblem> errors)
            throws IOException {
        write(request, response, status, type, title, detail, errors, Map.of());
    }

    /** A 429 with a Retry-After header, as {@link ProblemHandling} answers a {@link TooManyRequestsException}. */
    public void writeTooManyRequests(
            HttpServletRequest request, HttpServletResponse response, String limit, Duration wait) throws IOException {
        long seconds = TooManyRequestsException.seconds(wait);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(
                request,
                response,
                429,
                "too-many-requests",
                "Too many requests",
                limit,
                List.of(),
                Map.of("retryAfterSeconds", seconds));
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            List<InvalidInputException.FieldProblem> errors,
            Map<String, Object> properties)
            throws IOException {
        if (ErrorPages.wanted(request, request.getRequestURI())) {
            // the error dispatch draws the page; a Retry-After set above stays on the answer
            response.sendError(status);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemHandling.TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        body.putAll(properties);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
