package io.clearsky.server;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where domain errors become RFC 9457 problem details. Every 4xx names what was wrong, and a field
 * when one was; a 5xx never carries a stack trace.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    static final String TYPE_BASE = "https://clearsky.io/problems/";

    @ExceptionHandler
    ResponseEntity<Object> on(InvalidInputException e, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage());
        problem.setProperty("errors", e.problems());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> on(NotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> on(ConflictException e) {
        return respond(problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> on(TooManyRequestsException e) {
        ProblemDetail problem =
                problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", e.getMessage());
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> onAccessDenied(RuntimeException e) {
        // our own denials say which permission or agency was missing, which an integration engineer needs
        String detail = e instanceof AccessDeniedException && e.getMessage() != null
                ? e.getMessage()
                : "your role or agency may not do this";
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail));
    }

    @ExceptionHandler
    ResponseEntity<Object> on(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Invalid input",
                e.getName() + ": '" + e.getValue() + "' is not a valid value");
        problem.setProperty(
                "errors",
                List.of(new InvalidInputException.FieldProblem(
                        e.getName(), "'" + e.getValue() + "' is not a valid value")));
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> on(Exception e, WebRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.web.bind.ServletRequestBindingException) {
            throw e;
        }
        log.error("Unexpected error on {}", request.getDescription(false), e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "the server failed to handle the request; it was logged"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldProblem(f.getField(), String.valueOf(f.getDefaultMessage())))
                .toList();
        return on(new InvalidInputException(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            ProblemDetail problem = problem(
                    HttpStatus.BAD_REQUEST,
                    "unreadable-body",
                    "Unreadable body",
                    "the request body is not valid JSON for this endpoint: " + rootMessage(ex));
            return respond(problem);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
