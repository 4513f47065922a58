package io.clearsky.server;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Early warning and dissuasion on the embedded default: an H2 file database. */
class H2WarningIntegrationTests extends WarningIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final Path RULES = shippedRules(DATA);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
        registry.add("clearsky.warning.rules-file", RULES::toString);
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
