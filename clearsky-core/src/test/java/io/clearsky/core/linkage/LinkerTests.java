package io.clearsky.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinkerTests {

    @Test
    void reportsSharingAnIdentifierJoinAndClustersAreConnectedComponents() {
        Linker linker = new Linker(100);
        int a = linker.addReport(1, 2);
        int b = linker.addReport(3);
        int c = linker.addReport(2, 3); // ties a and b together
        int d = linker.addReport(4);
        assertThat(linker.linked(a, b)).isTrue();
        assertThat(linker.linked(a, c)).isTrue();
        assertThat(linker.linked(a, d)).isFalse();
        assertThat(linker.clusterSize(b)).isEqualTo(3);
        assertThat(linker.clusters()).isEqualTo(2);
        assertThat(linker.degree(2)).isEqualTo(2);
        assertThat(linker.firstReport(3)).isEqualTo(b);
        assertThat(linker.firstReport(99)).isEqualTo(-1);
    }

    @Test
    void anExcludedIdentifierNeverLinksAndARebuildSplitsWhatItJoined() {
        Linker linker = new Linker(100);
        int a = linker.addReport(7, 1);
        int b = linker.addReport(7, 2);
        assertThat(linker.linked(a, b)).isTrue();

        BitSet excluded = linker.exclude(7);
        int c = linker.addReport(7);
        assertThat(linker.linked(a, c)).isFalse();

        Linker rebuilt = Linker.rebuild(100, excluded, new int[] {0, 2, 4, 5}, new int[] {7, 1, 7, 2, 7});
        assertThat(rebuilt.linked(a, b)).isFalse();
        assertThat(rebuilt.clusters()).isEqualTo(3);
        assertThat(rebuilt.degree(7)).isZero();
    }

    @Test
    void anIdentifierTyingTooManyReportsStopsLinkingAndIsFlagged() {
        Linker linker = new Linker(3);
        int first = linker.addReport(95_188);
        linker.addReport(95_188);
        linker.addReport(95_188);
        int fourth = linker.addReport(95_188, 5);
        assertThat(linker.clusterSize(first)).isEqualTo(3);
        assertThat(linker.linked(first, fourth)).isFalse();
        assertThat(linker.isHub(95_188)).isTrue();
        assertThat(linker.isHub(5)).isFalse();
    }

    @Test
    void aRebuildGivesTheSameClustersAsAddingOneByOne() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 20; round++) {
            int reports = 500 + random.nextInt(2_000);
            int maxDegree = 2 + random.nextInt(20);
            List<int[]> carried = randomReports(random, reports, 1 + random.nextInt(3_000));
            Linker incremental = new Linker(maxDegree);
            BitSet excluded = new BitSet();
            excluded.set(random.nextInt(100));
            incremental.exclude(excluded.nextSetBit(0));
            carried.forEach(incremental::addReport);

            int[] offsets = new int[reports + 1];
            List<Integer> flat = new ArrayList<>();
            for (int r = 0; r < reports; r++) {
                for (int id : carried.get(r)) {
                    flat.add(id);
                }
                offsets[r + 1] = flat.size();
            }
            Linker rebuilt = Linker.rebuild(
                    maxDegree,
                    excluded,
                    offsets,
                    flat.stream().mapToInt(Integer::intValue).toArray());
            assertThat(rebuilt.clusters()).isEqualTo(incremental.clusters());
            for (int r = 0; r < reports; r++) {
                assertThat(rebuilt.cluster(r)).isEqualTo(incremental.cluster(r));
            }
        }
    }

    @Test
    void withoutGuardsTheClustersAreExactlyTheConnectedComponents() {
        SplittableRandom random = new SplittableRandom(5);
        int reports = 3_000;
        List<int[]> carried = randomReports(random, reports, 4_000);
        Linker linker = new Linker(Integer.MAX_VALUE);
        carried.forEach(linker::addReport);
        int[] component = components(carried, 4_000);
        for (int a = 0; a < reports; a += 7) {
            for (int b = 0; b < reports; b += 13) {
                assertThat(linker.linked(a, b)).isEqualTo(component[a] == component[b]);
            }
        }
    }

    @Test
    void refusesNegativeIdentifiersAndUnknownReports() {
        Linker linker = new Linker(10);
        assertThatThrownBy(() -> linker.addReport(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> linker.cluster(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new Linker(1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<int[]> randomReports(SplittableRandom random, int reports, int identifiers) {
        List<int[]> carried = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            int[] ids = new int[random.nextInt(5)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = random.nextInt(identifiers);
            }
            carried.add(ids);
        }
        return carried;
    }

    /** Components of the report–identifier graph by breadth-first search: the obvious, slow answer. */
    private static int[] components(List<int[]> carried, int identifiers) {
        List<List<Integer>> carriers = new ArrayList<>();
        for (int i = 0; i < identifiers; i++) {
            carriers.add(new ArrayList<>());
        }
        for (int r = 0; r < carried.size(); r++) {
            for (int id : carried.get(r)) {
                carriers.get(id).add(r);
            }
        }
        int[] component = new int[carried.size()];
        java.util.Arrays.fill(component, -1);
        for (int start = 0; start < carried.size(); start++) {
            if (component[start] >= 0) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
            component[start] = start;
            while (!queue.isEmpty()) {
                int r = queue.poll();
                for (int id : carried.get(r)) {
                    for (int other : carriers.get(id)) {
                        if (component[other] < 0) {
                            component[other] = start;
                            queue.add(other);
                        }
                    }
                }
            }
        }
        return component;
    }
}
