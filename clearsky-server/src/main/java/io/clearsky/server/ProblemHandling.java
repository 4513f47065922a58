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
import tools.jackson.core.JacksonException;

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
        long seconds = TooManyRequestsException.seconds(e.retryAfter());
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

    /** A multipart body that cannot be parsed (an oversized one is answered 413 by the handler it inherits). */
    @ExceptionHandler
    ResponseEntity<Object> on(org.springframework.web.multipart.MultipartException e) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "unreadable-body",
                "Unreadable body",
                "the request body is not a multipart/form-data body this endpoint can read"));
    }

    @ExceptionHandler
    ResponseEntity<Object> on(Exception e, WebRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.web.bind.ServletRequestBindingException) {
            throw e;
        }
        if (BodyTooLargeException.in(e).isPresent()) {
            return respond(tooLarge(BodyTooLargeException.in(e).get()));
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
            return respond(unreadable(ex));
        }
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return respond(problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body-too-large",
                    "Body too large",
                    "the upload is larger than the limit for uploads"));
        }
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        // Spring's own answers (405, 415, 406, a missing parameter, no such path) are problem details already; they
        // are sent as problem+json whatever the client accepts, with no more than they say
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return answer;
    }

    /**
     * A body that could not be read: too large (413), a value the target type refused (400 naming the field), or
     * not JSON at all (400). The detail never carries a Java type name: Jackson's own messages do.
     */
    private static ProblemDetail unreadable(Exception ex) {
        if (BodyTooLargeException.in(ex).isPresent()) {
            return tooLarge(BodyTooLargeException.in(ex).get());
        }
        InvalidInputException invalid = null;
        RuntimeException refused = null;
        JacksonException json = null;
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidInputException e && invalid == null) {
                invalid = e;
            } else if (t instanceof IllegalArgumentException e && refused == null) {
                refused = e;
            } else if (t instanceof JacksonException e && json == null) {
                json = e;
            }
        }
        String field = json == null ? "" : JsonFields.path(json);
        if (invalid != null) {
            return invalidInput(field.isEmpty() ? invalid.problems() : JsonFields.under(field, invalid.problems()));
        }
        if (!field.isEmpty()) {
            String message = refused != null ? String.valueOf(refused.getMessage()) : JsonFields.expected(json);
            return invalidInput(List.of(new InvalidInputException.FieldProblem(field, message)));
        }
        String why = json instanceof tools.jackson.core.exc.StreamReadException read
                ? JsonFields.firstLine(read.getOriginalMessage())
                : "the body is missing or is not the JSON this endpoint takes";
        return problem(
                HttpStatus.BAD_REQUEST,
                "unreadable-body",
                "Unreadable body",
                "the request body is not valid JSON for this endpoint: " + why);
    }

    private static ProblemDetail invalidInput(List<InvalidInputException.FieldProblem> errors) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Invalid input",
                new InvalidInputException(errors).getMessage());
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail tooLarge(BodyTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Body too large", e.getMessage());
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
