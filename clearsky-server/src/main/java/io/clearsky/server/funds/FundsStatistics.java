package io.clearsky.server.funds;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the money side is doing over a period (dates in China Standard Time, {@code to} exclusive): assistance
 * requests and how fast partners answer them, orders issued and executed, money stopped, frozen and returned.
 */
public record FundsStatistics(
        LocalDate from, LocalDate to, Requests requests, List<Orders> orders, List<Money> returned, long recoveries) {

    /**
     * Assistance requests made in the period.
     *
     * @param answeredOnTime answered before the deadline
     * @param openOverdue still open past the deadline now
     * @param medianAnswerHours the median time from request to answer, null before the first answer
     * @param p90AnswerHours nine in ten answers came within this time
     */
    public record Requests(
            long made,
            long answered,
            long answeredOnTime,
            long openOverdue,
            @Nullable Double medianAnswerHours,
            @Nullable Double p90AnswerHours) {}

    /** Orders of a kind issued in the period, how many were executed, and what they hold. */
    public record Orders(OrderKind kind, long issued, long executed, List<Money> executedAmount) {}
}
