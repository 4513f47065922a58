package io.clearsky.server.funds.internal;

import io.clearsky.core.funds.LiveTransferGraph;
import io.clearsky.core.funds.TransferView;
import io.clearsky.server.funds.FundsSettings;
import io.clearsky.server.funds.TransferStatus;
import io.clearsky.server.funds.internal.Transfers.Change;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every settled transfer in memory, one {@link LiveTransferGraph} per currency, following the database: what traces
 * read with {@code clearsky.funds.trace-graph=memory}. It loads in the background once the server has started; until
 * it has, and whenever following has stalled, it answers nothing and traces read the database ({@link TraceGraphs}).
 * Accounts are named by {@link GraphNames} and transfers referenced by their id, as in {@link TraceGraphs}.
 */
@Component
public class LiveTransfers implements HealthIndicator, DisposableBean {

    // How it follows. Every transfer row has updated_at, set when it is inserted and when its status changes, from
    // the clock of the replica that wrote it, before its transaction commits. A poll reads the rows with updated_at
    // at or after (the latest updated_at read so far - the lag), in pages by (updated_at, id). Transactions commit
    // out of timestamp order (and of id order), so a row can become visible with an updated_at earlier than one
    // already read; looking back by the lag catches it, provided no transaction writing transfers commits later than
    // `lag` after taking its time, clock differences between replicas included. Rows are read again while they are
    // inside the lag, which is harmless: each is applied with its current status only (SUCCEEDED: added unless the
    // graph holds it; any other status: reversed if held, which is a no-op if it was never added or is reversed
    // already), and statuses only move forward (PENDING to SUCCEEDED or FAILED, SUCCEEDED to REVERSED), so applying
    // a row twice, or an older row after a newer one was applied for the same transfer, cannot undo a change: a
    // reversal is final. The cost is reading rate × lag rows again on every poll. The watermark is the latest
    // updated_at read, not this replica's clock, so a replica whose clock is behind does not skip rows; the load at
    // start takes it before reading anything, so the first poll catches what was committed while the load ran.

    private static final Logger log = LoggerFactory.getLogger(LiveTransfers.class);
    private static final int PAGE = 10_000;
    private static final Duration STALE = Duration.ofSeconds(10);

    private final Transfers transfers;
    private final Accounts accounts;
    private final FundsSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final boolean enabled;
    private final Map<String, LiveTransferGraph> graphs = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile boolean stopped;
    private volatile Instant watermark = Instant.EPOCH;
    private volatile Instant followedUpTo = Instant.EPOCH;

    LiveTransfers(Transfers transfers, Accounts accounts, FundsSettings settings, Clock clock, MeterRegistry meters) {
        this.transfers = transfers;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.enabled = settings.traceGraph() == FundsSettings.TraceGraph.MEMORY;
        if (enabled) {
            Gauge.builder("clearsky.funds.trace.graph.lag", this, LiveTransfers::lagSeconds)
                    .description("seconds since the start of the last poll that followed the database (NaN while"
                            + " loading): transfers committed before then are in the in-memory graph")
                    .baseUnit("seconds")
                    .register(meters);
        }
    }

    /** Starts loading in the background, so that the server serves (with traces on the database) meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread loader = new Thread(this::loadUntilDone, "trace-graph-load");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public void destroy() {
        stopped = true;
    }

    private void loadUntilDone() {
        while (!stopped && !loaded) {
            try {
                load();
            } catch (RuntimeException e) {
                // what was added stays: the next attempt skips the transfers the graph holds
                log.warn("Loading the in-memory transfer graph failed; trying again in 5 s", e);
                sleep(Duration.ofSeconds(5));
            }
        }
    }

    private synchronized void load() {
        long started = System.nanoTime();
        Instant mark = transfers.lastUpdate().orElse(Instant.EPOCH);
        long after = 0;
        long count = 0;
        while (!stopped) {
            List<Change> page = transfers.settledAfter(after, PAGE);
            apply(page);
            count += page.size();
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        if (stopped) {
            return;
        }
        watermark = mark;
        pollOnce();
        loaded = true;
        log.info(
                "In-memory transfer graph loaded {} settled transfers in {} currencies in {} ms; following changes"
                        + " from {}",
                count,
                graphs.size(),
                (System.nanoTime() - started) / 1_000_000,
                mark);
    }

    @Scheduled(
            initialDelayString = "${clearsky.funds.trace-graph-poll-millis:500}",
            fixedDelayString = "${clearsky.funds.trace-graph-poll-millis:500}")
    void follow() {
        if (loaded && !stopped) {
            pollOnce();
        }
    }

    /** Applies the transfers changed since the watermark, less the lag; returns how many rows it read. */
    synchronized int pollOnce() {
        Instant began = clock.instant();
        Instant since = watermark.minus(settings.traceGraphLag());
        Instant afterUpdate = since;
        long afterId = Long.MIN_VALUE;
        Instant latest = watermark;
        int read = 0;
        while (true) {
            List<Change> page = transfers.changedSince(since, afterUpdate, afterId, PAGE);
            apply(page);
            read += page.size();
            if (page.isEmpty()) {
                break;
            }
            Change last = page.get(page.size() - 1);
            latest = last.updatedAt().isAfter(latest) ? last.updatedAt() : latest;
            if (page.size() < PAGE) {
                break;
            }
            afterUpdate = last.updatedAt();
            afterId = last.id();
        }
        watermark = latest;
        followedUpTo = began;
        return read;
    }

