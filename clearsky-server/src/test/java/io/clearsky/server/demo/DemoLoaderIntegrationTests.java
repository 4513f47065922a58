package io.clearsky.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.Verdict;
import io.clearsky.server.TempDirs;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.check.CheckResult;
import io.clearsky.simulator.Listing;
import io.clearsky.simulator.World;
import io.clearsky.simulator.WorldSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A first start on an empty database loads the demo world in the background and prints the partner's key. */
@SpringBootTest(properties = {"clearsky.demo.enabled=true", "clearsky.demo.subscribers=1000"})
class DemoLoaderIntegrationTests {

    private static final Path DATA = TempDirs.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @Autowired
    DemoLoader demo;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    CheckManagement checks;

    @Test
    void theFirstStartLoadsACityWithItsCentreListsReportsAndCheckedCalls() throws Exception {
        Path credentials = DATA.resolve("demo-credentials.txt");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(credentials) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(credentials).exists();
        Matcher key = Pattern.compile("API key: (\\S+)").matcher(Files.readString(credentials));
        assertThat(key.find()).isTrue();
        assertThat(apiKeys.authenticate(key.group(1))).isPresent();
        assertThat(agencies.all()).extracting(a -> a.code()).contains("demo-partner", "centre-350200");

        // the same seed and day make the same world: its listed numbers now answer FRAUD with Xiamen's warning
        List<Listing> listings = new ArrayList<>();
        new World(demo.settings()).generate(new WorldSink() {
            @Override
            public void listing(Listing listing) {
                listings.add(listing);
            }
        });
        assertThat(listings).isNotEmpty();
        CheckResult result = checks.check(
                new CheckManagement.Item(
                        "PHONE_NUMBER", listings.get(listings.size() - 1).value(), null),
                "demo-test",
                null);
        assertThat(result.verdict()).isEqualTo(Verdict.FRAUD);
        assertThat(result.warning()).isNotNull();
        assertThat(result.warning().zh()).startsWith("厦门市反诈中心提醒");
    }
}
