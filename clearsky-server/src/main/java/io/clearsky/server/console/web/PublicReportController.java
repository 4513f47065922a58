package io.clearsky.server.console.web;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.Boundaries;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.TooManyRequestsException;
import io.clearsky.server.reports.PaymentMethod;
import io.clearsky.server.reports.Receipt;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.server.reports.ReportedKind;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Report a scam: a form that works on a phone. The reports module validates it; its errors are shown next to their
 * fields with everything typed kept. The form carries an idempotency key made when it was first shown, so sending it
 * twice (a double tap, a retry after a timeout, the browser's resend) files one report and shows the same receipt.
 */
@Controller
@Hidden
class PublicReportController {

    /** Where a form whose CSRF token was missing or stale is shown again (see {@link PublicSecurityConfiguration}). */
    static final String EXPIRED = "/report/expired";

    /** The shipped divisions as "code name", for the region field's suggestions. */
    private static final List<Boundaries.Division> DIVISIONS = Boundaries.shipped().divisions().stream()
            .sorted(java.util.Comparator.comparing(d -> d.code().code()))
            .toList();

    private final ReportManagement reports;

    PublicReportController(ReportManagement reports) {
        this.reports = reports;
    }

    @GetMapping("/report")
    String form(Model model) {
        return form(ReportPage.fresh(UUID.randomUUID().toString()), Map.of(), null, model);
    }

    @PostMapping("/report")
    String file(
            @ModelAttribute("report") ReportPage page,
            @RequestParam(name = "action", required = false) @Nullable String action,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if ("add-row".equals(action)) {
            page.addRows(1);
            return form(page, Map.of(), null, model);
        }
        if ("language".equals(action)) {
            // report.js sends the form here when the language is switched halfway (/report?lang=..): shown again as
            // typed
            return form(page, Map.of(), null, model);
        }
        if (page.getIdempotencyKey().isBlank()) {
            page.setIdempotencyKey(UUID.randomUUID().toString());
        }
        try {
            Receipt receipt = reports.file(
                    page.toForm(),
                    page.getIdempotencyKey(),
                    new ReportManagement.Submitter(null, request.getRemoteAddr()));
            if (!receipt.repeated()) {
                response.setStatus(201);
            }
            model.addAttribute("receipt", receipt);
            return "public/receipt";
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : invalid.problems()) {
                errors.merge(page.fieldOf(problem.field()), problem.message(), (a, b) -> a + "; " + b);
            }
            return form(page, errors, "report.error.fix", model);
        } catch (TooManyRequestsException tooMany) {
            response.setStatus(429);
            return form(page, Map.of(), "report.error.tooMany", model);
        } catch (ConflictException sentBefore) {
            // the key was used for a different report: this form was sent before; a new key lets it be sent anew
            response.setStatus(409);
            page.setIdempotencyKey(UUID.randomUUID().toString());
            return form(page, Map.of(), "report.error.sentBefore", model);
        }
    }

    /** A form posted without its CSRF token, or with a stale one: shown again as typed, with a fresh token. */
    @RequestMapping(EXPIRED)
    String expired(@ModelAttribute("report") ReportPage page, Model model, HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.FORWARD) {
            // only the CSRF refusal forwards here: a link must not show the form filled in by someone else
            return "redirect:/report";
        }
        if (page.getIdempotencyKey().isBlank()) {
            page = ReportPage.fresh(UUID.randomUUID().toString());
        }
        if (page.getIdentifiers().isEmpty()) {
            page.addRows(ReportPage.FIRST_ROWS);
        }
        return form(page, Map.of(), "report.error.expired", model);
    }

    private static String form(ReportPage page, Map<String, String> errors, @Nullable String notice, Model model) {
        model.addAttribute("report", page);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("scamTypes", ScamType.values());
        model.addAttribute("paymentMethods", PaymentMethod.values());
        model.addAttribute("kinds", ReportedKind.values());
        model.addAttribute("divisions", DIVISIONS);
        return "public/report";
    }
}
