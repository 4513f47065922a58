package io.clearsky.server;

import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Early warning and dissuasion on PostgreSQL, in a database of its own that is dropped afterwards; transfer checks go
 * through Spring MVC here (the fast path is off), so both ways in are tested.
 */
@EnabledIf("io.clearsky.server.PostgresTestDatabase#enabled")
@DirtiesContext
@TestExecutionListeners(
        listeners = PostgresTestDatabase.DropAfterContextClosed.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class PostgresWarningIntegrationTests extends WarningIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final Path RULES = shippedRules(DATA);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
        registry.add("clearsky.warning.rules-file", RULES::toString);
        registry.add("clearsky.warning.fast-path", () -> "false");
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    @Override
    Path dataDir() {
        return DATA;
    }

    @Override
    Path rulesFile() {
        return RULES;
    }
}
