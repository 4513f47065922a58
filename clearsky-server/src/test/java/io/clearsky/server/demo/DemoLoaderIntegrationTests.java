package io.clearsky.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.Verdict;
import io.clearsky.server.PersonalData;
import io.clearsky.server.TempDirs;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.check.CheckResult;
import io.clearsky.server.funds.AssistanceManagement;
import io.clearsky.server.funds.AssistanceStatus;
import io.clearsky.server.funds.AssistanceView;
import io.clearsky.server.funds.OrderKind;
import io.clearsky.server.funds.OrderManagement;
import io.clearsky.server.funds.OrderStatus;
import io.clearsky.server.funds.OrderView;
import io.clearsky.server.funds.Page;
import io.clearsky.server.funds.TraceManagement;
import io.clearsky.server.funds.TraceRequest;
import io.clearsky.server.funds.TraceView;
import io.clearsky.server.funds.TransferManagement;
import io.clearsky.server.warning.DissuasionManagement;
import io.clearsky.server.warning.WarningManagement;
import io.clearsky.simulator.Listing;
import io.clearsky.simulator.Transfer;
import io.clearsky.simulator.World;
import io.clearsky.simulator.WorldSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A first start on an empty database loads the demo world in the background and prints the API keys: lists, reports
 * and checked calls, and the money — the month's transfers, a victim's payment traced, stop-payment orders (one
 * executed) and an open assistance request.
 */
@SpringBootTest(properties = {"clearsky.demo.enabled=true", "clearsky.demo.subscribers=1000"})
class DemoLoaderIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final Caller ADMIN = new Caller("test-admin", Role.ADMIN, null);

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

    @Autowired
    TransferManagement transfers;

    @Autowired
    TraceManagement traces;

    @Autowired
    OrderManagement orders;

    @Autowired
    AssistanceManagement assistance;

    @Autowired
    DissuasionManagement dissuasion;

    @Autowired
    WarningManagement warnings;

    @Test
    void theFirstStartLoadsACityWithItsCentreListsReportsAndCheckedCalls() throws Exception {
        Path credentials = awaitTheDemo();
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

    @Test
    void theDemoWorldsMoneyIsOnRecordAndAVictimsPaymentIsFollowedToStopPaymentsAndARequest() throws Exception {
        Path credentials = awaitTheDemo();
        assertThat(Files.readString(credentials)).contains("centre centre-350200", "partner alipay", "partner icbc");

        // every institution holding the world's accounts sent the transfers out of them (the everyday ones sampled)
        List<Transfer> moved = new ArrayList<>();
        new World(demo.settings()).generate(new WorldSink() {
            @Override
            public void transfer(Transfer transfer) {
                moved.add(transfer);
            }
        });
        long alipay = agencies.findByCode("alipay").orElseThrow().id();
        Caller platform = new Caller("test-alipay", Role.PARTNER, alipay);
        long sentByPlatform = DemoMoney.sample(moved, demo.backgroundTransferShare()).stream()
                .filter(t -> DemoMoney.partner(t).equals("alipay"))
                .count();
        assertThat(transfers.ofPartner(null, null, 0, 1, platform).total()).isEqualTo(sentByPlatform);

        // a victim's payment traced from the partner that sent it: the money reached the second and third levels
        Transfer firstVictim = moved.stream()
                .filter(t -> t.kind() == Transfer.Kind.FRAUD_PAYMENT)
                .findFirst()
                .orElseThrow();
        TraceView trace = traces.trace(
                TraceRequest.ofTransfer(DemoMoney.partner(firstVictim), DemoMoney.transferId(firstVictim), null),
                ADMIN);
        assertThat(trace.depth()).isGreaterThanOrEqualTo(3);
        assertThat(trace.accounts()).anyMatch(a -> a.level() == 2).anyMatch(a -> a.level() == 3);
        // the money is still in accounts (the freeze plan) or was withdrawn in cash, which the plan never names
        assertThat(trace.freezable().minor() + trace.withdrawn().minor()).isPositive();
        assertThat(trace.freezePlan()).noneMatch(f -> f.account().account().startsWith("cash:"));
        assertThat(trace.accounts())
                .filteredOn(TraceView.Account::cash)
                .allMatch(a -> a.residual().minor() == 0 && a.withdrawn().equals(a.received()));

        // the centre stopped what a victim's trace found; the holder of one order executed it
        Page<OrderView> issued = orders.page(null, null, 0, 50, ADMIN);
        assertThat(issued.total()).isPositive();
        assertThat(issued.items()).allMatch(o -> o.kind() == OrderKind.STOP_PAYMENT);
        assertThat(issued.items()).anyMatch(o -> o.status() == OrderStatus.EXECUTED);

        // and asked the holder of the account the victim paid, with a deadline still ahead
        Page<AssistanceView> asked = assistance.page(AssistanceStatus.OPEN, false, 0, 10, ADMIN);
        assertThat(asked.total()).isEqualTo(1);
        assertThat(asked.items().get(0).deadline()).isAfter(Instant.now());
        assertThat(asked.items().get(0).overdue()).isFalse();
    }

    @Test
    void aPaymentAfterACallFromAListedNumberIsHeldAndXiamensCentreHasAHighTask() throws Exception {
        awaitTheDemo();
        long xiamen = agencies.findByCode("centre-350200").orElseThrow().id();
        Caller centre = new Caller("test-xiamen", Role.SUPERVISOR, xiamen);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .until(() ->
                        dissuasion.list("OPEN", "HIGH", null, 0, 10, centre).total() > 0);
        DissuasionManagement.TaskView task =
                dissuasion.list("OPEN", "HIGH", null, 0, 10, centre).items().get(0);
        assertThat(task.eventId()).isEqualTo("demo-pay-1");
        assertThat(task.contact())
                .isEqualTo(PersonalData.account(DemoWarnings.SUBSCRIBER))
                .isNotEqualTo(DemoWarnings.SUBSCRIBER);
        assertThat(dissuasion
                        .reveal(task.id(), "the demo's number to call", centre)
                        .contact())
                .isEqualTo(DemoWarnings.SUBSCRIBER);
        assertThat(task.script().zh().opening()).contains("厦门");
        Caller platform = new Caller(
                "test-alipay",
                Role.PARTNER,
                agencies.findByCode("alipay").orElseThrow().id());
        assertThat(warnings.inbox("HOLD", null, null, 0, 10, platform).items())
                .anyMatch(d -> d.eventId().equals("demo-pay-1"));
        assertThat(Files.readString(DATA.resolve("demo-credentials.txt"))).contains("partner demo-telecom");
    }

    private static Path awaitTheDemo() throws InterruptedException {
        Path credentials = DATA.resolve("demo-credentials.txt");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(credentials) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(credentials).exists();
        return credentials;
    }
}
