package io.clearsky.server.console.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every public page's layout needs: which language it is in and where it is, for the language switch. */
@ControllerAdvice(
        assignableTypes = {
            PublicHomeController.class,
            PublicReportController.class,
            PublicCheckController.class,
            PublicFollowController.class
        })
class PublicPagesAdvice {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** True for Chinese: the pages pick the zh or en side of the modules' bilingual texts with it. */
    @ModelAttribute("zh")
    boolean zh() {
        return LocaleContextHolder.getLocale().getLanguage().equals("zh");
    }

    /** Times are shown in China Standard Time, as the report form asks for them. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return CHINA;
    }

    /** The page's path without its query, so the language switch comes back to the same page. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        // a report refused for its CSRF token is forwarded to the expired page; its switch goes back to the form
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return forwardedFrom instanceof String path ? path : request.getRequestURI();
    }
}
