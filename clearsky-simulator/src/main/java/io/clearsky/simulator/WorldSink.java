package io.clearsky.simulator;

/**
 * Where a world goes as it is made: every method receives one element in time order (subscribers and the gangs'
 * standing truth first). Implement the ones you need; the rest ignore their input.
 */
public interface WorldSink extends AutoCloseable {

    default void subscriber(Subscriber subscriber) {}

    default void call(Call call) {}

    default void sms(Sms sms) {}

    default void linkVisit(LinkVisit visit) {}

    default void transfer(Transfer transfer) {}

    default void report(Report report) {}

    default void listing(Listing listing) {}

    default void truth(TruthRecord truth) {}

    /** Called after each simulated day with its number (0-based) and the number of days. */
    default void dayDone(int day, int days) {}

    @Override
    default void close() {}
}
