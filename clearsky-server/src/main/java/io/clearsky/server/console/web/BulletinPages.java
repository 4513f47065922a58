package io.clearsky.server.console.web;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.bulletins.BulletinManagement;
import io.clearsky.server.bulletins.BulletinManagement.BulletinForm;
import io.clearsky.server.bulletins.BulletinView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The bulletins page (预警公告): the bulletins of the person's centres with their delivery and read counts, publishing
 * one for a region the centre oversees, and withdrawing one after a confirmation page. Everything goes through
 * {@link BulletinManagement} with the person's own rights: reading needs {@code BULLETINS_READ}, publishing and
 * withdrawing {@code BULLETINS_PUBLISH}.
 */
@Hidden
@Controller
class BulletinPages {

    /** Bulletins one page lists. */
    static final int PAGE_SIZE = 20;

    /** The filters the page offers, besides all bulletins. */
    static final List<String> STATUSES = List.of("ACTIVE", "SCHEDULED", "ENDED", "WITHDRAWN");

    /** The publish form's fields, each of which shows its own error. */
    static final List<String> FIELDS =
            List.of("regionCode", "scamType", "titleZh", "titleEn", "bodyZh", "bodyEn", "startsAt", "endsAt");

    /** The scam types by code, for their names in the page's language. */
    static final Map<String, ScamType> TYPES = java.util.Arrays.stream(ScamType.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(ScamType::name, t -> t));

    /** What a {@code datetime-local} field sends and shows. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A start and end that make the API refuse the window, to have it check the other fields alone. */
    private static final String CHECK_ONLY = "2000-01-01T00:00:00+08:00";

    private final BulletinManagement bulletins;
    private final AgencyManagement agencies;
    private final ConsoleUsers users;

    BulletinPages(BulletinManagement bulletins, AgencyManagement agencies, ConsoleUsers users) {
        this.bulletins = bulletins;
        this.agencies = agencies;
        this.users = users;
    }

    /** The publish form as typed; times as {@code datetime-local} sends them, in China Standard Time. */
    record Draft(
            @Nullable String regionCode,
            @Nullable String scamType,
            @Nullable String titleZh,
            @Nullable String titleEn,
            @Nullable String bodyZh,
            @Nullable String bodyEn,
            @Nullable String startsAt,
            @Nullable String endsAt,
            @Nullable String formToken) {}

