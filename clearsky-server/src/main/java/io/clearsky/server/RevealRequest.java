package io.clearsky.server;

import org.jspecify.annotations.Nullable;

/**
 * The body of every call that shows personal data in clear: why it is needed ({@link PersonalData#reason}), which the
 * audit trail keeps with the reveal.
 */
public record RevealRequest(@Nullable String reason) {}
