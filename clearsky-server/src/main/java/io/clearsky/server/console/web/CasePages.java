package io.clearsky.server.console.web;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.cases.CaseManagement;
import io.clearsky.server.cases.CaseStatus;
import io.clearsky.server.cases.CaseView;
import io.clearsky.server.cases.ReferralView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cases pages (案件): the centre's cases by status and the referrals waiting for its answer, a case with its
 * timeline, and what an analyst does to it (a note, a status change, a referral to another centre; accepting or
 * declining a referral). Everything goes through {@link CaseManagement} with the person's own rights: reading needs
 * {@code CASES_READ}, every change {@code CASES_WRITE}, and the forms are shown only to those who may use them.
 */
@Hidden
@Controller
class CasePages {

    /** Cases on one page of the list. */
    static final int PAGE_SIZE = 50;

    private final CaseManagement cases;
    private final AgencyManagement agencies;
    private final ConsoleUsers users;

    CasePages(CaseManagement cases, AgencyManagement agencies, ConsoleUsers users) {
        this.cases = cases;
        this.agencies = agencies;
        this.users = users;
    }

    @GetMapping("/console/cases")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.CASES_READ);
        CaseStatus shown = null;
        if (status != null && !status.isBlank()) {
            try {
                shown = CaseStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                model.addAttribute("statusProblem", true);
            }
        }
        CaseManagement.Page<CaseView> found = cases.page(shown, Math.max(page, 0), PAGE_SIZE, caller);
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "cases");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("status", shown == null ? "" : shown.name());
        model.addAttribute("found", found);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("incoming", cases.referrals(true, ReferralView.Status.PENDING, caller));
        model.addAttribute("centres", centreNames(locale));
        model.addAttribute("mayWrite", caller.may(Permission.CASES_WRITE));
        return "console/cases";
    }

    @GetMapping("/console/cases/{id}")
    String one(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        CaseView fraudCase = cases.get(id, caller);
        boolean owned = caller.mayActFor(fraudCase.agencyId()) && caller.may(Permission.CASES_WRITE);
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "cases");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("fraudCase", fraudCase);
        model.addAttribute("timeline", cases.timeline(id, caller));
        model.addAttribute("centres", centreNames(locale));
        model.addAttribute("mayWrite", owned);
        model.addAttribute("open", fraudCase.status() != CaseStatus.CLOSED);
        model.addAttribute("next", fraudCase.status().next());
        model.addAttribute(
                "targets",
                agencies.all().stream()
                        .filter(a -> a.kind() == AgencyKind.POLICE_CENTRE && a.id() != fraudCase.agencyId())
                        .sorted(Comparator.comparing(Agency::code))
                        .toList());
        model.addAttribute(
                "incoming",
                fraudCase.pendingReferral() != null
                        && caller.agencyId() != null
                        && fraudCase.pendingReferral().toAgencyId() == caller.agencyId()
                        && caller.may(Permission.CASES_WRITE));
        for (String field : List.of("text", "note", "reason", "status", "toAgencyId")) {
            if (!model.containsAttribute(field)) {
                model.addAttribute(field, "");
            }
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "console/case";
    }

    /** Centres' names by id, in the page's language, for referrals. */
    private Map<Long, String> centreNames(Locale locale) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Agency a : agencies.all()) {
            names.put(a.id(), "en".equals(locale.getLanguage()) ? a.nameEn() : a.nameZh());
        }
        return names;
    }

    /** What a form did wrong: the page again with the message beside the field and what was typed. */
    private String again(
            long id, String field, String message, Map<String, @Nullable String> typed, Locale locale, Model model) {
        model.addAttribute("problems", Map.of(field, message));
        typed.forEach((k, v) -> model.addAttribute(k, v == null ? "" : v));
        return one(id, locale, model);
    }

    @PostMapping("/console/cases/{id}/notes")
    String note(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String text,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        try {
            cases.note(id, text, caller);
        } catch (InvalidInputException | ConflictException wrong) {
            return again(
                    id,
                    "text",
                    wrong instanceof ConflictException ? "cases.error.closed" : "cases.error.text",
                    map("text", text),
                    locale,
                    model);
        }
        redirect.addFlashAttribute("done", "cases.done.note");
        return "redirect:/console/cases/" + id;
    }

    @PostMapping("/console/cases/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String note,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        CaseStatus target = null;
        try {
            target = status == null || status.isBlank() ? null : CaseStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            // left null: the API names the field
        }
        Map<String, @Nullable String> typed = map("status", status);
        typed.put("note", note);
        try {
            cases.changeStatus(id, target, note, caller);
        } catch (InvalidInputException wrong) {
            String field = wrong.problems().isEmpty()
                    ? "status"
                    : wrong.problems().get(0).field();
            return again(
                    id,
                    "note".equals(field) ? "note" : "status",
                    "note".equals(field) ? "cases.error.note" : "cases.error.status",
                    typed,
                    locale,
                    model);
        } catch (ConflictException wrong) {
            return again(id, "status", "cases.error.status", typed, locale, model);
        }
        redirect.addFlashAttribute("done", "cases.done.status");
        return "redirect:/console/cases/" + id;
    }

    @PostMapping("/console/cases/{id}/referrals")
    String refer(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String toAgencyId,
            @RequestParam(required = false) @Nullable String reason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        Long target = null;
        try {
            target = toAgencyId == null || toAgencyId.isBlank() ? null : Long.valueOf(toAgencyId.strip());
        } catch (NumberFormatException e) {
            // left null: the API names the field
        }
        Map<String, @Nullable String> typed = map("toAgencyId", toAgencyId);
        typed.put("reason", reason);
        try {
            cases.refer(id, target, reason, caller);
        } catch (InvalidInputException wrong) {
            String field = wrong.problems().isEmpty()
                    ? "toAgencyId"
                    : wrong.problems().get(0).field();
            return again(
                    id,
                    "reason".equals(field) ? "reason" : "toAgencyId",
                    "reason".equals(field) ? "cases.error.reason" : "cases.error.centre",
                    typed,
                    locale,
                    model);
        } catch (ConflictException wrong) {
            return again(id, "toAgencyId", "cases.error.pending", typed, locale, model);
        }
        redirect.addFlashAttribute("done", "cases.done.referred");
        return "redirect:/console/cases/" + id;
    }

    /** Accepts or declines a referral to the person's centre; declining needs a note. */
    @PostMapping("/console/cases/referrals/{referralId}/{answer:accept|decline}")
    String decide(
            @PathVariable long referralId,
            @PathVariable String answer,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        boolean accept = "accept".equals(answer);
        ReferralView decided;
        try {
            decided = cases.decide(referralId, accept, note, caller);
        } catch (InvalidInputException wrong) {
            redirect.addFlashAttribute("problem", "cases.error.declineNote");
            redirect.addFlashAttribute("problemReferral", referralId);
            return "redirect:/console/cases";
        } catch (ConflictException wrong) {
            redirect.addFlashAttribute("problem", "cases.error.answered");
            return "redirect:/console/cases";
        }
        if (accept) {
            redirect.addFlashAttribute("done", "cases.done.accepted");
            return "redirect:/console/cases/" + decided.caseId();
        }
        redirect.addFlashAttribute("done", "cases.done.declined");
        return "redirect:/console/cases";
    }

    private static Map<String, @Nullable String> map(String key, @Nullable String value) {
        Map<String, @Nullable String> typed = new LinkedHashMap<>();
        typed.put(key, value);
        return typed;
    }
}
