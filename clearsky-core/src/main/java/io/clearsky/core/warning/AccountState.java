package io.clearsky.core.warning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The payers an account has had, and what new payers paid it and it paid out in the last window (rule 5). */
final class AccountState extends KeyState {

    static final byte TAG = 3;

    /** One transfer into or out of the account. */
    record Move(long at, long counterparty, long amountFen, String eventId) {}

    final Counterparties payers = new Counterparties();

    /** Payments from payers new to the account within the window, oldest first. */
    final List<Move> fromNewPayers = new ArrayList<>(0);

    /** Payments out of the account within the window, oldest first. */
    final List<Move> out = new ArrayList<>(0);

    /** The event time until which the account is not flagged again. */
    long quietUntil;

    @Override
    public long retainUntil(RuleSet rules) {
        return Math.max(lastSeen + rules.memory().payeeDays() * DAY_MILLIS, quietUntil);
    }

    void forgetBefore(long since) {
        fromNewPayers.removeIf(move -> move.at() < since);
        out.removeIf(move -> move.at() < since);
    }

    static void add(List<Move> moves, Move move, int capacity) {
        int at = moves.size();
        while (at > 0 && moves.get(at - 1).at() > move.at()) {
            at--;
        }
        moves.add(at, move);
        if (moves.size() > capacity) {
            moves.remove(0);
        }
    }

    @Override
    byte tag() {
        return TAG;
    }

    @Override
    void write(DataOutputStream out) throws IOException {
        out.writeLong(quietUntil);
        payers.write(out);
        writeMoves(out, fromNewPayers);
        writeMoves(out, this.out);
    }

    @Override
    void read(DataInputStream in) throws IOException {
        quietUntil = in.readLong();
        payers.read(in);
        readMoves(in, fromNewPayers);
        readMoves(in, out);
    }

    private static void writeMoves(DataOutputStream out, List<Move> moves) throws IOException {
        out.writeInt(moves.size());
        for (Move move : moves) {
            out.writeLong(move.at());
            out.writeLong(move.counterparty());
            out.writeLong(move.amountFen());
            out.writeUTF(move.eventId());
        }
    }

    private static void readMoves(DataInputStream in, List<Move> moves) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            moves.add(new Move(in.readLong(), in.readLong(), in.readLong(), in.readUTF()));
        }
    }
}
