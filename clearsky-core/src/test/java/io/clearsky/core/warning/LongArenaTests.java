package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongArenaTests {

    @Test
    void aBlockHoldsAPowerOfTwoOfLongsAtLeastTwo() {
        assertThat(LongArena.capacityFor(1)).isEqualTo(2);
        assertThat(LongArena.capacityFor(2)).isEqualTo(2);
        assertThat(LongArena.capacityFor(3)).isEqualTo(4);
        assertThat(LongArena.capacityFor(32)).isEqualTo(32);
        assertThat(LongArena.capacityFor(33)).isEqualTo(64);
        assertThat(LongArena.capacityFor(1_000)).isEqualTo(1_024);
        assertThatThrownBy(() -> LongArena.capacityFor(1_025)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongArena().allocate(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLongsSkippedToAlignABlockServeSmallerBlocks() {
        LongArena arena = new LongArena();

        assertThat(arena.allocate(2)).isEqualTo(2);
        // a block of 8 starts at 8; the four longs from 4 it skipped are a free block of 4
        assertThat(arena.allocate(8)).isEqualTo(8);
        assertThat(arena.allocate(4)).isEqualTo(4);
        assertThat(arena.allocate(2)).isEqualTo(16);
        assertThat(arena.longsInUse()).isEqualTo(16);
    }

    @Test
    void blocksOfEverySizeNeverOverlapAndAreReusedOnceFreed() {
        Random random = new Random(5);
        LongArena arena = new LongArena();
        Map<Integer, long[]> live = new HashMap<>();
        Map<Integer, Integer> capacities = new HashMap<>();
        List<Integer> handles = new ArrayList<>();
        // enough blocks for dozens of 8,192-long chunks, with frees between, so free lists and chunk ends both serve
        for (int step = 0; step < 40_000; step++) {
            if (random.nextInt(4) > 0 || handles.isEmpty()) {
                int capacity = 1 << (1 + random.nextInt(10));
                int handle = arena.allocate(capacity);
                assertThat(handle).isPositive();
                assertThat(live).doesNotContainKey(handle);
                long[] values = random.longs(capacity).toArray();
                for (int i = 0; i < capacity; i++) {
                    arena.set(handle, i, values[i]);
                }
                live.put(handle, values);
                capacities.put(handle, capacity);
                handles.add(handle);
            } else {
                int index = random.nextInt(handles.size());
                int handle = handles.get(index);
                arena.free(handle, capacities.remove(handle));
                live.remove(handle);
                handles.set(index, handles.get(handles.size() - 1));
                handles.remove(handles.size() - 1);
            }
        }

        live.forEach((handle, values) -> {
            for (int i = 0; i < values.length; i++) {
                assertThat(arena.get(handle, i)).isEqualTo(values[i]);
            }
        });
        assertThat(arena.longsInUse())
                .isEqualTo(capacities.values().stream()
                        .mapToLong(Integer::longValue)
                        .sum());
        int freed = handles.get(0);
        arena.free(freed, capacities.get(freed));
        assertThat(arena.allocate(capacities.get(freed))).isEqualTo(freed);
    }
}