    @GetMapping("/console/bulletins")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model,
            HttpSession session) {
        Caller caller = Caller.current();
        caller.require(Permission.BULLETINS_READ);
        Draft empty = new Draft(ownRegion(caller), null, null, null, null, null, null, null, null);
        return list(status, page, empty, Map.of(), caller, locale, model, session);
    }

    private String list(
            @Nullable String status,
            int page,
            Draft draft,
            Map<String, String> errors,
            Caller caller,
            Locale locale,
            Model model,
            HttpSession session) {
        String wanted = status != null && STATUSES.contains(status) ? status : null;
        int shown = Math.max(0, page);
        BulletinManagement.Page<BulletinView> found = bulletins.list(null, wanted, null, shown, PAGE_SIZE, caller);
        boolean mayPublish = caller.may(Permission.BULLETINS_PUBLISH);
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "bulletins");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", wanted);
        model.addAttribute("bulletins", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("pageNo", shown);
        model.addAttribute("hasNext", (long) (shown + 1) * PAGE_SIZE < found.total());
        model.addAttribute("mayPublish", mayPublish);
        model.addAttribute("scamTypes", ScamType.values());
        model.addAttribute("types", TYPES);
        if (mayPublish) {
            String token = draft.formToken() != null && PublishForms.of(session).pending(draft.formToken())
                    ? draft.formToken()
                    : PublishForms.of(session).issue();
            model.addAttribute("draft", draft);
            model.addAttribute("formToken", token);
            model.addAttribute("errors", errors);
        }
        return "console/bulletins";
    }

    /**
     * Publishes the bulletin. The form carries a token issued when it was shown: a second submission of the same form
     * (a double click, a reload of the answer) publishes nothing more and says the bulletin is out already.
     */
    @PostMapping("/console/bulletins")
    String publish(
            @ModelAttribute Draft draft, Locale locale, Model model, HttpSession session, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        caller.require(Permission.BULLETINS_PUBLISH);
        PublishForms forms = PublishForms.of(session);
        // the session's forms are locked for the whole publication, so a second submission waits for the first
        synchronized (forms) {
            String token = draft.formToken() == null ? "" : draft.formToken();
            Long already = forms.published(token);
            if (already != null) {
                redirect.addFlashAttribute("notice", "bulletins.alreadyPublished");
                redirect.addFlashAttribute("noticeId", already);
                return "redirect:/console/bulletins";
            }
            if (!forms.pending(token)) {
                return list(null, 0, draft, Map.of("form", "bulletins.error.expired"), caller, locale, model, session);
            }
            Map<String, String> errors = new LinkedHashMap<>();
            String starts = iso("startsAt", draft.startsAt(), errors);
            String ends = iso("endsAt", draft.endsAt(), errors);
            boolean timesWrong = !errors.isEmpty();
            try {
                if (timesWrong) {
                    // the API checks the other fields all the same, so every mistake shows at once; with a window
                    // that ends as it starts, it can only refuse
                    bulletins.publish(form(draft, caller, CHECK_ONLY, CHECK_ONLY), caller);
                } else {
                    BulletinView published = bulletins.publish(form(draft, caller, starts, ends), caller);
                    forms.publishedAs(token, published.id());
                    redirect.addFlashAttribute("notice", "bulletins.published");
                    redirect.addFlashAttribute("noticeId", published.id());
                    return "redirect:/console/bulletins";
                }
            } catch (InvalidInputException wrong) {
                for (FieldProblem problem : wrong.problems()) {
                    boolean aboutTimes = problem.field().equals("startsAt")
                            || problem.field().equals("endsAt");
                    if (!(timesWrong && aboutTimes)) {
                        String field = FIELDS.contains(problem.field()) ? problem.field() : "form";
                        errors.putIfAbsent(field, message(problem));
                    }
                }
            } catch (AccessDeniedException notOurs) {
                // the permission was checked above: what is refused here is a region the centre does not oversee
                errors.putIfAbsent("regionCode", "bulletins.error.regionNotOverseen");
            }
            if (errors.isEmpty()) {
                errors.put("form", "bulletins.error.expired");
            }
            return list(null, 0, draft, errors, caller, locale, model, session);
        }
    }

    /** The confirmation step of a withdrawal: the bulletin and a button that withdraws it. */
    @GetMapping("/console/bulletins/{id}/withdraw")
    String confirmWithdrawal(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.BULLETINS_PUBLISH);
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "bulletins");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("bulletin", bulletins.get(id, caller));
        return "console/bulletin-withdraw";
    }

    @PostMapping("/console/bulletins/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        BulletinView withdrawn = bulletins.withdraw(id, Caller.current());
        redirect.addFlashAttribute("notice", "bulletins.withdrawn");
        redirect.addFlashAttribute("noticeId", withdrawn.id());
        return "redirect:/console/bulletins";
    }

    private @Nullable String ownRegion(Caller caller) {
        Long agency = caller.agencyId();
        return agency == null
                ? null
                : agencies.find(agency).map(a -> a.regionCode()).orElse(null);
    }

    private static BulletinForm form(Draft draft, Caller caller, @Nullable String starts, @Nullable String ends) {
        return new BulletinForm(
                caller.agencyId(),
                draft.regionCode(),
                draft.scamType(),
                draft.titleZh(),
                draft.titleEn(),
                draft.bodyZh(),
                draft.bodyEn(),
                starts,
                ends);
    }

    /** A {@code datetime-local} value in China Standard Time as the API's ISO-8601 time with its offset. */
    private static @Nullable String iso(String field, @Nullable String local, Map<String, String> errors) {
        if (local == null || local.isBlank()) {
            return null; // the API: now for the start, a mistake for the end
        }
        try {
            return LocalDateTime.parse(local.strip(), LOCAL)
                    .atZone(Dashboards.CHINA)
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            errors.put(field, "bulletins.error.time");
            return null;
        }
    }

    /** The message key for what the API said about a field. */
    static String message(FieldProblem problem) {
        String said = problem.message();
        return switch (problem.field()) {
            case "regionCode" -> "bulletins.error.regionCode";
            case "scamType" -> "bulletins.error.scamType";
            case "titleZh", "titleEn" -> "bulletins.error.title";
            case "bodyZh", "bodyEn" -> "bulletins.error.body";
            case "startsAt" -> "bulletins.error.time";
            case "endsAt" ->
                said.contains("after")
                        ? "bulletins.error.endsBeforeStart"
                        : said.contains("future")
                                ? "bulletins.error.endsPast"
                                : said.contains("366")
                                        ? "bulletins.error.tooLong"
                                        : said.startsWith("required")
                                                ? "bulletins.error.endsRequired"
                                                : "bulletins.error.time";
            default -> "bulletins.error.form";
        };
    }

    /**
     * The publish forms this session was shown, each by the token in its hidden field: pending until it published a
     * bulletin, then that bulletin's id. The newest 50 are kept.
     */
    static final class PublishForms implements Serializable {

        private static final long serialVersionUID = 1L;
        private static final String ATTRIBUTE = PublishForms.class.getName();
        private static final int KEPT = 50;

        private final LinkedHashMap<String, Long> forms = new LinkedHashMap<>();

        static PublishForms of(HttpSession session) {
            synchronized (WebUtils.getSessionMutex(session)) {
                if (session.getAttribute(ATTRIBUTE) instanceof PublishForms known) {
                    return known;
                }
                PublishForms fresh = new PublishForms();
                session.setAttribute(ATTRIBUTE, fresh);
                return fresh;
            }
        }

        synchronized String issue() {
            String token = UUID.randomUUID().toString();
            forms.put(token, 0L);
            while (forms.size() > KEPT) {
                forms.remove(forms.keySet().iterator().next());
            }
            return token;
        }

        synchronized boolean pending(String token) {
            return Long.valueOf(0L).equals(forms.get(token));
        }

        synchronized @Nullable Long published(String token) {
            Long id = forms.get(token);
            return id == null || id == 0L ? null : id;
        }

        synchronized void publishedAs(String token, long id) {
            forms.put(token, id);
        }
    }
}
