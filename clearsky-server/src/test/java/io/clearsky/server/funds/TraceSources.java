package io.clearsky.server.funds;

import io.clearsky.server.agencies.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Runs traces on a chosen graph, the in-memory one or the database, for tests that compare the two; the in-memory
 * runs fail instead of falling back to the database.
 */
public final class TraceSources {

    private TraceSources() {}

    public static TraceView inMemory(TraceManagement traces, TraceRequest request, Caller caller) {
        return traces.trace(request, caller, TraceManagement.Source.MEMORY);
    }

    public static TraceView fromDatabase(TraceManagement traces, TraceRequest request, Caller caller) {
        return traces.trace(request, caller, TraceManagement.Source.DATABASE);
    }

    public static FunderView fundersInMemory(
            TraceManagement traces,
            AccountRef account,
            @Nullable String before,
            @Nullable String reason,
            Caller caller) {
        return traces.funders(account, before, null, null, reason, caller, TraceManagement.Source.MEMORY);
    }

    public static FunderView fundersFromDatabase(
            TraceManagement traces,
            AccountRef account,
            @Nullable String before,
            @Nullable String reason,
            Caller caller) {
        return traces.funders(account, before, null, null, reason, caller, TraceManagement.Source.DATABASE);
    }
}
