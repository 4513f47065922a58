package io.clearsky.server.funds;

import io.clearsky.server.InvalidInputException;
import java.util.List;

/** One page of a list of the funds module, with the total it was taken from. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Refuses a page number below 0 or a size outside 1 to {@code maxSize}, naming the parameter. */
    static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidInputException("size", "must be 1 to " + maxSize);
        }
    }
}
