package io.clearsky.core.warning;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading one event from its JSON ({@link EventCodec#read(String)}: parse, check every field, put numbers, accounts
 * and links in canonical form), by event type, one thread: what every event costs before the engine sees it. Each
 * type cycles through 4,096 events of {@link RiskWorkload}'s generator, written by {@link EventCodec#write}.
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar EventCodecBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s -jvmArgs "-Xms2g -Xmx2g"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventCodecBenchmark {

    private static final int EVENTS = 4_096;

    String[] calls;
    String[] messages;
    String[] transfers;
    String[] visits;
    String[] installs;
    int next;

    @Setup(Level.Trial)
    public void write() {
        RiskWorkload.Source source = new RiskWorkload(1_000_000).source(7);
        calls = json(source, RiskWorkload.Source::call);
        messages = json(source, s -> {
            // half of them with a link in the text as well
            SmsEvent sms = s.sms();
            return next++ % 2 == 0
                    ? sms
                    : new SmsEvent(
                            sms.id(),
                            sms.at(),
                            sms.sender(),
                            sms.recipient(),
                            sms.urls(),
                            "【快递理赔】您的包裹已丢失，请点击 " + RiskWorkload.url(next) + " 办理");
        });
        transfers = json(source, RiskWorkload.Source::transfer);
        visits = json(source, RiskWorkload.Source::linkVisit);
        installs = json(source, RiskWorkload.Source::appInstall);
        next = 0;
    }

    private static String[] json(RiskWorkload.Source source, Function<RiskWorkload.Source, RiskEvent> make) {
        String[] json = new String[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            json[i] = EventCodec.write(make.apply(source));
        }
        return json;
    }

    private String take(String[] json) {
        return json[next++ & (EVENTS - 1)];
    }

    @Benchmark
    public RiskEvent call() {
        return EventCodec.read(take(calls));
    }

    @Benchmark
    public RiskEvent sms() {
        return EventCodec.read(take(messages));
    }

    @Benchmark
    public RiskEvent transferAttempt() {
        return EventCodec.read(take(transfers));
    }

    @Benchmark
    public RiskEvent linkVisit() {
        return EventCodec.read(take(visits));
    }

    @Benchmark
    public RiskEvent appInstall() {
        return EventCodec.read(take(installs));
    }
}
