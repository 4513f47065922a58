package io.clearsky.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Work that must run one piece at a time (under a lock, in one transaction) done in groups: while one thread does a
 * piece, the pieces other threads bring wait in line, and the next thread to get the lock does all of them in one go.
 * Each caller returns once its own piece is done, and gets its own piece's failure: a group that fails is done again
 * one piece at a time, so one bad piece fails alone. Under light load a group is one piece; under heavy load the
 * groups grow, and with them the work done per transaction, so a listener behind the intake keeps up instead of
 * falling behind by a transaction per batch.
 *
 * @param <T> a piece of work, e.g. one event
 */
public final class GroupCommit<T> {

    // How it hands work on: the thread that gets the lock (the leader) takes every piece in line, does them, marks each
    // done and wakes its thread; then it wakes the first piece still in line, whose thread leads the next group. A
    // thread waits parked on its own piece, so a group's callers return at once when it is done, not one after another
    // through the lock (which made a convoy under load: every waiter had to take the lock in turn just to see that its
    // piece was done). The park has a timeout as well (50 ms), so a missed wake-up could never hang a caller.
    private static final long PARK_NANOS = 50_000_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Consumer<List<T>> work;
    private final int maxGroup;
    private final List<Waiting<T>> line = new ArrayList<>();

    /**
     * @param work does a group of pieces, all or nothing (e.g. in one transaction)
     * @param maxGroup the most pieces done together
     */
    public GroupCommit(Consumer<List<T>> work, int maxGroup) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("maxGroup is at least 1, is " + maxGroup);
        }
        this.work = work;
        this.maxGroup = maxGroup;
    }

    /** Does this piece, alone or with others waiting at the same time, and returns once it is done. */
    public void submit(T piece) {
        Waiting<T> mine = new Waiting<>(piece, Thread.currentThread());
        synchronized (line) {
            line.add(mine);
        }
        boolean interrupted = false;
        while (!mine.finished) {
            if (lock.tryLock()) {
                try {
                    List<Waiting<T>> group = takeGroup();
                    if (!group.isEmpty()) {
                        doGroup(group);
                    }
                } finally {
                    lock.unlock();
                }
                wakeNextLeader();
            } else {
                LockSupport.parkNanos(this, PARK_NANOS);
                // an interrupt makes every later park return at once: clear it while waiting, set it again after
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        RuntimeException failure = mine.failure;
        if (failure != null) {
            throw failure;
        }
    }

    /** The pieces waiting now, oldest first, at most {@code maxGroup}. */
    private List<Waiting<T>> takeGroup() {
        synchronized (line) {
            List<Waiting<T>> group = new ArrayList<>(line.subList(0, Math.min(line.size(), maxGroup)));
            line.subList(0, group.size()).clear();
            return group;
        }
    }

    private void wakeNextLeader() {
        Thread next = null;
        synchronized (line) {
            if (!line.isEmpty()) {
                next = line.get(0).thread;
            }
        }
        if (next != null) {
            LockSupport.unpark(next);
        }
    }

    private void doGroup(List<Waiting<T>> group) {
        try {
            work.accept(group.stream().map(w -> w.piece).toList());
            group.forEach(Waiting::succeed);
            return;
        } catch (RuntimeException failed) {
            if (group.size() == 1) {
                group.get(0).fail(failed);
                return;
            }
        }
        for (Waiting<T> one : group) {
            try {
                work.accept(List.of(one.piece));
                one.succeed();
            } catch (RuntimeException failed) {
                one.fail(failed);
            }
        }
    }

    private static final class Waiting<T> {

        private final T piece;
        private final Thread thread;
        // written by the leader before finished, read by the caller after it
        private @Nullable RuntimeException failure;
        private volatile boolean finished;

        Waiting(T piece, Thread thread) {
            this.piece = piece;
            this.thread = thread;
        }

        void succeed() {
            finished = true;
            LockSupport.unpark(thread);
        }

        void fail(RuntimeException e) {
            failure = e;
            finished = true;
            LockSupport.unpark(thread);
        }
    }
}
