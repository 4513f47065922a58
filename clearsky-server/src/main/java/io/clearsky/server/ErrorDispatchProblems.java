package io.clearsky.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the servlet container's error dispatch ({@code /error}) with problem+json: an exception thrown in a filter,
 * before Spring MVC and {@link ProblemHandling} see it, or an error the container itself sends. In place of Spring
 * Boot's error controller, whose answer carries the exception's message, which may hold anything (SQL included).
 * A browser's request for a web page gets the {@link ErrorPages error page} instead.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class ErrorDispatchProblems implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorDispatchProblems.class);

    private final ObjectProvider<ErrorPages> pages;
    private final JsonMapper json;

    ErrorDispatchProblems(ObjectProvider<ErrorPages> pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        ProblemDetail problem = problem(request);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A browser asking for HTML: the error page for a web page, the same problem+json for the API. */
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        ProblemDetail problem = problem(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String p ? p : "/";
        ErrorPages available = pages.getIfAvailable();
        if (available != null && ErrorPages.wanted(request, path)) {
            return available.page(request, response, path, problem.getStatus());
        }
        View asJson = (model, req, res) -> {
            res.setStatus(problem.getStatus());
            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            res.setCharacterEncoding("UTF-8");
            json.writeValue(res.getOutputStream(), problem);
        };
        return new ModelAndView(asJson);
    }

    private ProblemDetail problem(HttpServletRequest request) {
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE), exception);
        Optional<BodyTooLargeException> tooLarge =
                exception == null ? Optional.empty() : BodyTooLargeException.in(exception);
        ProblemDetail problem;
        if (tooLarge.isPresent()) {
            problem = ProblemHandling.problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body-too-large",
                    "Body too large",
                    tooLarge.get().getMessage());
        } else if (status.is5xxServerError()) {
            log.error("Unexpected error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), exception);
            problem = ProblemHandling.problem(
                    status,
                    "internal-error",
                    "Internal error",
                    "the server failed to handle the request; it was logged");
        } else {
            problem = ProblemHandling.problem(status, "http-" + status.value(), status.getReasonPhrase(), null);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(java.net.URI.create(safe(path)));
        }
        return problem;
    }

    private static HttpStatus status(@Nullable Object code, @Nullable Throwable exception) {
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return exception == null ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String safe(String path) {
        return path.replaceAll("[^A-Za-z0-9/._~-]", "_");
    }
}
