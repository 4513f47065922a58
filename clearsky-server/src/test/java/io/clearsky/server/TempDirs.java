package io.clearsky.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data directories for test servers. */
public final class TempDirs {

    private TempDirs() {}

    /** A new empty directory under the system's temp directory. */
    public static Path create() {
        try {
            return Files.createTempDirectory("clearsky-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
