package io.clearsky.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PhoneTableTests {

    @Test
    void answersWhatWasPutAndZeroForTheRest() {
        PhoneTable table = new PhoneTable(4);
        table.put(8613800138000L, 42);
        table.put(8613900139000L, 7);
        assertThat(table.get(8613800138000L)).isEqualTo(42);
        assertThat(table.get(8613900139000L)).isEqualTo(7);
        assertThat(table.get(8613700137000L)).isZero();
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapThroughGrowthUpdatesAndRemovals() {
        PhoneTable table = new PhoneTable(16);
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long key = 8613000000000L + random.nextLong(5_000_000);
            long value = random.nextInt(10) == 0 ? 0 : 1 + random.nextLong(1_000_000);
            table.put(key, value);
            if (value == 0) {
                expected.remove(key);
            } else {
                expected.put(key, value);
            }
        }
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(table.get(key)).isEqualTo(value));
        for (int i = 0; i < 10_000; i++) {
            long key = 8618000000000L + random.nextLong(1_000_000_000L);
            assertThat(table.get(key)).isEqualTo(expected.getOrDefault(key, 0L));
        }
    }

    @Test
    void removingAKeyKeepsTheKeysBehindItInItsProbeChainReachable() {
        PhoneTable table = new PhoneTable(16);
        for (long key = 1; key <= 12; key++) {
            table.put(key, key * 10);
        }
        table.put(3, 0);
        for (long key = 1; key <= 12; key++) {
            assertThat(table.get(key)).isEqualTo(key == 3 ? 0 : key * 10);
        }
        table.put(3, 33);
        assertThat(table.get(3)).isEqualTo(33);
        assertThat(table.size()).isEqualTo(12);
    }

    @Test
    void keyZeroIsReserved() {
        assertThatThrownBy(() -> new PhoneTable(4).put(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readersNeverSeeAKeyWithoutItsValueWhileTheTableGrows() throws InterruptedException {
        PhoneTable table = new PhoneTable(16);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong wrong = new AtomicLong();
        Thread reader = new Thread(() -> {
            SplittableRandom random = new SplittableRandom(1);
            while (!done.get()) {
                long key = 1 + random.nextLong(300_000);
                long value = table.get(key);
                if (value != 0 && value != key + 1) {
                    wrong.incrementAndGet();
                }
            }
        });
        reader.start();
        for (long key = 1; key <= 300_000; key++) {
            table.put(key, key + 1);
        }
        done.set(true);
        reader.join();
        assertThat(wrong.get()).isZero();
        assertThat(table.size()).isEqualTo(300_000);
    }

    @Test
    void aBatchLookupAnswersLikeSingleLookupsIncludingProbeChainsAndRemovals() {
        PhoneTable table = new PhoneTable(16);
        SplittableRandom random = new SplittableRandom(3);
        long[] keys = new long[20_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = 8613000000000L + random.nextLong(40_000);
            if (random.nextBoolean()) {
                table.put(keys[i], i + 1);
            }
        }
        for (int i = 0; i < 2_000; i++) {
            table.put(keys[random.nextInt(keys.length)], 0);
        }
        long[] values = new long[1000];
        for (int offset = 0; offset < keys.length; offset += 1000) {
            table.getAll(keys, offset, 1000, values);
            for (int i = 0; i < 1000; i++) {
                assertThat(values[i]).isEqualTo(table.get(keys[offset + i]));
            }
        }
    }
}
