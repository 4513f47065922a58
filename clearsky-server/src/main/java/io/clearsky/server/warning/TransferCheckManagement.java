package io.clearsky.server.warning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.Outcome;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RuleReason;
import io.clearsky.core.warning.TransferAttempt;
import io.clearsky.server.ConflictException;
import io.clearsky.server.GroupCommit;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.warning.WarningEvents.DecisionsMade;
import io.clearsky.server.warning.WarningEvents.EventsAccepted;
import io.clearsky.server.warning.WarningEvents.MadeDecision;
import io.clearsky.server.warning.internal.Decisions;
import io.clearsky.server.warning.internal.Decisions.NewDecision;
import io.clearsky.server.warning.internal.Decisions.StoredDecision;
import io.clearsky.server.warning.internal.RiskEvents;
import io.clearsky.server.warning.internal.RiskEvents.NewEvent;
import io.clearsky.server.warning.internal.RiskEvents.StoredEvent;
import io.clearsky.server.warning.internal.WarningEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The synchronous transfer check for payment partners: one transfer attempt in, ALLOW, REVIEW, HOLD or BLOCK out,
 * with the reasons, idempotent by the partner's id.
 *
 * <p>How it stays fast: the rules run in memory, and the event with its answer (and any decision) is committed
 * before the answer leaves, but not by a transaction of its own: concurrent checks wait for one {@link GroupCommit}
 * that stores all of them in one transaction, so under load the cost of a commit is shared by many checks. A resend
 * is answered from memory (the latest {@code answer-cache-size} answers); an older one is recognised when its insert
 * fails on the partner's id, and gets the answer on record. That late path has run the rules on the resend again,
 * which can count the transfer twice in the payer's state; it is rare and errs on the side of more caution.
 */
@Service
public class TransferCheckManagement {

    private static final int MAX_GROUP = 500;

    private final Partners partners;
    private final RiskEvents events;
    private final Decisions decisions;
    private final WarningEngine engine;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JsonMapper json;
    private final Cache<String, Answered> answers;
    private final GroupCommit<Pending> commits;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
    private final boolean kafka;

    TransferCheckManagement(
            Partners partners,
            RiskEvents events,
            Decisions decisions,
            WarningEngine engine,
            WarningSettings settings,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock,
            JsonMapper json) {
        this.partners = partners;
        this.events = events;
        this.decisions = decisions;
        this.engine = engine;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
        this.json = json;
        this.kafka = settings.kafkaEngine();
        this.answers =
                Caffeine.newBuilder().maximumSize(settings.answerCacheSize()).build();
        this.commits = new GroupCommit<>(this::storeGroup, MAX_GROUP);
        for (Outcome outcome : List.of(Outcome.ALLOW, Outcome.REVIEW, Outcome.HOLD, Outcome.BLOCK)) {
            outcomes.put(
                    outcome,
                    Counter.builder("clearsky.warning.transfer.checks")
                            .description("transfer checks answered, by outcome (repeats not counted)")
                            .tag("outcome", outcome.name())
                            .register(meters));
        }
    }

    /** A reason for the answer, as a person reads it. */
    public record Reason(String code, String zh, String en) {}

    /**
     * The answer to a transfer check.
     *
     * @param eventId the partner's id of the attempt
     * @param outcome ALLOW, REVIEW, HOLD or BLOCK
     * @param reasons every decision's reasons, the most severe decision's first
     * @param decisions what each rule decided
     * @param rulesVersion the version of the rules that answered
     */
    public record Answer(
            String eventId, String outcome, List<Reason> reasons, List<DecisionView> decisions, int rulesVersion) {}

    /**
     * An answer with its JSON as the API writes it (the application's JSON settings), made once: it is stored with
     * the event, and the endpoint's fast path sends it as it is.
     */
    public record Checked(Answer answer, String json) {}

    /** Checks one transfer attempt: the event's JSON, {@code type} optional. */
    public Answer check(@Nullable JsonNode body, Caller caller) {
        return checkWithJson(body, caller).answer();
    }

