package io.clearsky.core.funds;

import java.util.OptionalInt;

/**
 * Transfers between accounts with each account's transfers at hand, in time order: what a fund-flow trace walks.
 * Accounts and transfers are numbered densely from 0. Transfers are ordered by time, and transfers at the same
 * instant by number ({@link #precedes}); every account's list follows that order.
 *
 * <p>{@link TransferGraph} is a view built once; {@link LiveTransferGraph} grows while it is read and hands out a
 * consistent view to each reader.
 */
public interface TransferView {

    /** How many transfers: they are numbered {@code 0 .. transfers() - 1}. */
    int transfers();

    /** How many accounts: they are numbered {@code 0 .. accounts() - 1}. */
    int accounts();

    /** The number of the named account, if any transfer that moved money touches it. */
    OptionalInt account(String name);

    /** The name of account {@code a}. */
    String accountName(int a);

    /** The transfer the caller added with this reference, if any. */
    OptionalInt transferByReference(long ref);

    int payer(int transfer);

    int payee(int transfer);

    /** When, in milliseconds since the epoch. */
    long time(int transfer);

    /** How much, in fen (0.01 yuan); 0 for a transfer that was reversed after it was added. */
    long amount(int transfer);

    /** The caller's reference of the transfer. */
    long reference(int transfer);

    /** How many transfers account {@code a} made or received, reversed ones included: the length of its list. */
    int degree(int a);

    /**
     * How many of account {@code a}'s transfers moved money (a reversed one did not): what decides whether the account
     * is a hub.
     */
    default int movedDegree(int a) {
        return degree(a);
    }

    /** The {@code i}-th transfer account {@code a} made or received, in order ({@code i < degree(a)}). */
    int transferOf(int a, int i);

    /** Whether transfer {@code x} comes before transfer {@code y}: earlier, or at the same instant and numbered lower. */
    default boolean precedes(int x, int y) {
        long tx = time(x);
        long ty = time(y);
        return tx < ty || (tx == ty && x < y);
    }
}
