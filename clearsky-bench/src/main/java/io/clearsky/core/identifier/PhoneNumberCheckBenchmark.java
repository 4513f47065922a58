package io.clearsky.core.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.index.PhoneIndexes;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Normalise-and-look-up of raw phone numbers as people and partner systems write them: {@link
 * PhoneNumbers#parseToKey} then {@link IndicatorIndex#getPhone}, side by side with libphonenumber's own path
 * ({@code PhoneNumberUtil.parse(raw, "CN")}, {@code format(E164)}, then a lookup in fastutil's {@code
 * Long2LongOpenHashMap}), both over an index of 10 million mobile numbers.
 *
 * <p>The input is 1,048,576 pre-built strings ({@link SyntheticPhoneNumbers#rawInputs}): 10% listed mobile numbers
 * and, by default, 85% unlisted ones, each in one of seven styles ("13800138000", "+86 138 0013 8000",
 * "+86-138-0013-8000", "0086 13800138000", "86 13800138000", "(+86)138-0013-8000", full-width digits), and 5%
 * ({@code slowPathPercent}) landlines with area code ("021-52345678") and service numbers ("95588", "400-810-8888").
 * Mobile numbers take {@code parseToKey}'s allocation-free fast path; landlines and 400 numbers take the slow path
 * through libphonenumber's validation, which costs two orders of magnitude more, so the slow-path share decides the
 * result: add {@code -p slowPathPercent=0,1,5} to see how much. The target is 1 million per second on one core.
 *
 * <p>Run with:
 *
 * <pre>
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar PhoneNumberCheckBenchmark -f 1 -wi 3 -w 5s -i 5 -r 5s -t 1 -jvmArgs "-Xms2g -Xmx2g"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PhoneNumberCheckBenchmark {

    static final long KEY_SEED = 20_240_501L;
    static final long INPUT_SEED = 11L;
    static final int INPUTS = 1 << 20;
    static final int MASK = INPUTS - 1;

    private static final PhoneNumberUtil LIBPHONENUMBER = PhoneNumberUtil.getInstance();

    @Param("10000000")
    int phoneNumbers;

    @Param("5")
    int slowPathPercent;

    String[] inputs;
    IndicatorIndex index;
    Long2LongOpenHashMap fastutil;

    /** Builds both tables from the same keys, then the raw input. */
    @Setup(Level.Trial)
    public void build() {
        long[] keys = SyntheticPhoneNumbers.distinctMobileKeys(KEY_SEED, phoneNumbers);
        index = PhoneIndexes.ours(keys);
        fastutil = PhoneIndexes.fastutil(keys);
        inputs = SyntheticPhoneNumbers.rawInputs(INPUT_SEED, keys, fastutil::containsKey, INPUTS, slowPathPercent);
    }

    /** One thread's position in the input. */
    @State(Scope.Thread)
    public static class Cursor {

        int next;

        /** Spreads the threads over the input. */
        @Setup(Level.Trial)
        public void start(ThreadParams thread) {
            next = (thread.getThreadIndex() * 0x9E3779B9) & MASK;
        }

        int next() {
            int current = next;
            next = (current + 1) & MASK;
            return current;
        }
    }

    @Benchmark
    public long parseToKeyAndLookup(Cursor cursor) {
        return index.getPhone(PhoneNumbers.parseToKey(inputs[cursor.next()]));
    }

    @Benchmark
    public long libphonenumberAndFastutil(Cursor cursor) throws NumberParseException {
        return fastutil.get(libphonenumberKey(inputs[cursor.next()]));
    }

    /** The key the way a team would get it from libphonenumber: parse with region CN, format as E.164, drop the '+'. */
    static long libphonenumberKey(String raw) throws NumberParseException {
        String e164 = LIBPHONENUMBER.format(LIBPHONENUMBER.parse(raw, "CN"), PhoneNumberFormat.E164);
        return Long.parseLong(e164, 1, e164.length(), 10);
    }
}
