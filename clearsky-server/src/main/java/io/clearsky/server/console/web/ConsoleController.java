package io.clearsky.server.console.web;

import io.clearsky.server.agencies.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The console's pages: the login form and the dashboard, with its htmx fragment and its charts' data. */
@Hidden
@Controller
class ConsoleController {

    private final Dashboards dashboards;
    private final ConsoleUsers users;

    ConsoleController(Dashboards dashboards, ConsoleUsers users) {
        this.dashboards = dashboards;
        this.users = users;
    }

    @GetMapping("/console/login")
    String login(@RequestParam(required = false) @Nullable String error, HttpServletRequest request, Model model) {
        boolean failed = error != null;
        HttpSession session = request.getSession(false);
        Object cause = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("failed", failed);
        model.addAttribute("locked", failed && cause instanceof LockedException);
        return "console/login";
    }

    @GetMapping({"/console", "/console/"})
    String dashboard(@RequestParam(defaultValue = "today") String period, Locale locale, Model model) {
        Caller caller = Caller.current();
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("figures", dashboards.figures(Period.parse(period), caller));
        model.addAttribute("page", "dashboard");
        return "console/dashboard";
    }

    /** The figures block alone, for the period switch (htmx swaps it in place). */
    @GetMapping("/console/dashboard/figures")
    String figures(@RequestParam(defaultValue = "today") String period, Model model) {
        model.addAttribute("figures", dashboards.figures(Period.parse(period), Caller.current()));
        return "console/dashboard :: figures";
    }

    /** What the charts draw: reports per day over 30 days and this month's scam-type shares. */
    @GetMapping(value = "/console/dashboard/charts", produces = "application/json")
    @ResponseBody
    Dashboards.Charts charts(Locale locale) {
        return dashboards.charts(Caller.current(), locale);
    }
}
