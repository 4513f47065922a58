package io.clearsky.server;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bulletins and tips on the embedded default: an H2 file database. */
class H2BulletinsIntegrationTests extends BulletinsIntegrationTests {

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
