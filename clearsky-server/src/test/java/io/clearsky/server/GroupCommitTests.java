package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    @Test
    void everyPieceIsDoneOnceBeforeItsCallerReturnsAndConcurrentPiecesAreGrouped() throws Exception {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        AtomicInteger groups = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        GroupCommit<Integer> commits = new GroupCommit<>(
                group -> {
                    groups.incrementAndGet();
                    sleep(1);
                    for (int piece : group) {
                        if (!done.add(piece)) {
                            duplicates.incrementAndGet();
                        }
                    }
                },
                50);
        int threads = 8;
        int each = 200;
        List<Integer> returnedBeforeDone = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * each;
            running.add(pool.submit(() -> {
                start.await();
                for (int piece = first; piece < first + each; piece++) {
                    commits.submit(piece);
                    if (!done.contains(piece)) {
                        returnedBeforeDone.add(piece);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(done).hasSize(threads * each);
        assertThat(duplicates).hasValue(0);
        assertThat(returnedBeforeDone).isEmpty();
        // eight threads bringing pieces while a group takes a millisecond: groups of several
        assertThat(groups.get()).isLessThan(threads * each / 2);
    }

    @Test
    void aBadPieceFailsAloneAndTheOthersInItsGroupAreDone() throws Exception {
        Set<String> done = ConcurrentHashMap.newKeySet();
        CountDownLatch inFirstGroup = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<String> commits = new GroupCommit<>(
                group -> {
                    if (group.contains("first")) {
                        inFirstGroup.countDown();
                        await(release);
                    }
                    if (group.contains("bad")) {
                        throw new IllegalStateException("bad piece");
                    }
                    done.addAll(group);
                },
                10);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?> first = pool.submit(() -> commits.submit("first"));
        inFirstGroup.await(10, TimeUnit.SECONDS);
        // these three wait in line while the first group runs, then go together
        Future<?> good1 = pool.submit(() -> commits.submit("good-1"));
        Future<?> bad = pool.submit(() -> commits.submit("bad"));
        Future<?> good2 = pool.submit(() -> commits.submit("good-2"));
        Thread.sleep(100);
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        good1.get(10, TimeUnit.SECONDS);
        good2.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad piece");
        assertThat(done).containsExactlyInAnyOrder("first", "good-1", "good-2");
        pool.shutdown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
