package io.clearsky.server.warning;

import io.clearsky.core.IsoTimes;
import io.clearsky.core.warning.Backtest;
import io.clearsky.core.warning.InvalidRulesException;
import io.clearsky.core.warning.RuleSet;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.registry.IndicatorLookup;
import io.clearsky.server.warning.internal.RiskEvents;
import io.clearsky.server.warning.internal.RuleVersions;
import io.clearsky.server.warning.internal.RuleVersions.RuleVersion;
import io.clearsky.server.warning.internal.WarningEngine;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The risk rules: the version in force and every earlier one, a new version from an admin, and backtests that replay
 * the stored events under a proposed version beside the version in force.
 */
@Service
public class RuleManagement {

    private static final int MAX_TEXT = 100_000;
    private static final int MAX_CHANGES = 1_000;

    private final WarningEngine engine;
    private final RuleVersions versions;
    private final RiskEvents events;
    private final IndicatorLookup lookup;
    private final WarningSettings settings;

    RuleManagement(
            WarningEngine engine,
            RuleVersions versions,
            RiskEvents events,
            IndicatorLookup lookup,
            WarningSettings settings) {
        this.engine = engine;
        this.versions = versions;
        this.lookup = lookup;
        this.events = events;
        this.settings = settings;
    }

    /** A version of the rules: its number, name, YAML text, where it came from (DEFAULT, FILE, API), who and when. */
    public record RulesView(int version, String name, String text, String source, String createdBy, Instant createdAt) {
        static RulesView of(RuleVersion v) {
            return new RulesView(v.version(), v.name(), v.text(), v.source(), v.createdBy(), v.at());
        }
    }

    /** The rules in force (admins and centres). */
    public RulesView current(Caller caller) {
        caller.require(Permission.RULES_READ);
        return RulesView.of(engine.rules());
    }

    /** A version that ran, in force or earlier: the text a decision's rules version names. */
    public RulesView version(int version, Caller caller) {
        caller.require(Permission.RULES_READ);
        return versions.find(version)
                .map(RulesView::of)
                .orElseThrow(() -> new NotFoundException("rules version", version));
    }

    /**
     * An admin sets a new version (the YAML rule file): every field is checked (a 400 names the one at fault) and the
     * version must be above the one in force. It runs from the next event on, on this replica at once and on the
     * others within {@code rules-poll}.
     */
    public RulesView put(@Nullable String text, Caller caller) {
        caller.require(Permission.RULES_WRITE);
        RuleSet rules = parse(text);
        try {
            return RulesView.of(engine.install(rules, text, "API", caller.name()));
        } catch (WarningEngine.RulesRefused e) {
            throw new InvalidInputException("version", e.getMessage());
        }
    }

    /**
     * Replays the events stored for [from, to), in time order, under the rules in force and under the proposed ones,
     * each on fresh state, against today's registry: what would change. At most {@code backtest-max-events} events
     * per run; a range with more is refused (400 naming {@code to}).
     */
    public Backtest.Report backtest(
            @Nullable String text, @Nullable String from, @Nullable String to, @Nullable Integer limit, Caller caller) {
        caller.require(Permission.RULES_READ);
        RuleSet proposed = parse(text);
        Instant start = time("from", from);
        Instant end = time("to", to);
        if (!end.isAfter(start)) {
            throw new InvalidInputException("to", "must be after from");
        }
        int max = limit == null ? 100 : limit;
        if (max < 0 || max > MAX_CHANGES) {
            throw new InvalidInputException("limit", "0 to " + MAX_CHANGES + " changes of each kind listed");
        }
        long count = events.count(start, end);
        if (count > settings.backtestMaxEvents()) {
            throw new InvalidInputException(
                    "to",
                    "the range holds " + count + " events, a backtest replays at most " + settings.backtestMaxEvents()
                            + ": narrow it");
        }
        return Backtest.run(events.between(start, end), engine.ruleSet(), proposed, lookup.watchlist(), max);
    }

    private static RuleSet parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("file", "the rule file (YAML) is the request body");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("file", "at most " + MAX_TEXT + " characters");
        }
        try {
            return RuleSet.parse(text);
        } catch (InvalidRulesException e) {
            throw new InvalidInputException(
                    e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static Instant time(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "required: a time with its offset, e.g. 2026-11-29T00:00:00+08:00");
        }
        try {
            return IsoTimes.instant(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a time with its offset, e.g. 2026-11-29T00:00:00+08:00");
        }
    }
}
