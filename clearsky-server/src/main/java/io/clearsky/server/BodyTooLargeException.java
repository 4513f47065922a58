package io.clearsky.server;

import java.io.IOException;
import java.util.Optional;

/** A request body longer than the limit for its kind, found while reading it; answered with 413. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes, the limit for this kind of request");
    }

    /** The exception itself, or the first of its causes that is one. */
    public static Optional<BodyTooLargeException> in(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }
}
