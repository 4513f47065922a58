package io.clearsky.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API flow on the embedded default: an H2 file database. */
class H2ApiFlowIntegrationTests extends ApiFlowIntegrationTests {

    private static final Path DATA = tempDir();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @Override
    Path dataDir() {
        return DATA;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("clearsky-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
