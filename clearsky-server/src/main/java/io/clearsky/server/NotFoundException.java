package io.clearsky.server;

/** A resource that does not exist, or that the caller may not know exists; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    /** Not found, said in the caller's words (when "X does not exist" would say too much or too little). */
    public NotFoundException(String message) {
        super(message);
    }
}
