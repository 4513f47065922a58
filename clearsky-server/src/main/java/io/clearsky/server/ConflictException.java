package io.clearsky.server;

/** A request that contradicts the current state (e.g. listing an official number); answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
