package io.clearsky.server.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands, and where it may go from there. */
public enum CaseStatus {
    OPEN,
    INVESTIGATING,
    SOLVED,
    CLOSED;

    /** The statuses this one may change to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(INVESTIGATING, CLOSED);
            case INVESTIGATING -> EnumSet.of(SOLVED, CLOSED);
            case SOLVED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }
}
