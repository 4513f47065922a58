package io.clearsky.core.warning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The payers an account has had, and what new payers paid it and it paid out in the last window (rule 5). */
final class AccountState extends KeyState {

    static final byte TAG = 3;

    final Counterparties payers = new Counterparties();

    /** Payments from payers new to the account within the window, oldest first. */
    final Moves fromNewPayers = new Moves();

    /** Payments out of the account within the window, oldest first. */
    final Moves out = new Moves();

    /** The event time until which the account is not flagged again. */
    long quietUntil;

    @Override
    public long retainUntil(RuleSet rules) {
        return Math.max(lastSeen + rules.memory().payeeDays() * DAY_MILLIS, quietUntil);
    }

    @Override
    void keepIn(ByteArena bytes, LongArena longs) {
        payers.keepIn(longs);
    }

    @Override
    void release() {
        payers.release();
    }

    void forgetBefore(long since) {
        fromNewPayers.forgetBefore(since);
        out.forgetBefore(since);
    }

    @Override
    byte tag() {
        return TAG;
    }

    @Override
    void write(DataOutputStream out) throws IOException {
        out.writeLong(quietUntil);
        payers.write(out);
        fromNewPayers.write(out);
        this.out.write(out);
    }

    @Override
    void read(DataInputStream in) throws IOException {
        quietUntil = in.readLong();
        payers.read(in);
        fromNewPayers.read(in);
        out.read(in);
    }
}
