package io.clearsky.server;

import java.nio.file.Path;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Malformed input on the embedded default: an H2 file database. */
@Import(MalformedInputIntegrationTests.CheapPasswords.class)
class H2MalformedInputIntegrationTests extends MalformedInputIntegrationTests {

    private static final Path DATA = TempDirs.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @Override
    Path dataDir() {
        return DATA;
    }
}
