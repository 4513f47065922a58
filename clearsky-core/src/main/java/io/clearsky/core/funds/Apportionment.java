package io.clearsky.core.funds;

/**
 * How an account's outgoing transfer is split between the traced money in it and the rest.
 *
 * <ul>
 *   <li>{@link #FIFO}: money leaves in the order it came in (first in, first out). Each incoming transfer is a lot;
 *       an outgoing transfer takes the oldest lots first, and the traced share of what it takes is the traced share
 *       of those lots. The default: it is how banks and courts in China usually reason about mixed funds, and it
 *       follows a mule's pass-through (money in, the same money out minutes later) exactly.
 *   <li>{@link #PROPORTIONAL}: every outgoing transfer carries the traced share of the whole balance at that moment.
 *       Spreads the traced money thinly over all later transfers; useful when an account mixes many sources.
 * </ul>
 *
 * <p>Either way the account's money before the first transfer on record is unknown and taken as none: an outgoing
 * transfer larger than what is on record draws the rest from that unknown money, which is not traced.
 */
public enum Apportionment {
    FIFO,
    PROPORTIONAL
}
