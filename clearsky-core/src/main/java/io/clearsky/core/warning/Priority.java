package io.clearsky.core.warning;

/** How urgently the centre's callers must reach a subscriber (劝阻 grading). */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
