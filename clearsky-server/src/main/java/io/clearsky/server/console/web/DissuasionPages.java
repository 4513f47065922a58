package io.clearsky.server.console.web;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.warning.DissuasionManagement;
import io.clearsky.server.warning.DissuasionManagement.OutcomeForm;
import io.clearsky.server.warning.DissuasionManagement.TaskView;
import io.clearsky.server.warning.DissuasionOutcome;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The callers' pages (劝阻): the centre's open dissuasion tasks by priority, taking one, and recording how the call
 * ended. Everything goes through {@link DissuasionManagement} with the person's own rights, so the API's rules hold:
 * the queue needs {@code DISSUASION_READ}, taking and recording {@code DISSUASION_WORK}, and the contact is in clear
 * only for the person who took the task (each display is a reveal in the audit trail, as taking is in the API).
 */
@Hidden
@Controller
class DissuasionPages {

    /** The open tasks one page shows; a centre with more works the first ones first anyway. */
    static final int QUEUE_SIZE = 100;

    /** Times as the pages show them: China Standard Time, to the minute. */
    static final DateTimeFormatter TIMES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Dashboards.CHINA);

    private final DissuasionManagement dissuasion;
    private final ConsoleUsers users;

    DissuasionPages(DissuasionManagement dissuasion, ConsoleUsers users) {
        this.dissuasion = dissuasion;
        this.users = users;
    }

    @GetMapping("/console/dissuasion")
    String queue(Locale locale, Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.DISSUASION_READ);
        DissuasionManagement.Page<TaskView> open = dissuasion.list("OPEN", null, null, 0, QUEUE_SIZE, caller);
        List<TaskView> mine = dissuasion.list("TAKEN", null, null, 0, QUEUE_SIZE, caller).items().stream()
                .filter(t -> caller.name().equals(t.takenBy()))
                .toList();
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "dissuasion");
        model.addAttribute("times", TIMES);
        model.addAttribute("open", open.items());
        model.addAttribute("total", open.total());
        model.addAttribute("mine", mine);
        model.addAttribute("mayWork", caller.may(Permission.DISSUASION_WORK));
        return "console/dissuasion";
    }

    /** Takes the task (the contact is revealed to the taker) and opens it; someone else's task is refused. */
    @PostMapping("/console/dissuasion/{id}/take")
    String take(@PathVariable long id, RedirectAttributes redirect) {
        try {
            dissuasion.take(id, Caller.current());
        } catch (ConflictException taken) {
            redirect.addFlashAttribute("problem", "dissuasion.takenByOther");
            return "redirect:/console/dissuasion";
        }
        return "redirect:/console/dissuasion/" + id;
    }

    @GetMapping("/console/dissuasion/{id}")
    String task(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        return task(shown(id, caller), caller, locale, model);
    }

    /** The task as its page shows it: masked, but the taker's own task with the contact in clear for the call. */
    private TaskView shown(long id, Caller caller) {
        TaskView task = dissuasion.get(id, caller);
        if ("TAKEN".equals(task.status())
                && caller.name().equals(task.takenBy())
                && caller.may(Permission.DISSUASION_WORK)) {
            // taking one's own task again changes nothing but records the reveal once more
            return dissuasion.take(id, caller);
        }
        return task;
    }

    private String task(TaskView task, Caller caller, Locale locale, Model model) {
        boolean mine = "TAKEN".equals(task.status()) && caller.name().equals(task.takenBy());
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "dissuasion");
        model.addAttribute("times", TIMES);
        model.addAttribute("task", task);
        model.addAttribute("mine", mine && caller.may(Permission.DISSUASION_WORK));
        model.addAttribute("mayTake", "OPEN".equals(task.status()) && caller.may(Permission.DISSUASION_WORK));
        model.addAttribute(
                "script",
                "en".equals(locale.getLanguage())
                        ? task.script().en()
                        : task.script().zh());
        model.addAttribute("outcomes", DissuasionOutcome.values());
        return "console/dissuasion-task";
    }

    /** Records the outcome (one of the radio buttons, and a note) and goes back to the queue with a confirmation. */
    @PostMapping("/console/dissuasion/{id}/outcome")
    String outcome(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String note,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        TaskView recorded;
        try {
            recorded = dissuasion.record(id, new OutcomeForm(outcome, note), caller);
        } catch (InvalidInputException wrong) {
            String field = wrong.problems().isEmpty()
                    ? "outcome"
                    : wrong.problems().get(0).field();
            model.addAttribute("problem", "note".equals(field) ? "dissuasion.noteTooLong" : "dissuasion.chooseOutcome");
            model.addAttribute("note", note);
            return task(shown(id, caller), caller, locale, model);
        } catch (ConflictException already) {
            redirect.addFlashAttribute("problem", "dissuasion.alreadyRecorded");
            return "redirect:/console/dissuasion";
        }
        redirect.addFlashAttribute("recorded", recorded.outcome());
        redirect.addFlashAttribute("recordedId", recorded.id());
        return "redirect:/console/dissuasion";
    }
}
