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

    /** A subscriber installs a meeting or remote-help app (some at a fraudster's request). */
    default void appInstall(AppInstall install) {}

    /**
     * A call of the phone traffic that worlds held only later: gangs, couriers and sales lines dialling through
     * lists, the calls back of those they reached, and a gang's call to a victim who is about to pay. Kept apart from
     * {@link #call} so that sinks written before keep their files, loads and figures; a sink that wants every call
     * takes both.
     */
    default void extraCall(Call call) {}

    /**
     * Whether this sink takes the phone traffic of {@link #appInstall} and {@link #extraCall}: a world makes it only
     * for sinks that do, since it triples the calls of a world.
     */
    default boolean takesPhoneTraffic() {
        return false;
    }

    default void report(Report report) {}

    default void listing(Listing listing) {}

    default void truth(TruthRecord truth) {}

    /** Called after each simulated day with its number (0-based) and the number of days. */
    default void dayDone(int day, int days) {}

    @Override
    default void close() {}
}
