package io.clearsky.server.console.web;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.TooManyRequestsException;
import io.clearsky.server.reports.ReportManagement;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Follow a report with its receipt number and the reporter's phone number: where it stands and its history. A wrong
 * pair and an unknown receipt look the same. A POST keeps the phone number out of addresses and logs.
 */
@Controller
@Hidden
class PublicFollowController {

    private final ReportManagement reports;

    PublicFollowController(ReportManagement reports) {
        this.reports = reports;
    }

    @GetMapping("/follow")
    String form(@RequestParam(defaultValue = "") String receiptNo, Model model) {
        return page(receiptNo, "", Map.of(), null, model);
    }

    @PostMapping("/follow")
    String follow(
            @RequestParam(defaultValue = "") String receiptNo,
            @RequestParam(defaultValue = "") String phone,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("tracking", reports.track(receiptNo, phone, request.getRemoteAddr()));
            return page(receiptNo, phone, Map.of(), null, model);
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : invalid.problems()) {
                errors.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b);
            }
            return page(receiptNo, phone, errors, null, model);
        } catch (NotFoundException notFound) {
            response.setStatus(404);
            return page(receiptNo, phone, Map.of(), "follow.notFound", model);
        } catch (TooManyRequestsException tooMany) {
            response.setStatus(429);
            return page(receiptNo, phone, Map.of(), "follow.tooMany", model);
        }
    }

    private static String page(
            String receiptNo, String phone, Map<String, String> errors, @Nullable String notice, Model model) {
        model.addAttribute("receiptNo", receiptNo);
        model.addAttribute("phone", phone);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "public/follow";
    }
}
