package io.clearsky.server.console.web;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Passwords;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The password page (修改密码), for everyone logged in: the current password, a new one and the new one again, under
 * the same policy as {@code POST /api/v1/me/password} ({@link Passwords}). A person still on a one-time password is
 * sent here from every other console page until they chose their own, and then goes on to the dashboard.
 */
@Hidden
@Controller
class PasswordPages {

    private final Passwords passwords;
    private final ConsoleUsers users;

    PasswordPages(Passwords passwords, ConsoleUsers users) {
        this.passwords = passwords;
        this.users = users;
    }

    @GetMapping("/console/password")
    String form(Locale locale, Model model) {
        return form(Caller.current(), Map.of(), locale, model);
    }

    private String form(Caller caller, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "password");
        model.addAttribute("oneTime", passwords.changeRequired(caller));
        model.addAttribute("errors", errors);
        return "console/password";
    }

    /** Changes the password; a person who was on a one-time password goes on to the dashboard. */
    @PostMapping("/console/password")
    String change(
            @RequestParam(required = false) @Nullable String currentPassword,
            @RequestParam(required = false) @Nullable String newPassword,
            @RequestParam(required = false) @Nullable String repeatPassword,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.put("currentPassword", "password.error.currentRequired");
        }
        if (newPassword != null && !newPassword.equals(repeatPassword)) {
            errors.put("repeatPassword", "password.error.repeat");
        }
        if (errors.isEmpty()) {
            boolean wasOneTime = passwords.changeRequired(caller);
            try {
                passwords.change(caller, currentPassword, newPassword);
                if (wasOneTime) {
                    return "redirect:/console";
                }
                redirect.addFlashAttribute("changed", true);
                return "redirect:/console/password";
            } catch (InvalidInputException wrong) {
                for (FieldProblem problem : wrong.problems()) {
                    errors.putIfAbsent(
                            "currentPassword".equals(problem.field()) ? "currentPassword" : "newPassword",
                            message(problem));
                }
            }
        }
        return form(caller, errors, locale, model);
    }

    /** The message key for what the policy said; the policy's words are matched, the English ones otherwise. */
    static String message(FieldProblem problem) {
        String said = problem.message();
        if ("currentPassword".equals(problem.field())) {
            return said.contains("does not match") ? "password.error.currentWrong" : "password.error.noPassword";
        }
        if (said.startsWith("must be ")) {
            return "password.error.length";
        }
        if (said.contains("user name")) {
            return "password.error.username";
        }
        if (said.contains("attackers")) {
            return "password.error.wellKnown";
        }
        if (said.contains("repeat")) {
            return "password.error.repeats";
        }
        if (said.contains("different characters")) {
            return "password.error.distinct";
        }
        if (said.contains("differ from")) {
            return "password.error.same";
        }
        return "password.error.policy";
    }
}
