package io.clearsky.server.warning.internal;

import io.clearsky.core.warning.Decision;
import io.clearsky.core.warning.InvalidRulesException;
import io.clearsky.core.warning.RiskEngine;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.RiskRules;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.server.registry.IndicatorLookup;
import io.clearsky.server.warning.WarningEvents.RulesChanged;
import io.clearsky.server.warning.WarningSettings;
import io.clearsky.server.warning.internal.RuleVersions.RuleVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded risk engine ({@link RiskEngine}) over the registry's live index, and the rules it runs.
 *
 * <p>The rules in force are the highest version among the shipped defaults, the versions on record (set through the
 * API, on any replica) and the rule file. The file and the record are looked at every {@code rules-poll}: a file
 * whose modification time or size changed is read again, and a higher valid version is stored and swapped in with
 * {@link RiskEngine#reload}, between two events, so none is dropped and every event is decided whole by one version.
 * A file that cannot be used (unreadable, an invalid field, a version not above the one in force) is refused: the
 * error is logged, {@code clearsky.warning.rules.refused} reads 1, and the rules in force keep running.
 */
@Component
public class WarningEngine implements InitializingBean, SmartInitializingSingleton {

    static final long EXPIRE_PART_MILLIS = 60_000 / RiskEngine.PARTS;
    private static final Logger log = LoggerFactory.getLogger(WarningEngine.class);

    private final WarningSettings settings;
    private final RuleVersions versions;
    private final RiskEvents stored;
    private final IndicatorLookup lookup;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AtomicInteger refused = new AtomicInteger();
    private final Counter refusals;
    private final Map<String, Counter> eventCounters = new ConcurrentHashMap<>();
    private final Map<String, Counter> decisionCounters = new ConcurrentHashMap<>();
    private @Nullable RiskEngine engine;
    private volatile @Nullable RuleVersion current;
    private volatile String fileStamp = "";
    private volatile long lastPoll;

    WarningEngine(
            WarningSettings settings,
            RuleVersions versions,
            RiskEvents stored,
            IndicatorLookup lookup,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.settings = settings;
        this.versions = versions;
        this.stored = stored;
        this.lookup = lookup;
        this.events = events;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
        this.refusals = Counter.builder("clearsky.warning.rules.refusals")
                .description("rule files refused (invalid, or a version not above the one in force)")
                .register(meters);
        Gauge.builder("clearsky.warning.rules.refused", refused, AtomicInteger::get)
                .description("1 while the rule file on disk is refused and older rules run")
                .register(meters);
        Gauge.builder("clearsky.warning.rules.version", this, e -> e.rules().version())
                .description("the version of the rules in force")
                .register(meters);
        Gauge.builder("clearsky.warning.states", this, e -> e.engine().stateCount())
                .description("subscribers, numbers and accounts with state held by the risk engine")
                .register(meters);
    }

    @Override
    public void afterPropertiesSet() {
        RuleVersion best = versions.latest().orElse(null);
        RuleSet defaults = RuleSet.defaults();
        if (best == null || defaults.version() > best.version()) {
            best = store(new RuleVersion(
                    defaults.version(), defaults.name(), RuleSet.defaultText(), "DEFAULT", "system", clock.instant()));
        }
        current = best;
        engine = new RiskEngine(new RiskRules(RuleSet.parse(best.text()), lookup.watchlist()));
        // at start the file is taken without an audit record: the event registry may not be ready yet
        pollFile(false);
        log.info("Risk rules version {} ({}) in force, from {}", rules().version(), rules().name(), rules().source());
    }

    /** Once every bean is made (the registry's index loaded), before the server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        warmUp();
    }

    /**
     * Replays the stored events of the rules' longest window (an hour by default) into the fresh engine, dropping
     * what it decides (that was decided and acted on before): a restart then still remembers the call that came just
     * before a payment. At most {@code warm-up-max-events}, the latest. Payees paid before that window are not
     * remembered (a payment to one counts as new: more caution, not less).
     */
    private void warmUp() {
        int max = settings.warmUpMaxEvents();
        if (max == 0) {
            return;
        }
        long started = System.nanoTime();
        java.time.Instant to = clock.instant().plus(settings.maxFutureSkew());
        java.time.Instant from = clock.instant().minus(ruleSet().longestWindow());
        from = stored.latestStart(from, to, max);
        long count = 0;
        for (RiskEvent event : stored.between(from, to)) {
            engine().process(event);
            count++;
        }
        if (count > 0) {
            log.info(
                    "Risk engine warmed up with {} events since {} in {} ms",
                    count,
                    from,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Decides one event with the rules in force. */
    public List<Decision> process(RiskEvent event) {
        List<Decision> decisions = engine().process(event);
        eventCounters
                .computeIfAbsent(
                        event.type(),
                        type -> Counter.builder("clearsky.warning.events")
                                .description("events decided by the embedded engine")
                                .tag("type", type)
                                .register(meters))
                .increment();
        for (Decision d : decisions) {
            decisionCounters
                    .computeIfAbsent(
                            d.ruleId() + '/' + d.outcome(),
                            k -> Counter.builder("clearsky.warning.decisions")
                                    .description("decisions by rule and outcome")
                                    .tag("rule", d.ruleId())
                                    .tag("outcome", d.outcome().name())
                                    .register(meters))
                    .increment();
        }
        return decisions;
    }

    /** The rules in force, as stored. */
    public RuleVersion rules() {
        RuleVersion rules = current;
        if (rules == null) {
            throw new IllegalStateException("the risk engine has not started");
        }
        return rules;
    }

    /** The parsed rules in force. */
    public RuleSet ruleSet() {
        return engine().rules().ruleSet();
    }

    /**
     * Stores a new version and runs it from the next event on.
     *
     * @throws RulesRefused when the version is not above the one in force, or is on record with another text
     */
    public RuleVersion install(RuleSet rules, String text, String source, String actor) {
        return install(rules, text, source, actor, true);
    }

    private synchronized RuleVersion install(
            RuleSet rules, String text, String source, String actor, boolean announce) {
        RuleVersion now = rules();
        if (rules.version() <= now.version()) {
            throw new RulesRefused("version " + rules.version() + " is not above the version in force, " + now.version()
                    + ": raise it to " + (now.version() + 1) + " or more");
        }
        RuleVersion stored = transactions.execute(tx -> {
            RuleVersion v = store(new RuleVersion(rules.version(), rules.name(), text, source, actor, clock.instant()));
            if (announce) {
                events.publishEvent(new RulesChanged(v.version(), v.name(), v.source(), actor));
            }
            return v;
        });
        swap(stored, rules);
        return stored;
    }

    /** A rule file or version that cannot run. */
    public static final class RulesRefused extends RuntimeException {
        RulesRefused(String message) {
            super(message);
        }
    }

    private RuleVersion store(RuleVersion v) {
        // Looked up first: on PostgreSQL a refused insert aborts the transaction, so nothing could be read after it.
        // Another replica storing the same version between the two is caught by the unique key and refused here; its
        // own poll then installs it.
        Optional<RuleVersion> onRecord = versions.find(v.version());
        if (onRecord.isPresent()) {
            if (!onRecord.get().text().equals(v.text())) {
                throw new RulesRefused("version " + v.version() + " is on record with another text: raise the version");
            }
            return onRecord.get();
        }
        try {
            versions.insert(v);
            return v;
        } catch (DuplicateKeyException raced) {
            throw new RulesRefused("version " + v.version() + " was stored by another replica at the same moment: it"
                    + " is installed from there within the poll interval");
        }
    }

    private synchronized void swap(RuleVersion version, RuleSet rules) {
        RuleVersion now = current;
        if (now != null && version.version() <= now.version()) {
            return;
        }
        engine().reload(new RiskRules(rules, lookup.watchlist()));
        current = version;
        log.info(
                "Risk rules version {} ({}) in force from now, from {}",
                version.version(),
                version.name(),
                version.source());
    }

    /** Looks at the stored versions (another replica may have stored a higher one) and at the rule file. */
    @Scheduled(initialDelay = 500, fixedDelay = 500)
    void poll() {
        long now = clock.millis();
        if (now - lastPoll < settings.rulesPoll().toMillis()) {
            return;
        }
        lastPoll = now;
        int latest = versions.latestVersion();
        if (latest > rules().version()) {
            versions.find(latest).ifPresent(v -> swap(v, RuleSet.parse(v.text())));
        }
        pollFile(true);
    }

    private void pollFile(boolean announce) {
        String file = settings.rulesFile();
        if (file == null || file.isBlank()) {
            return;
        }
        Path path = Path.of(file);
        String stamp;
        String text;
        try {
            stamp = Files.getLastModifiedTime(path).toMillis() + "/" + Files.size(path);
            if (stamp.equals(fileStamp)) {
                return;
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String missing = "missing:" + e.getClass().getSimpleName();
            if (!missing.equals(fileStamp)) {
                fileStamp = missing;
                refuse(path, "cannot be read: " + e.getMessage());
            }
            return;
        }
        fileStamp = stamp;
        RuleSet rules;
        try {
            rules = RuleSet.parse(text);
        } catch (InvalidRulesException e) {
            refuse(path, e.getMessage());
            return;
        }
        RuleVersion now = rules();
        if (rules.version() == now.version() && text.equals(now.text())) {
            refused.set(0);
            return;
        }
        try {
            install(rules, text, "FILE", "file:" + path.getFileName(), announce);
            refused.set(0);
        } catch (RulesRefused e) {
            refuse(path, e.getMessage());
        }
    }

    private void refuse(Path path, String why) {
        refused.set(1);
        refusals.increment();
        log.error(
                "Rule file {} refused, version {} keeps running: {}",
                path.toAbsolutePath(),
                current == null ? "?" : rules().version(),
                why);
    }

    /**
     * Drops the states that can no longer change a decision, by event time: the latest event time seen, but never
     * past the clock (an event from a partner's fast clock must not expire everyone's state). One part of the engine
     * at a time, every {@value #EXPIRE_PART_MILLIS} ms, so a pass over all of them takes about a minute and never
     * holds a core or the engine's locks for long ({@link RiskEngine#expireNext}).
     */
    @Scheduled(initialDelay = 60_000, fixedDelay = EXPIRE_PART_MILLIS)
    void expire() {
        long latest = engine().latestEventMillis();
        if (latest != Long.MIN_VALUE) {
            int dropped = engine().expireNext(Math.min(latest, clock.millis()));
            if (dropped > 0) {
                log.debug("Risk engine dropped {} expired states", dropped);
            }
        }
    }

    private RiskEngine engine() {
        RiskEngine e = engine;
        if (e == null) {
            throw new IllegalStateException("the risk engine has not started");
        }
        return e;
    }
}
