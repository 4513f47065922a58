package io.clearsky.core.warning;

/** Amounts in fen written as yuan for people. */
final class Money {

    private Money() {}

    /** 1234567 fen as "12345.67". */
    static String yuan(long fen) {
        long cents = Math.abs(fen % 100);
        return (fen < 0 ? "-" : "") + Math.abs(fen / 100) + "." + (cents < 10 ? "0" : "") + cents;
    }
}
