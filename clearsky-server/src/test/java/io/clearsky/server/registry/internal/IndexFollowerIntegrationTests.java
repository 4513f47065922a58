package io.clearsky.server.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorState;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ListingPolicy;
import io.clearsky.server.TempDirs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A second server's index: rebuilt from the database at start, then following the change log across gaps. */
@SpringBootTest
class IndexFollowerIntegrationTests {

    private static final Path DATA = TempDirs.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), ZoneOffset.UTC);

    private long agency() {
        return jdbc.sql("select id from agency where code = 'follower-test'")
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    jdbc.sql("insert into agency (code, kind, name_zh, name_en, region_code, created_at) values"
                                    + " ('follower-test', 'POLICE_CENTRE', '测试', 'Test', '350200', current_timestamp)")
                            .update();
                    return agency();
                });
    }

    private Indicator listed(String e164) {
        Indicator indicator = Indicator.fresh(new Identifier(IndicatorKind.PHONE_NUMBER, e164), clock.instant());
        indicator.verify(agency(), null, null, IndicatorSource.POLICE_LIST, clock.instant(), ListingPolicy.DEFAULT);
        return indicator;
    }

    private static IndicatorStatus status(IndicatorIndex index, String e164) {
        long state = index.get(new Identifier(IndicatorKind.PHONE_NUMBER, e164));
        return state == 0 ? null : IndicatorState.unpack(state).status();
    }

    @Test
    void aNewReplicaLoadsTheWholeRegistryAndThenFollowsItsChanges() {
        transactions.executeWithoutResult(tx -> indicators.save(listed("+8618600186000")));

        IndicatorIndex index = new IndicatorIndex(16);
        IndexFollower follower = new IndexFollower(indicators, index, clock, new SimpleMeterRegistry());
        follower.afterPropertiesSet();
        assertThat(status(index, "+8618600186000")).isEqualTo(IndicatorStatus.VERIFIED);
        assertThat(status(index, "+8695588")).as("the shipped allowlist").isEqualTo(IndicatorStatus.ALLOWLISTED);

        transactions.executeWithoutResult(tx -> indicators.save(listed("+8618600186001")));
        follower.pollOnce();
        assertThat(status(index, "+8618600186001")).isEqualTo(IndicatorStatus.VERIFIED);
    }

    @Test
    void aGapInTheChangeLogHoldsTheWatermarkButNotTheChangesBehindIt() throws Exception {
        IndicatorIndex index = new IndicatorIndex(16);
        IndexFollower follower = new IndexFollower(indicators, index, clock, new SimpleMeterRegistry());
        follower.afterPropertiesSet();
        follower.pollOnce();
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Indicator slow = listed("+8618700187000");
        Indicator fast = listed("+8618700187001");
        Thread writer = new Thread(() -> transactions.executeWithoutResult(tx -> {
            indicators.save(slow);
            inFlight.countDown();
            await(release);
        }));
        writer.start();
        await(inFlight);
        transactions.executeWithoutResult(tx -> indicators.save(fast));

        assertThat(follower.pollOnce())
                .as("only the committed, later change is visible")
                .isEqualTo(1);
        assertThat(status(index, "+8618700187001")).isEqualTo(IndicatorStatus.VERIFIED);

        release.countDown();
        writer.join(10_000);
        assertThat(follower.pollOnce())
                .as("re-reads from the watermark below the gap")
                .isEqualTo(2);
        assertThat(status(index, "+8618700187000")).isEqualTo(IndicatorStatus.VERIFIED);
        assertThat(follower.pollOnce())
                .as("the gap closed, the watermark moved past both")
                .isZero();
    }

    @Test
    void changesOlderThanADayArePruned() {
        Indicator indicator = listed("+8618800188000");
        transactions.executeWithoutResult(tx -> indicators.save(indicator));
        jdbc.sql("insert into indicator_change (indicator_id, changed_at) values (?, ?)")
                .params(indicator.id(), java.time.OffsetDateTime.now().minusDays(2))
                .update();
        IndexFollower follower =
                new IndexFollower(indicators, new IndicatorIndex(16), Clock.systemUTC(), new SimpleMeterRegistry());
        follower.prune();
        assertThat(jdbc.sql("select count(*) from indicator_change where changed_at < ?")
                        .param(java.time.OffsetDateTime.now().minusDays(1))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from indicator_change where indicator_id = ?")
                        .param(indicator.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
