package io.clearsky.core.warning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the rules remember of one key (a subscriber, a calling number or an account). Opaque outside this package:
 * an engine stores it, hands it back to {@link RiskRules#apply}, and drops it once {@link #retainUntil} has passed.
 * Its bytes ({@link #toBytes}) are what the Flink job checkpoints.
 */
public abstract sealed class KeyState permits SubscriberState, NumberState, AccountState {

    private static final byte FORMAT = 1;

    /** The time of the latest event seen for this key, in epoch milliseconds. */
    long lastSeen;

    KeyState() {}

    /**
     * The event time (epoch milliseconds) after which this state can no longer change a decision under these rules:
     * every window and memory it holds has run out.
     */
    public abstract long retainUntil(RuleSet rules);

    /** This state as bytes, for a checkpoint. */
    public final byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(tag());
            out.writeLong(lastSeen);
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The state {@link #toBytes} wrote. */
    public static KeyState fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown key state format " + format);
            }
            byte tag = in.readByte();
            KeyState state = switch (tag) {
                case SubscriberState.TAG -> new SubscriberState();
                case NumberState.TAG -> new NumberState();
                case AccountState.TAG -> new AccountState();
                default -> throw new IllegalArgumentException("unknown key state " + tag);
            };
            state.lastSeen = in.readLong();
            state.read(in);
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves what this state keeps in arrays of its own into an engine stripe's arenas, and keeps it there from now on
     * (see {@link ByteArena} for why). Called by the engine under the stripe's lock on every state it holds; the
     * state must then {@link #release} before it is dropped. States that never get arenas (from checkpoint bytes)
     * work as well.
     */
    void keepIn(ByteArena bytes, LongArena longs) {}

    /** Gives back to the arenas what a state being dropped holds there. */
    void release() {}

    abstract byte tag();

    abstract void write(DataOutputStream out) throws IOException;

    abstract void read(DataInputStream in) throws IOException;

    static final long DAY_MILLIS = 86_400_000L;
}
