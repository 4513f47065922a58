package io.clearsky.server.warning;

import io.clearsky.core.IsoTimes;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.RegionCode;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.Priority;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleReason;
import io.clearsky.core.warning.TransferAttempt;
import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.PersonalData;
import io.clearsky.server.PersonalDataRevealed;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.warning.DecisionView.ScamTypeView;
import io.clearsky.server.warning.WarningEvents.DecisionsMade;
import io.clearsky.server.warning.WarningEvents.DissuasionTaskChanged;
import io.clearsky.server.warning.WarningEvents.MadeDecision;
import io.clearsky.server.warning.internal.DissuasionScripts;
import io.clearsky.server.warning.internal.DissuasionScripts.Lines;
import io.clearsky.server.warning.internal.DissuasionTasks;
import io.clearsky.server.warning.internal.DissuasionTasks.Task;
import io.clearsky.server.warning.internal.RiskEvents;
import io.clearsky.server.warning.internal.RiskEvents.StoredEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dissuasion tasks (劝阻). A decision that asks for one (a held or reviewed payment after a risky contact, a payment
 * to a listed account) becomes a task for the anti-fraud centre whose jurisdiction covers the payer's region: the
 * most specific centre (a county's before its city's, a city's before its province's), or, when no centre covers it or
 * the region is unknown, the most general centre on the platform ({@code fallback: true} says so). The task carries
 * whom to call, what happened, the scam type and a script for it, graded HIGH, MEDIUM or LOW. The centre's callers
 * list tasks by priority then age, take one, and record the outcome once.
 */
@Service
public class DissuasionManagement {

