package io.clearsky.server.console.web;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.RateLimit;
import io.clearsky.server.ScamTextView;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.check.CheckResult;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Check a phone number, a link or a payment account, and optionally a message's text: the verdict in plain words,
 * the listing centre's warning, the scam type and its tip. A look-up here records no sighting
 * ({@link CheckManagement#lookUp}): a person looking a number up is not the number reaching someone.
 */
@EnableConfigurationProperties(PublicPageSettings.class)
@Controller
@Hidden
class PublicCheckController {

    /** The kinds a citizen can check here, in the order the page offers them. */
    static final List<IndicatorKind> KINDS = List.of(
            IndicatorKind.PHONE_NUMBER,
            IndicatorKind.URL,
            IndicatorKind.PAYMENT_ACCOUNT,
            IndicatorKind.BANK_CARD,
            IndicatorKind.CHAT_ACCOUNT);

    private final CheckManagement checks;
    private final RateLimit limit;

    PublicCheckController(CheckManagement checks, PublicPageSettings settings) {
        this.checks = checks;
        this.limit = new RateLimit("checks from this address", settings.checksPerHour(), Duration.ofHours(1));
    }

    @GetMapping("/check")
    String form(Model model) {
        return page("PHONE_NUMBER", "", "", Map.of(), model);
    }

    @PostMapping("/check")
    String check(
            @RequestParam(defaultValue = "PHONE_NUMBER") String kind,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String text,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        // the API's check needs a key; the page is anonymous, so it is counted per address: a citizen checks a few
        // numbers, a script listing which of its numbers are listed gets a message
        if (!limit.waitAfterTaking(request.getRemoteAddr()).isZero()) {
            response.setStatus(429);
            model.addAttribute("notice", "check.tooMany");
            return page(kind, value, text, Map.of(), model);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (value.isBlank() && text.isBlank()) {
            errors.put("value", "");
        }
        if (!value.isBlank()) {
            try {
                CheckResult result = checks.lookUp(new CheckManagement.Item(kindOrPhone(kind), value.strip(), null));
                model.addAttribute("result", result);
            } catch (InvalidInputException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    errors.merge(
                            problem.field().equals("kind") ? "value" : problem.field(),
                            problem.message(),
                            (a, b) -> a + "; " + b);
                }
            }
        }
        if (!text.isBlank()) {
            try {
                ScamTextView read = checks.readText(new CheckManagement.TextToRead(text));
                model.addAttribute("reading", read);
                if (read.scamType() != null) {
                    model.addAttribute("readingTip", "/tips/" + read.scamType().code());
                }
            } catch (InvalidInputException invalid) {
                errors.put("text", invalid.problems().get(0).message());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
        }
        return page(kind, value, text, errors, model);
    }

    private static String kindOrPhone(@Nullable String kind) {
        return KINDS.stream().anyMatch(k -> k.name().equals(kind)) ? kind : "PHONE_NUMBER";
    }

    private static String page(String kind, String value, String text, Map<String, String> errors, Model model) {
        model.addAttribute("kinds", KINDS);
        model.addAttribute("kind", kindOrPhone(kind));
        model.addAttribute("value", value);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        return "public/check";
    }
}