    private void apply(List<Change> rows) {
        Set<Long> ids = new HashSet<>();
        for (Change row : rows) {
            if (row.status() == TransferStatus.SUCCEEDED) {
                ids.add(row.payerId());
                ids.add(row.payeeId());
            }
        }
        // read before taking the graph's lock; remembered, so a page names mostly accounts looked up before
        Set<Long> cash = accounts.cashAmong(ids);
        Map<String, List<Change>> byCurrency = new LinkedHashMap<>();
        for (Change row : rows) {
            byCurrency
                    .computeIfAbsent(row.currency(), c -> new java.util.ArrayList<>())
                    .add(row);
        }
        byCurrency.forEach((currency, changes) -> graph(currency).write(w -> {
            for (Change c : changes) {
                if (c.status() != TransferStatus.SUCCEEDED) {
                    w.reverse(c.id());
                } else if (!w.holds(c.id()) && c.amountMinor() > 0) {
                    w.add(
                            c.id(),
                            GraphNames.name(c.payerId(), cash.contains(c.payerId())),
                            GraphNames.name(c.payeeId(), cash.contains(c.payeeId())),
                            c.occurredAt().toEpochMilli(),
                            c.amountMinor());
                }
            }
        }));
    }

    private LiveTransferGraph graph(String currency) {
        return graphs.computeIfAbsent(currency, c -> {
            LiveTransferGraph graph = new LiveTransferGraph();
            Gauge.builder("clearsky.funds.trace.graph.transfers", graph, LiveTransferGraph::transfers)
                    .description("settled transfers in the in-memory graph, reversed ones included")
                    .tag("currency", c)
                    .register(meters);
            return graph;
        });
    }

    /**
     * Runs {@code reader} on the currency's graph if the graph is loaded and following the database; empty if not
     * (the caller reads the database), or if {@code reader} returns null.
     */
    public <T> Optional<T> read(String currency, Function<TransferView, @Nullable T> reader) {
        if (!following()) {
            return Optional.empty();
        }
        LiveTransferGraph graph = graphs.get(currency);
        return graph == null ? Optional.empty() : Optional.ofNullable(graph.read(reader));
    }

    /** Whether the graph has loaded and a poll that began at or after {@code moment} has been applied. */
    public boolean followedSince(Instant moment) {
        return loaded && !followedUpTo.isBefore(moment);
    }

    private boolean following() {
        return loaded && Duration.between(followedUpTo, clock.instant()).compareTo(STALE) < 0;
    }

    /**
     * When each of these accounts last moved money up to {@code untilMillis}, as {@link TraceGraphs.Loaded} tells it:
     * its latest transfer, reversed ones left out.
     */
    public static Map<Long, Instant> lastActivity(TransferView view, Collection<String> accounts, long untilMillis) {
        Map<Long, Instant> last = new HashMap<>();
        for (String name : accounts) {
            OptionalInt a = view.account(name);
            if (a.isEmpty()) {
                continue;
            }
            for (int i = view.degree(a.getAsInt()) - 1; i >= 0; i--) {
                int t = view.transferOf(a.getAsInt(), i);
                if (view.time(t) <= untilMillis && view.amount(t) > 0) {
                    last.put(GraphNames.id(name), Instant.ofEpochMilli(view.time(t)));
                    break;
                }
            }
        }
        return last;
    }

    private double lagSeconds() {
        return loaded ? Duration.between(followedUpTo, clock.instant()).toMillis() / 1000.0 : Double.NaN;
    }

    @Override
    public Health health() {
        if (!enabled) {
            return Health.up().withDetail("traceGraph", "database").build();
        }
        long held =
                graphs.values().stream().mapToLong(LiveTransferGraph::transfers).sum();
        Health.Builder health = !loaded
                ? Health.up().withDetail("state", "loading (traces read the database)")
                : following()
                        ? Health.up().withDetail("state", "following")
                        : Health.down().withDetail("state", "stalled (traces read the database)");
        return health.withDetail("traceGraph", "memory")
                .withDetail("transfers", held)
                .withDetail("currencies", graphs.keySet())
                .withDetail("followedUpTo", followedUpTo.toString())
                .build();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