    private static final Logger log = LoggerFactory.getLogger(DissuasionManagement.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<RuleReason>> REASONS = new TypeReference<>() {};
    private static final int MAX_NOTE = 1_000;
    private static final String RESOURCE = "dissuasion-task";

    private final DissuasionTasks tasks;
    private final RiskEvents events;
    private final AgencyManagement agencies;
    private final DissuasionScripts scripts;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DissuasionManagement(
            DissuasionTasks tasks,
            RiskEvents events,
            AgencyManagement agencies,
            DissuasionScripts scripts,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.agencies = agencies;
        this.scripts = scripts;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The centre a task belongs to. */
    public record CentreView(long id, String code, String zh, String en) {}

    /** What the caller says, in both languages, with the centre's name filled in. */
    public record ScriptView(Lines zh, Lines en) {}

    /**
     * A dissuasion task.
     *
     * @param contact whom to call: the payer's phone number (or the paying account when the partner sent no number),
     *     masked ({@code 139****5678}) except in the answer to taking the task and in a reveal
     * @param note the caller's note on the outcome, its phone, ID card and bank card numbers masked
     * @param region the payer's division code as the partner sent it
     * @param fallback whether no centre covers the region (or none was sent) and the task went to the most general
     *     centre
     * @param amount the payment in yuan, when the deciding event was a transfer attempt
     * @param status OPEN, TAKEN or DONE
     */
    public record TaskView(
            long id,
            long decisionId,
            CentreView centre,
            String partner,
            String eventId,
            String priority,
            String status,
            String contact,
            @Nullable String region,
            boolean fallback,
            @Nullable ScamTypeView scamType,
            @Nullable String amount,
            @Nullable String payee,
            List<RuleReason> reasons,
            ScriptView script,
            Instant createdAt,
            @Nullable String takenBy,
            @Nullable Instant takenAt,
            @Nullable String outcome,
            @Nullable String note,
            @Nullable String recordedBy,
            @Nullable Instant recordedAt) {}

    /** One page of tasks. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** A task's personal data in clear, shown to who gave a reason: the contact, and the caller's note. */
    public record RevealedTask(
            long taskId, String contact, @Nullable String note) {}

    /** An outcome to record: one of {@link DissuasionOutcome}, and a note. */
    public record OutcomeForm(
            @Nullable String outcome, @Nullable String note) {}

    /** Tasks by status and closed tasks by outcome, in a window. */
    public record Figures(
            Instant from,
            Instant to,
            long tasks,
            Map<String, Long> byStatus,
            Map<String, Long> byPriority,
            Map<String, Long> byOutcome) {}

    // --- from decisions ---------------------------------------------------------------------------------------

    /** Every decision that asks for dissuasion becomes a task, once. */
    @AfterCommitListener
    void on(DecisionsMade made) {
        List<MadeDecision> due = made.decisions().stream()
                .filter(d -> d.decision().dissuasion() != null)
                .toList();
        if (due.isEmpty()) {
            return;
        }
        Map<String, StoredEvent> stored = events.findAll(
                made.agencyId(), due.stream().map(d -> d.decision().eventId()).toList());
        List<Agency> centres = agencies.all().stream()
                .filter(a -> a.kind() == AgencyKind.POLICE_CENTRE && a.regionCode() != null)
                .toList();
        for (MadeDecision d : due) {
            StoredEvent event = stored.get(d.decision().eventId());
            TransferAttempt transfer = event == null ? null : transferOf(event.payload());
            create(made.agencyId(), d, transfer, centres);
        }
    }

    private static @Nullable TransferAttempt transferOf(String payload) {
        RiskEvent event = EventCodec.read(payload);
        return event instanceof TransferAttempt t ? t : null;
    }

    private void create(long partnerId, MadeDecision stored, @Nullable TransferAttempt transfer, List<Agency> centres) {
        Decision d = stored.decision();
        String region = transfer == null ? null : transfer.region();
        Optional<Agency> covering = region == null ? Optional.empty() : covering(region, centres);
        Optional<Agency> centre = covering.isPresent() ? covering : mostGeneral(centres);
        if (centre.isEmpty()) {
            log.warn("No anti-fraud centre on the platform for the dissuasion task of decision {}", stored.id());
            return;
        }
        String contact = transfer != null && transfer.payerPhone() != null ? transfer.payerPhone() : d.subject();
        try {
            transactions.executeWithoutResult(tx -> {
                if (tasks.existsFor(stored.id())) {
                    return;
                }
                Priority priority = d.dissuasion();
                long id = tasks.insert(
                        stored.id(),
                        centre.get().id(),
                        partnerId,
                        d.eventId(),
                        priority,
                        contact,
                        region,
                        covering.isEmpty(),
                        d.scamType() == null ? null : d.scamType().name(),
                        transfer == null ? null : transfer.amountFen(),
                        transfer == null ? null : transfer.payee(),
                        JSON.writeValueAsString(d.reasons()),
                        clock.instant());
                publisher.publishEvent(new DissuasionTaskChanged(
                        id,
                        centre.get().id(),
                        "CREATED",
                        priority + " for decision " + stored.id() + (covering.isEmpty() ? " (fallback centre)" : ""),
                        "system"));
            });
        } catch (DuplicateKeyException createdMeanwhile) {
            // another replica (or a redelivery) made it: one task per decision
        }
    }

    /** The centre whose region covers the division most closely: a county's own centre before its city's. */
    private static Optional<Agency> covering(String region, List<Agency> centres) {
        RegionCode where;
        try {
            where = RegionCode.parse(region);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        return centres.stream()
                .filter(a -> RegionCode.parse(a.regionCode()).covers(where))
                .max(Comparator.comparingInt(
                        (Agency a) -> RegionCode.parse(a.regionCode()).prefix().length()));
    }

    /** The centre with the widest jurisdiction (a province's before a city's), the oldest among equals. */
    private static Optional<Agency> mostGeneral(List<Agency> centres) {
        return centres.stream()
                .min(Comparator.comparingInt((Agency a) ->
                                RegionCode.parse(a.regionCode()).prefix().length())
                        .thenComparingLong(Agency::id));
    }

    // --- the centre's callers ---------------------------------------------------------------------------------

    /** A centre's tasks, HIGH first then MEDIUM then LOW, oldest first within each; an admin sees every centre's. */
    public Page<TaskView> list(
            @Nullable String status,
            @Nullable String priority,
            @Nullable Long centreId,
            int page,
            int size,
            Caller caller) {
        caller.require(Permission.DISSUASION_READ);
        java.util.Set<Long> centre = centreId == null
                ? caller.visibleAgencies()
                : caller.mayActFor(centreId) ? java.util.Set.of(centreId) : java.util.Set.of();
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be 1 to 500");
        }
        String wantedStatus = null;
        if (status != null && !status.isBlank()) {
            wantedStatus = status.strip().toUpperCase(Locale.ROOT);
            if (!List.of("OPEN", "TAKEN", "DONE").contains(wantedStatus)) {
                throw new InvalidInputException("status", "one of OPEN, TAKEN, DONE");
            }
        }
        Priority wantedPriority = null;
        if (priority != null && !priority.isBlank()) {
            try {
                wantedPriority = Priority.valueOf(priority.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("priority", "one of HIGH, MEDIUM, LOW");
            }
        }
        return new Page<>(
                tasks.page(centre, wantedStatus, wantedPriority, page, size).stream()
                        .map(this::masked)
                        .toList(),
                page,
                size,
                tasks.count(centre, wantedStatus, wantedPriority));
    }

    /** One task of the caller's centre (any, for an admin), its contact masked. */
    public TaskView get(long id, Caller caller) {
        caller.require(Permission.DISSUASION_READ);
        return masked(visible(id, caller));
    }

    /**
     * A caller of the task's centre takes it; taking one's own task again changes nothing. The answer shows the
     * contact in clear to a taker who may see personal data ({@link Permission#PII_REVEAL}): taking the task is
     * the reason, and the audit trail records the reveal "for the call" with the taking. Anyone else gets it masked.
     */
    public TaskView take(long id, Caller caller) {
        caller.require(Permission.DISSUASION_WORK);
        Task task = visible(id, caller);
        // the task taken, its TAKEN record and the contact's reveal commit together, or none of them does
        Task taken = task.status().equals("OPEN")
                ? transactions.execute(tx -> {
                    if (!tasks.take(id, caller.name(), clock.instant())) {
                        return null;
                    }
                    Task now = visible(id, caller);
                    publisher.publishEvent(new DissuasionTaskChanged(id, now.centreId(), "TAKEN", "", caller.name()));
                    revealedForTheCall(id, caller);
                    return now;
                })
                : null;
        if (taken != null) {
            return forTheTaker(taken, caller);
        }
        Task now = visible(id, caller);
        if (now.status().equals("TAKEN") && caller.name().equals(now.takenBy())) {
            transactions.executeWithoutResult(tx -> revealedForTheCall(id, caller));
            return forTheTaker(now, caller);
        }
        throw new ConflictException(
                "task " + id + " is " + now.status() + (now.takenBy() == null ? "" : ", taken by " + now.takenBy()));
    }

    /**
     * Records how the call ended. Recording the same outcome and note again is harmless; another outcome once one is
     * recorded is a 409.
     */
    public TaskView record(long id, @Nullable OutcomeForm form, Caller caller) {
        caller.require(Permission.DISSUASION_WORK);
        Task task = visible(id, caller);
        List<FieldProblem> problems = new ArrayList<>();
        DissuasionOutcome outcome = null;
        try {
            outcome = DissuasionOutcome.valueOf(
                    String.valueOf(form == null ? null : form.outcome()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("outcome", "one of DISSUADED, ALREADY_PAID, UNREACHABLE, NOT_A_SCAM"));
        }
        String note = form == null || form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "at most " + MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String result = outcome.name();
        if (task.outcome() == null) {
            Boolean recorded = transactions.execute(tx -> {
                if (!tasks.record(id, result, note, caller.name(), clock.instant())) {
                    return false;
                }
                publisher.publishEvent(new DissuasionTaskChanged(
                        id, task.centreId(), "OUTCOME_" + result, note == null ? "" : note, caller.name()));
                return true;
            });
            if (Boolean.TRUE.equals(recorded)) {
                return masked(visible(id, caller));
            }
        }
        Task now = visible(id, caller);
        if (result.equals(now.outcome()) && java.util.Objects.equals(note, now.note())) {
            return masked(now);
        }
        throw new ConflictException("task " + id + " has its outcome already: " + now.outcome() + " (recorded by "
                + now.recordedBy() + ")");
    }

    /**
     * A task's contact (and note) in clear, with the reason it is needed (a caller of its centre, or one overseeing
     * it); the audit trail records who, which task, which fields and why.
     */
    public RevealedTask reveal(long id, @Nullable String reason, Caller caller) {
        caller.require(Permission.DISSUASION_READ).require(Permission.PII_REVEAL);
        String why = PersonalData.reason(reason);
        Task task = visible(id, caller);
        List<String> fields = task.note() == null ? List.of("contact") : List.of("contact", "note");
        transactions.executeWithoutResult(
                tx -> publisher.publishEvent(new PersonalDataRevealed(RESOURCE, id, fields, caller.name(), why)));
        return new RevealedTask(id, task.contact(), task.note());
    }

    private void revealedForTheCall(long id, Caller caller) {
        if (caller.may(Permission.PII_REVEAL)) {
            publisher.publishEvent(
                    new PersonalDataRevealed(RESOURCE, id, List.of("contact"), caller.name(), "taken for the call"));
        }
    }

    private TaskView forTheTaker(Task task, Caller caller) {
        return caller.may(Permission.PII_REVEAL) ? view(task) : masked(task);
    }

    /** The centre's figures (every centre's for an admin): tasks by status, priority and outcome; default 30 days. */
    public Figures figures(@Nullable String from, @Nullable String to, Caller caller) {
        caller.require(Permission.DISSUASION_READ);
        java.util.Set<Long> centre = caller.visibleAgencies();
        Instant end = time("to", to, clock.instant().plusSeconds(1));
        Instant start = time("from", from, end.minus(Duration.ofDays(30)));
        if (!end.isAfter(start)) {
            throw new InvalidInputException("to", "must be after from");
        }
        Map<String, Long> byStatus = tasks.figures(centre, start, end, "status");
        return new Figures(
                start,
                end,
                byStatus.values().stream().mapToLong(Long::longValue).sum(),
                byStatus,
                tasks.figures(centre, start, end, "priority"),
                tasks.figures(centre, start, end, "outcome"));
    }

    private static Instant time(String field, @Nullable String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return IsoTimes.instant(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a time with its offset, e.g. 2026-11-29T00:00:00+08:00");
        }
    }

    /** The task if the caller's centre owns it (any for an admin); 404 otherwise. */
    private Task visible(long id, Caller caller) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("dissuasion task", id));
        if (!caller.mayActFor(task.centreId())) {
            throw new NotFoundException("dissuasion task", id);
        }
        return task;
    }

    /** A task as every response shows it: its contact masked. */
    private TaskView masked(Task t) {
        TaskView clear = view(t);
        return new TaskView(
                clear.id(),
                clear.decisionId(),
                clear.centre(),
                clear.partner(),
                clear.eventId(),
                clear.priority(),
                clear.status(),
                PersonalData.account(clear.contact()),
                clear.region(),
                clear.fallback(),
                clear.scamType(),
                clear.amount(),
                clear.payee(),
                clear.reasons(),
                clear.script(),
                clear.createdAt(),
                clear.takenBy(),
                clear.takenAt(),
                clear.outcome(),
                PersonalData.text(clear.note()),
                clear.recordedBy(),
                clear.recordedAt());
    }

    private TaskView view(Task t) {
        Agency centre = agencies.get(t.centreId());
        ScamType scamType = t.scamType() == null ? null : ScamType.valueOf(t.scamType());
        DissuasionScripts.Script script = scripts.of(scamType);
        return new TaskView(
                t.id(),
                t.decisionId(),
                new CentreView(centre.id(), centre.code(), centre.nameZh(), centre.nameEn()),
                agencies.find(t.partnerId()).map(Agency::code).orElse("?"),
                t.eventId(),
                t.priority().name(),
                t.status(),
                t.contact(),
                t.region(),
                t.fallback(),
                ScamTypeView.of(scamType),
                t.amountMinor() == null
                        ? null
                        : BigDecimal.valueOf(t.amountMinor(), 2).toPlainString(),
                t.payee(),
                JSON.readValue(t.reasons(), REASONS),
                new ScriptView(fill(script.zh(), centre.nameZh()), fill(script.en(), centre.nameEn())),
                t.createdAt(),
                t.takenBy(),
                t.takenAt(),
                t.outcome(),
                t.note(),
                t.recordedBy(),
                t.recordedAt());
    }

    private static Lines fill(Lines lines, String centre) {
        return new Lines(
                lines.opening().replace("{centre}", centre),
                lines.questions(),
                lines.stopPayment().replace("{centre}", centre),
                lines.closing().replace("{centre}", centre));
    }
}
