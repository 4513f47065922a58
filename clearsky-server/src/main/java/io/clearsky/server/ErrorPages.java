package io.clearsky.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.ModelAndView;

/**
 * The web pages' errors as a page, not problem+json: a citizen whose report hit the rate limit, or an analyst who
 * followed a stale link, reads what happened in the page's language. The API (and anything not asking for HTML)
 * keeps its problem+json. The console module draws the pages; this is where the error answers ask for them.
 */
public interface ErrorPages {

    /**
     * A request attribute (any value) saying that a 403 refused a form whose CSRF token was missing or stale, so the
     * page says "the page had expired", not "not in your role".
     */
    String STALE_FORM = ErrorPages.class.getName() + ".staleForm";

    /**
     * The page for an error with this HTTP status on the page at {@code path} (the path that failed, not
     * {@code /error}); a rate limit's {@code Retry-After} is already on the response.
     */
    ModelAndView page(HttpServletRequest request, HttpServletResponse response, String path, int status);

    /**
     * Whether the error on {@code path} should be a page: a browser asked for HTML (its {@code Accept} names
     * {@code text/html}), not htmx fetching a part of a page, and the path is not the API's, an actuator's or a
     * static file's.
     */
    static boolean wanted(HttpServletRequest request, String path) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null
                && accept.contains("text/html")
                && request.getHeader("HX-Request") == null
                && !path.startsWith("/api/")
                && !path.equals("/api")
                && !path.startsWith("/actuator")
                && !path.startsWith("/webjars/")
                && !path.startsWith("/v3/api-docs")
                && !path.startsWith("/swagger-ui");
    }
}
