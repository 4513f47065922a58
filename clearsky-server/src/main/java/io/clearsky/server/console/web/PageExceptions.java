package io.clearsky.server.console.web;

import io.clearsky.server.ConflictException;
import io.clearsky.server.ErrorPages;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An error in a console or public page's controller, or a page path that does not exist (or not for this method: a
 * link to a form's address), answered as the error page
 * when a browser asked for the page ({@link ErrorPages#wanted}); everything else (the API, htmx, clients without
 * {@code Accept: text/html}) falls through to the problem+json handling. Runs before that handling.
 */
@Component
class PageExceptions implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageExceptions.class);

    private final ErrorPages pages;

    PageExceptions(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean ours = handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(PageExceptions.class.getPackageName());
        if (!(ours || e instanceof NoResourceFoundException || e instanceof HttpRequestMethodNotSupportedException)
                || !ErrorPages.wanted(request, path)) {
            return null;
        }
        int status = status(e);
        if (status >= 500) {
            log.error("Unexpected error on {}", path, e);
        }
        if (e instanceof TooManyRequestsException tooMany) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(TooManyRequestsException.seconds(tooMany.retryAfter())));
        }
        return pages.page(request, response, path, status);
    }

    static int status(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof AuthorizationDeniedException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof TooManyRequestsException) {
            return 429;
        }
        if (e instanceof InvalidInputException
                || e instanceof MethodArgumentTypeMismatchException
                || e instanceof ServletRequestBindingException) {
            return 400;
        }
        if (e instanceof ErrorResponse answer) {
            return answer.getStatusCode().value();
        }
        return 500;
    }
}
