package io.clearsky.server;

import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/** Bulletins and tips on PostgreSQL, in a database of its own that is dropped afterwards. */
@EnabledIf("io.clearsky.server.PostgresTestDatabase#enabled")
@DirtiesContext
@TestExecutionListeners(
        listeners = PostgresTestDatabase.DropAfterContextClosed.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class PostgresBulletinsIntegrationTests extends BulletinsIntegrationTests {

    private static final Path DATA = TempDirs.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    @Override
    Path dataDir() {
        return DATA;
    }
}
