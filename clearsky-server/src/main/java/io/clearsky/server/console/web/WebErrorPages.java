package io.clearsky.server.console.web;

import io.clearsky.server.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of the console and of the public pages, in the page's language: what happened in plain words and
 * where to go next. A console path gets the console's frame, any other page the citizens' frame (with the hotline).
 * The HTTP status stays the error's own, so a script or a crawler still sees a 403, a 404 or a 429.
 */
@Component
class WebErrorPages implements ErrorPages {

    /**
     * A path the language switch may link back to: ours, plain. Not {@code //host/..} or {@code /\host/..}, which a
     * link builder and a browser take for another site.
     */
    private static final Pattern PLAIN_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~-]*");

    @Override
    public ModelAndView page(HttpServletRequest request, HttpServletResponse response, String path, int status) {
        boolean console = path.equals("/console") || path.startsWith("/console/");
        ModelAndView page = new ModelAndView(console ? "console/error" : "public/error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("kind", status == 403 && request.getAttribute(STALE_FORM) != null ? "expired" : kind(status));
        page.addObject("zh", LocaleContextHolder.getLocale().getLanguage().equals("zh"));
        // the language switch of the error page reloads the page that failed (a GET), not /error
        page.addObject(
                "here",
                console
                                || !"GET".equals(request.getMethod())
                                || !PLAIN_PATH.matcher(path).matches()
                        ? (console ? "/console" : "/")
                        : path);
        page.addObject("retryMinutes", retryMinutes(response, status));
        return page;
    }

    /**
     * The message keys' middle part: the few kinds of error a person can act on differently. A 401 reaches a page
     * only for an address that no page serves (the API's login demand, the console's own being a redirect), so it
     * reads as "not found".
     */
    static String kind(int status) {
        return switch (status) {
            case 401 -> "notFound";
            case 403 -> "forbidden";
            case 404, 405 -> "notFound";
            case 409 -> "conflict";
            case 413 -> "tooLarge";
            case 429 -> "tooMany";
            default -> status >= 500 ? "server" : "badRequest";
        };
    }

    /** Whole minutes to wait, from the Retry-After the rate limit set (at least 1), or 0 when there is none. */
    private static long retryMinutes(HttpServletResponse response, int status) {
        if (status != 429) {
            return 0;
        }
        String seconds = response.getHeader(HttpHeaders.RETRY_AFTER);
        if (seconds == null) {
            return 1;
        }
        try {
            return Math.max(1, (Long.parseLong(seconds.strip()) + 59) / 60);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