    /** {@link #check}, with the answer's JSON. */
    public Checked checkWithJson(@Nullable JsonNode body, Caller caller) {
        Agency partner = partners.partner(caller);
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "a transfer attempt as a JSON object");
        }
        ObjectNode node = (ObjectNode) body;
        JsonNode type = node.get("type");
        if (type == null || type.isNull()) {
            node = node.deepCopy();
            node.put("type", "transfer-attempt");
        } else if (!type.isString() || !"transfer-attempt".equals(type.stringValue())) {
            throw new InvalidInputException("type", "a transfer check takes a transfer-attempt (or no type)");
        }
        List<FieldProblem> problems = new ArrayList<>();
        RiskEvent event = partners.read(partner.id(), node, "", problems);
        if (event == null) {
            throw new InvalidInputException(problems);
        }
        TransferAttempt attempt = (TransferAttempt) event;
        String payload = EventCodec.write(attempt);
        String key = partner.id() + ":" + attempt.id();
        Answered earlier = answers.getIfPresent(key);
        if (earlier != null) {
            return repeat(earlier, payload, attempt.id());
        }
        List<Decision> decided = engine.process(attempt);
        Outcome outcome = Decision.transferOutcome(decided);
        int version =
                decided.isEmpty() ? engine.ruleSet().version() : decided.get(0).rulesVersion();
        Checked checked = checked(answer(attempt.id(), outcome, decided, version));
        try {
            commits.submit(new Pending(partner.id(), attempt, payload, checked.json(), decided));
        } catch (DuplicateKeyException onRecord) {
            StoredEvent stored = events.find(partner.id(), attempt.id()).orElseThrow(() -> onRecord);
            // read and written again: an answer stored by an earlier version may have other JSON settings
            Answer onFile = stored.answer() == null
                    ? fromRecord(partner.id(), attempt.id()) // sent through the event intake: what the rules decided
                    : json.readValue(stored.answer(), Answer.class);
            Answered known = Answered.of(digest(stored.payload()), checked(onFile));
            answers.put(key, known);
            return repeat(known, payload, attempt.id());
        }
        answers.put(key, Answered.of(digest(payload), checked));
        outcomes.get(outcome).increment();
        return checked;
    }

    private Checked checked(Answer answer) {
        return new Checked(answer, json.writeValueAsString(answer));
    }

    /**
     * An answer kept for resends, with the SHA-256 of the attempt's canonical JSON rather than the JSON itself: the
     * cache holds {@code answer-cache-size} of these, each promoted to the old generation and dropped later, so
     * every byte kept here is a byte G1 must evacuate or mark (docs/benchmarks.md, "Transfer check under load").
     * For the same reason a plain ALLOW (most answers: no rule fired) keeps only its rules version, and the answer
     * is made again for the rare resend; any other answer is kept whole.
     *
     * @param checked the answer, or null for a plain ALLOW
     */
    private record Answered(
            byte[] digest, int allowedBy, @Nullable Checked checked) {

        static Answered of(byte[] digest, Checked checked) {
            Answer answer = checked.answer();
            boolean plainAllow = answer.decisions().isEmpty()
                    && answer.reasons().isEmpty()
                    && Outcome.ALLOW.name().equals(answer.outcome());
            return plainAllow ? new Answered(digest, answer.rulesVersion(), null) : new Answered(digest, 0, checked);
        }
    }

    private static byte[] digest(String payload) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Pending(
            long agencyId, TransferAttempt event, String payload, String answer, List<Decision> decisions) {}

    private Checked repeat(Answered earlier, String payload, String id) {
        if (!MessageDigest.isEqual(earlier.digest(), digest(payload))) {
            throw new ConflictException(
                    "transfer attempt " + id + " was checked before with other content; use a new id");
        }
        Checked whole = earlier.checked();
        return whole != null ? whole : checked(answer(id, Outcome.ALLOW, List.of(), earlier.allowedBy()));
    }

    /** Stores a group of checks with their decisions in one transaction. */
    private void storeGroup(List<Pending> group) {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            events.insertAll(
                    group.stream()
                            .map(p -> new NewEvent(p.agencyId(), p.event(), p.payload(), p.answer()))
                            .toList(),
                    now);
            List<NewDecision> made = new ArrayList<>();
            for (Pending p : group) {
                for (Decision d : p.decisions()) {
                    made.add(new NewDecision(p.agencyId(), d));
                }
            }
            Map<Long, List<MadeDecision>> decided = new LinkedHashMap<>();
            for (StoredDecision d : decisions.insertAll(made, now)) {
                decided.computeIfAbsent(d.agencyId(), k -> new ArrayList<>()).add(d.made());
            }
            decided.forEach((agency, list) -> publisher.publishEvent(new DecisionsMade(agency, list)));
            if (kafka) {
                // the Flink job keeps the payer's and the accounts' state too; its decisions on these are on record
                Map<Long, List<String>> byAgency = new LinkedHashMap<>();
                group.forEach(p -> byAgency.computeIfAbsent(p.agencyId(), k -> new ArrayList<>())
                        .add(p.event().id()));
                byAgency.forEach((agency, ids) -> publisher.publishEvent(new EventsAccepted(agency, ids)));
            }
        });
    }

    private Answer fromRecord(long agencyId, String eventId) {
        List<Decision> onRecord = decisions.ofEvent(agencyId, eventId).stream()
                .map(Decisions.StoredDecision::decision)
                .toList();
        int version =
                onRecord.isEmpty() ? engine.rules().version() : onRecord.get(0).rulesVersion();
        return answer(eventId, Decision.transferOutcome(onRecord), onRecord, version);
    }

    private static Answer answer(String eventId, Outcome outcome, List<Decision> decided, int rulesVersion) {
        List<Decision> bySeverity = new ArrayList<>(decided);
        bySeverity.sort((a, b) -> b.outcome().compareTo(a.outcome()));
        List<Reason> reasons = new ArrayList<>();
        for (Decision d : bySeverity) {
            for (RuleReason r : d.reasons()) {
                reasons.add(new Reason(r.code(), r.zh(), r.en()));
            }
        }
        return new Answer(
                eventId,
                outcome.name(),
                reasons,
                decided.stream().map(d -> DecisionView.of(null, d, null)).toList(),
                rulesVersion);
    }
}
