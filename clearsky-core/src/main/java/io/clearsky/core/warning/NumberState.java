package io.clearsky.core.warning;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The calls a number placed in the last window, and which of the callees called it back (rule 4). Calls are kept in
 * arrival order; the oldest beyond the cap are forgotten.
 */
final class NumberState extends KeyState {

    static final byte TAG = 2;

    // Every subscriber who calls gets a state; most place a call or two an hour, so the arrays start empty and grow.
    private static final long[] NO_LONGS = new long[0];
    private static final int[] NO_INTS = new int[0];
    private static final String[] NO_STRINGS = new String[0];

    long[] at = NO_LONGS;
    long[] callee = NO_LONGS;
    int[] duration = NO_INTS;
    /**
     * The calls' event ids, kept only from the call that brings the number within reach of the rule's threshold
     * (earlier slots are null): an ordinary subscriber's calls keep no strings, so a young collection has no
     * references from the states to follow, and the evidence is the latest calls anyway.
     */
    @Nullable
    String[] eventId = NO_STRINGS;

    int calls;

    /** Callees that called this number back, each once, with the time. */
    long[] callbackFrom = NO_LONGS;

    long[] callbackAt = NO_LONGS;
    int callbacks;

    /** The event time until which the number is not flagged again. */
    long quietUntil;

    @Override
    public long retainUntil(RuleSet rules) {
        return retainUntil(lastSeen, quietUntil, rules);
    }

    /** {@link #retainUntil(RuleSet)} of a state last seen then and quiet until then. */
    static long retainUntil(long lastSeen, long quietUntil, RuleSet rules) {
        return Math.max(lastSeen + rules.callingBurst().window().toMillis(), quietUntil);
    }

    /** Forgets calls and callbacks before {@code since}. */
    void forgetBefore(long since) {
        int kept = 0;
        for (int i = 0; i < calls; i++) {
            if (at[i] >= since) {
                at[kept] = at[i];
                callee[kept] = callee[i];
                duration[kept] = duration[i];
                if (eventId.length > 0) {
                    eventId[kept] = eventId[i];
                }
                kept++;
            }
        }
        if (eventId.length > 0) {
            Arrays.fill(eventId, kept, calls, null);
        }
        calls = kept;
        int keptBacks = 0;
        for (int i = 0; i < callbacks; i++) {
            if (callbackAt[i] >= since) {
                callbackFrom[keptBacks] = callbackFrom[i];
                callbackAt[keptBacks] = callbackAt[i];
                keptBacks++;
            }
        }
        callbacks = keptBacks;
    }

    /**
     * Adds a call, forgetting the oldest when {@code capacity} are kept; its id is kept only when this is at least
     * the {@code keepIdsFrom}-th call held.
     */
    void addCall(long time, long calleeKey, int seconds, String id, int capacity, int keepIdsFrom) {
        if (calls >= capacity) {
            // ">=": rules reloaded with a lower threshold lower the capacity below what a state already holds
            int drop = calls - capacity + 1;
            System.arraycopy(at, drop, at, 0, calls - drop);
            System.arraycopy(callee, drop, callee, 0, calls - drop);
            System.arraycopy(duration, drop, duration, 0, calls - drop);
            if (eventId.length > 0) {
                System.arraycopy(eventId, drop, eventId, 0, calls - drop);
                Arrays.fill(eventId, calls - drop, calls, null);
            }
            calls -= drop;
        }
        if (calls == at.length) {
            int size = Math.max(calls + 1, Math.min(capacity, Math.max(1, at.length * 2)));
            at = Arrays.copyOf(at, size);
            callee = Arrays.copyOf(callee, size);
            duration = Arrays.copyOf(duration, size);
            eventId = eventId.length == 0 ? eventId : Arrays.copyOf(eventId, size);
        }
        // Whether an id is kept depends on the calls held only, never on whether the array exists, so a state read
        // back from its bytes keeps the same ids as the one that was written.
        boolean keepId = calls + 1 >= keepIdsFrom;
        if (eventId.length == 0 && keepId) {
            eventId = new String[at.length];
        }
        at[calls] = time;
        callee[calls] = calleeKey;
        duration[calls] = seconds;
        if (eventId.length > 0) {
            eventId[calls] = keepId ? id : null;
        }
        calls++;
    }

    boolean called(long calleeKey) {
        for (int i = 0; i < calls; i++) {
            if (callee[i] == calleeKey) {
                return true;
            }
        }
        return false;
    }

    void addCallback(long from, long time) {
        for (int i = 0; i < callbacks; i++) {
            if (callbackFrom[i] == from) {
                return;
            }
        }
        if (callbacks == callbackFrom.length) {
            int size = Math.max(2, callbacks * 2);
            callbackFrom = Arrays.copyOf(callbackFrom, size);
            callbackAt = Arrays.copyOf(callbackAt, size);
        }
        callbackFrom[callbacks] = from;
        callbackAt[callbacks] = time;
        callbacks++;
    }

    /** Distinct callees among the kept calls. */
    LongOpenHashSet distinctCallees() {
        LongOpenHashSet distinct = new LongOpenHashSet(calls);
        for (int i = 0; i < calls; i++) {
            distinct.add(callee[i]);
        }
        return distinct;
    }

    @Override
    byte tag() {
        return TAG;
    }

    @Override
    void write(DataOutputStream out) throws IOException {
        out.writeLong(quietUntil);
        out.writeInt(calls);
        for (int i = 0; i < calls; i++) {
            out.writeLong(at[i]);
            out.writeLong(callee[i]);
            out.writeInt(duration[i]);
            String id = eventId.length > 0 ? eventId[i] : null;
            out.writeBoolean(id != null);
            if (id != null) {
                out.writeUTF(id);
            }
        }
        out.writeInt(callbacks);
        for (int i = 0; i < callbacks; i++) {
            out.writeLong(callbackFrom[i]);
            out.writeLong(callbackAt[i]);
        }
    }

    @Override
    void read(DataInputStream in) throws IOException {
        quietUntil = in.readLong();
        calls = in.readInt();
        int size = calls;
        at = new long[size];
        callee = new long[size];
        duration = new int[size];
        eventId = NO_STRINGS;
        for (int i = 0; i < calls; i++) {
            at[i] = in.readLong();
            callee[i] = in.readLong();
            duration[i] = in.readInt();
            if (in.readBoolean()) {
                if (eventId.length == 0) {
                    eventId = new String[size];
                }
                eventId[i] = in.readUTF();
            }
        }
        callbacks = in.readInt();
        callbackFrom = new long[callbacks];
        callbackAt = new long[callbacks];
        for (int i = 0; i < callbacks; i++) {
            callbackFrom[i] = in.readLong();
            callbackAt[i] = in.readLong();
        }
    }
}
