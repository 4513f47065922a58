package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteArenaTests {

    @Test
    void givesBackWhatWasStoredWhateverItsLengthAroundTheBlockBoundaries() {
        ByteArena arena = new ByteArena();
        Map<Integer, byte[]> stored = new HashMap<>();
        for (int length : new int[] {0, 1, 55, 56, 57, 59, 60, 61, 115, 116, 117, 120, 1_000, 70_000}) {
            byte[] data = bytes(new Random(length), length);
            stored.put(arena.store(data, length), data);
        }

        stored.forEach((handle, data) -> assertThat(arena.load(handle)).isEqualTo(data));
        assertThat(stored.keySet()).doesNotContain(0);
    }

    @Test
    void storesOnlyTheLengthAskedFor() {
        ByteArena arena = new ByteArena();

        int handle = arena.store(new byte[] {1, 2, 3, 4}, 2);

        assertThat(arena.load(handle)).containsExactly(1, 2);
        assertThatThrownBy(() -> arena.store(new byte[2], 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void releasedBlocksAreReusedSoAStableWorkloadStopsGrowing() {
        ByteArena arena = new ByteArena();
        int handle = arena.store(new byte[200], 200);
        int blocks = arena.blocksInUse();
        assertThat(blocks).isEqualTo(4);

        for (int i = 0; i < 1_000; i++) {
            handle = arena.replace(handle, new byte[200], 200);
        }

        assertThat(arena.blocksInUse()).isEqualTo(blocks);
        arena.release(handle);
        assertThat(arena.blocksInUse()).isZero();
    }

    @Test
    void manyStringsStoredReplacedAndReleasedInRandomOrderAcrossChunksStayIntact() {
        Random random = new Random(11);
        ByteArena arena = new ByteArena();
        Map<Integer, byte[]> live = new HashMap<>();
        List<Integer> handles = new ArrayList<>();
        // about 40,000 blocks live at the peak: dozens of chunks of 1,024 blocks
        for (int step = 0; step < 60_000; step++) {
            int action = random.nextInt(10);
            if (action < 6 || handles.isEmpty()) {
                byte[] data = bytes(random, random.nextInt(300));
                int handle = arena.store(data, data.length);
                assertThat(live).doesNotContainKey(handle);
                live.put(handle, data);
                handles.add(handle);
            } else {
                int index = random.nextInt(handles.size());
                int handle = handles.get(index);
                if (action < 8) {
                    byte[] data = bytes(random, random.nextInt(300));
                    live.remove(handle);
                    int replaced = arena.replace(handle, data, data.length);
                    live.put(replaced, data);
                    handles.set(index, replaced);
                } else {
                    arena.release(handle);
                    live.remove(handle);
                    handles.set(index, handles.get(handles.size() - 1));
                    handles.remove(handles.size() - 1);
                }
            }
        }

        live.forEach((handle, data) -> assertThat(arena.load(handle)).isEqualTo(data));
        handles.forEach(arena::release);
        assertThat(arena.blocksInUse()).isZero();
    }

    private static byte[] bytes(Random random, int length) {
        byte[] data = new byte[length];
        random.nextBytes(data);
        return data;
    }
}
