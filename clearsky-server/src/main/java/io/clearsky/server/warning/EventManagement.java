package io.clearsky.server.warning;

import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.warning.WarningEvents.DecisionsMade;
import io.clearsky.server.warning.WarningEvents.EventsAccepted;
import io.clearsky.server.warning.WarningEvents.EventsReceived;
import io.clearsky.server.warning.internal.Decisions;
import io.clearsky.server.warning.internal.Decisions.NewDecision;
import io.clearsky.server.warning.internal.Decisions.StoredDecision;
import io.clearsky.server.warning.internal.RiskEvents;
import io.clearsky.server.warning.internal.RiskEvents.NewEvent;
import io.clearsky.server.warning.internal.RiskEvents.StoredEvent;
import io.clearsky.server.warning.internal.WarningEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Partners' events (calls, SMS, link visits, app installs, transfer attempts). A batch is taken whole or not at
 * all: every event is read first and a 400 names each bad field ({@code events[3].amount}). An event the partner
 * sent before (same id, same content) is a duplicate, skipped and counted; the same id with other content is a 409
 * and nothing of the batch is stored. New events are stored, decided by the engine in the order they came, and their
 * decisions stored, in one transaction; the hand-off to delivery, tasks and the registry ({@link DecisionsMade}) is
 * committed with them. With {@code engine=kafka} the events are handed to the Flink job instead ({@link
 * EventsAccepted}) and its decisions arrive later; this server's engine still sees them, for transfer checks.
 */
@Service
@EnableConfigurationProperties(WarningSettings.class)
public class EventManagement {

    private final Partners partners;
    private final RiskEvents events;
    private final Decisions decisions;
    private final WarningEngine engine;
    private final WarningSettings settings;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EventManagement(
            Partners partners,
            RiskEvents events,
            Decisions decisions,
            WarningEngine engine,
            WarningSettings settings,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.partners = partners;
        this.events = events;
        this.decisions = decisions;
        this.engine = engine;
        this.settings = settings;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What a batch did.
     *
     * @param received events in the request
     * @param accepted new events stored and decided
     * @param duplicates events sent before (on record, or twice in this request), skipped
     * @param decisions what the rules decided on the new events, in the order of the events
     */
    public record IntakeResult(int received, int accepted, int duplicates, List<DecisionView> decisions) {}

    /** Takes a partner's batch: {@code {"events":[…]}}. */
    public IntakeResult receive(@Nullable JsonNode body, Caller caller) {
        Agency partner = partners.partner(caller);
        JsonNode list = body == null || !body.isObject() ? null : body.get("events");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InvalidInputException("events", "a list of 1 to " + settings.maxBatch() + " events");
        }
        if (list.size() > settings.maxBatch()) {
            throw new InvalidInputException(
                    "events", "at most " + settings.maxBatch() + " events per request, this has " + list.size());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Parsed> byId = new LinkedHashMap<>();
        int repeatedInBatch = 0;
        for (int i = 0; i < list.size(); i++) {
            String path = "events[" + i + "]";
            RiskEvent event = partners.read(partner.id(), list.get(i), path, problems);
            if (event == null) {
                continue;
            }
            Parsed parsed = new Parsed(path, event, EventCodec.write(event));
            Parsed earlier = byId.putIfAbsent(event.id(), parsed);
            if (earlier != null) {
                if (earlier.payload().equals(parsed.payload())) {
                    repeatedInBatch++;
                } else {
                    problems.add(new FieldProblem(
                            path + ".id", "'" + event.id() + "' appears earlier in this request with other content"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int extra = repeatedInBatch;
        for (int attempt = 1; ; attempt++) {
            try {
                IntakeResult result = transactions.execute(tx -> store(partner, byId, caller));
                return new IntakeResult(
                        list.size(), result.accepted(), result.duplicates() + extra, result.decisions());
            } catch (DuplicateKeyException concurrentResend) {
                // the same events arrived in another request meanwhile: go again, they are duplicates now
                if (attempt == 3) {
                    throw concurrentResend;
                }
            }
        }
    }

    private record Parsed(String path, RiskEvent event, String payload) {}

    private IntakeResult store(Agency partner, Map<String, Parsed> byId, Caller caller) {
        Map<String, StoredEvent> known = events.findAll(partner.id(), byId.keySet());
        List<String> conflicts = new ArrayList<>();
        List<Parsed> fresh = new ArrayList<>();
        int duplicates = 0;
        for (Parsed p : byId.values()) {
            StoredEvent stored = known.get(p.event().id());
            if (stored == null) {
                fresh.add(p);
            } else if (stored.payload().equals(p.payload())) {
                duplicates++;
            } else {
                conflicts.add(p.event().id());
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException("event id(s) already on record with other content: "
                    + String.join(", ", conflicts.subList(0, Math.min(10, conflicts.size())))
                    + (conflicts.size() > 10 ? " and " + (conflicts.size() - 10) + " more" : "")
                    + "; nothing in this request was stored");
        }
        Instant now = clock.instant();
        List<DecisionView> views = new ArrayList<>();
        if (!fresh.isEmpty()) {
            events.insertAll(
                    fresh.stream()
                            .map(p -> new NewEvent(partner.id(), p.event(), p.payload(), null))
                            .toList(),
                    now);
            // stored first: a resend racing this request fails on the insert, before the engine has seen anything
            if (settings.kafkaEngine()) {
                // the Flink job decides; this server's engine still sees every event, to answer transfer checks
                fresh.forEach(p -> engine.process(p.event()));
                publisher.publishEvent(new EventsAccepted(
                        partner.id(), fresh.stream().map(p -> p.event().id()).toList()));
                publisher.publishEvent(new EventsReceived(partner.id(), fresh.size(), duplicates, 0, caller.name()));
                return new IntakeResult(byId.size(), fresh.size(), duplicates, List.of());
            }
            List<NewDecision> made = new ArrayList<>();
            for (Parsed p : fresh) {
                for (Decision d : engine.process(p.event())) {
                    made.add(new NewDecision(partner.id(), d));
                    views.add(DecisionView.of(null, d, now));
                }
            }
            List<StoredDecision> stored = decisions.insertAll(made, now);
            if (!stored.isEmpty()) {
                publisher.publishEvent(new DecisionsMade(
                        partner.id(), stored.stream().map(StoredDecision::made).toList()));
            }
            publisher.publishEvent(
                    new EventsReceived(partner.id(), fresh.size(), duplicates, made.size(), caller.name()));
        }
        return new IntakeResult(byId.size(), fresh.size(), duplicates, views);
    }
}
