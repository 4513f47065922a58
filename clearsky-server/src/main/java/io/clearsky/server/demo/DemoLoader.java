package io.clearsky.server.demo;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.NewAgency;
import io.clearsky.server.agencies.NewApiKey;
import io.clearsky.server.agencies.PartnerKind;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.registry.ImportJob;
import io.clearsky.server.registry.ImportManagement;
import io.clearsky.server.registry.RegistryManagement;
import io.clearsky.server.reports.ReportForm;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.simulator.Call;
import io.clearsky.simulator.Cities;
import io.clearsky.simulator.City;
import io.clearsky.simulator.Listing;
import io.clearsky.simulator.Report;
import io.clearsky.simulator.Transfer;
import io.clearsky.simulator.World;
import io.clearsky.simulator.WorldSettings;
import io.clearsky.simulator.WorldSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo world into an installation that has no agencies yet, in the background after start-up: the centres
 * import their police lists, the partner app reports numbers citizens gave and checks every simulated call (so the
 * activity report has sightings), the payment platform and the banks send the month's transfers and a centre starts
 * following one victim's money ({@link DemoMoney}). The API keys are printed once and written beside the admin's
 * one-time password; nothing is hard-coded.
 */
@Component
public class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final Caller LOADER = new Caller("demo-loader", Role.ADMIN, null);

    /** The keys the demo prints: each agency's default role, for the demo's year. */
    static final NewApiKey DEMO_KEY = new NewApiKey("demo", null, null, null);

    private final AgencyManagement agencies;
    private final ImportManagement imports;
    private final RegistryManagement registry;
    private final CheckManagement checks;
    private final Clock clock;
    private final ReportManagement reports;
    private final DemoMoney money;
    private final DemoWarnings warnings;
    private final boolean enabled;
    private final long seed;
    private final int subscribers;
    private final double backgroundTransfers;
    private final Path credentials;

    DemoLoader(
            AgencyManagement agencies,
            ImportManagement imports,
            RegistryManagement registry,
            ReportManagement reports,
            CheckManagement checks,
            DemoMoney money,
            DemoWarnings warnings,
            Clock clock,
            @Value("${clearsky.demo.enabled:true}") boolean enabled,
            @Value("${clearsky.demo.seed:20261124}") long seed,
            @Value("${clearsky.demo.subscribers:5000}") int subscribers,
            @Value("${clearsky.demo.background-transfers:0.2}") double backgroundTransfers,
            @Value("${clearsky.data-dir:./data}") Path dataDir) {
        this.agencies = agencies;
        this.imports = imports;
        this.registry = registry;
        this.reports = reports;
        this.checks = checks;
        this.money = money;
        this.warnings = warnings;
        this.clock = clock;
        this.enabled = enabled;
        this.seed = seed;
        this.subscribers = subscribers;
        if (backgroundTransfers < 0 || backgroundTransfers > 1) {
            throw new IllegalArgumentException(
                    "clearsky.demo.background-transfers is a share, 0 to 1: " + backgroundTransfers);
        }
        this.backgroundTransfers = backgroundTransfers;
        this.credentials = dataDir.resolve("demo-credentials.txt");
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!enabled) {
            return;
        }
        if (!agencies.all().isEmpty()) {
            log.debug("agencies exist; no demo world loaded");
            return;
        }
        Thread loader = new Thread(
                () -> {
                    try {
                        load(settings());
                    } catch (RuntimeException e) {
                        log.error("loading the demo world failed", e);
                    }
                },
                "demo-loader");
        loader.setDaemon(true);
        loader.start();
        log.info("loading a demo world in the background (clearsky.demo.enabled=false turns this off)");
    }

    /** The demo preset: a month of one city up to today (Beijing time), with the configured seed and size. */
    WorldSettings settings() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        return WorldSettings.demo(seed, today).withSubscribers(subscribers);
    }

    /** The share of everyday (not fraud) transfers the demo sends to the funds module. */
    double backgroundTransferShare() {
        return backgroundTransfers;
    }

    /** Makes the demo world and loads it; returns what was loaded. */
    DemoSummary load(WorldSettings settings) {
        long started = System.nanoTime();
        Phases phases = new Phases();
        Collected world = new Collected();
        new World(settings).generate(world);
        phases.done("world made");
        log.info(
                "demo world made: police lists of {} centre(s), {} reports, {} calls, {} transfers; loading it",
                world.listings.size(),
                world.reports.size(),
                world.calls.size(),
                world.transfers.size());

        long partnerId = agencies.register(
                        new NewAgency(
                                "demo-partner",
                                AgencyKind.PARTNER,
                                "演示安全应用",
                                "Demo Security App",
                                null,
                                null,
                                null,
                                PartnerKind.SECURITY_APP),
                        LOADER)
                .id();
        String partnerKey = agencies.issueKey(partnerId, DEMO_KEY, LOADER).key();
        Caller partner = new Caller("demo-partner", Role.PARTNER, partnerId);

        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("partner demo-partner (演示安全应用)", partnerKey);
        Map<String, Caller> centres = new LinkedHashMap<>();
        int imported = 0;
        for (Map.Entry<String, StringBuilder> list : world.listings.entrySet()) {
            City city = Cities.of(list.getKey());
            long centreId = agencies.register(
                            new NewAgency(
                                    "centre-" + city.code(),
                                    AgencyKind.POLICE_CENTRE,
                                    city.centreNameZh(),
                                    city.centreNameEn(),
                                    city.code(),
                                    city.centreNameZh() + "提醒：此号码为诈骗电话，请勿接听、勿转账！",
                                    city.centreNameEn() + ": this number is a fraud call. Do not answer, do not pay.",
                                    null),
                            LOADER)
                    .id();
            Caller centre = new Caller("demo-" + city.code(), Role.SUPERVISOR, centreId);
            centres.put(city.code(), centre);
            keys.put(
                    "centre centre-" + city.code() + " (" + city.centreNameZh() + ")",
                    agencies.issueKey(centreId, DEMO_KEY, LOADER).key());
            ImportJob job = imports.start(
                    new ByteArrayInputStream(list.getValue().toString().getBytes(StandardCharsets.UTF_8)),
                    "demo-" + city.code() + ".csv",
                    ImportJob.ImportMode.SKIP_BAD_ROWS,
                    "demo-world",
                    centre);
            imported += awaitImport(job.id(), centre).acceptedRows();
        }
        awaitIndex();
        phases.done("lists imported");

        int reported = 0;
        for (int from = 0; from < world.reports.size(); from += 200) {
            List<ReportForm> batch = world.reports.subList(from, Math.min(world.reports.size(), from + 200)).stream()
                    .map(DemoLoader::form)
                    .toList();
            reported += reports.fileBatch(batch, partner).filed();
        }
        phases.done("reports filed");
        int checked = 0;
        for (Call call : world.calls) {
            try {
                checks.check(
                        new CheckManagement.Item("PHONE_NUMBER", call.presented(), null),
                        "demo-" + Integer.toHexString(call.callee().hashCode()),
                        call.route().name());
                checked++;
            } catch (InvalidInputException refused) {
                // not a number the check understands; a partner would get a 400
            }
        }

        phases.done("calls checked");
        Map<String, Long> holders = money.registerHolders();
        holders.forEach((code, id) -> keys.put(
                "partner " + code + " (" + agencies.get(id).nameZh() + ")",
                agencies.issueKey(id, DEMO_KEY, LOADER).key()));
        // every transfer of a victim's money, and a sample of everyday ones: H2 stores a few thousand a second
        int moved = money.send(DemoMoney.sample(world.transfers, backgroundTransfers), holders);
        phases.done("transfers sent");
        // the keys are shown once: written down before the story, so that a story that fails loses none of them
        writeCredentials(keys);
        DemoMoney.Story story = null;
        if (!centres.isEmpty()) {
            String storyCity = centres.containsKey(settings.cities().get(0))
                    ? settings.cities().get(0)
                    : centres.keySet().iterator().next();
            story = money.play(
                    world.transfers,
                    centres.get(storyCity),
                    Cities.of(storyCity).centreNameZh(),
                    holders);
        }

        phases.done("a victim's money followed");
        DemoWarnings.Story warned = null;
        if (story != null && holders.containsKey("alipay")) {
            String city = centres.containsKey(settings.cities().get(0))
                    ? settings.cities().get(0)
                    : centres.keySet().iterator().next();
            Listing listed = world.firstNumbers.get(city);
            if (listed != null) {
                try {
                    warned = warnings.play(listed.value(), city, holders.get("alipay"), LOADER, keys);
                    writeCredentials(keys);
                } catch (RuntimeException e) {
                    log.error("the demo's warning story failed", e);
                }
            }
        }
        phases.done("a payment held");
        log.info("demo phases: {}", phases);
        DemoSummary summary = new DemoSummary(
                world.listings.size(),
                imported,
                reported,
                checked,
                moved,
                story == null ? 0 : story.orders().size(),
                story == null || story.request() == null ? 0 : 1);
        log.warn(
                "Demo world loaded in {} s: {} centre(s), {} listed numbers, {} citizen reports, {} calls checked, {}"
                        + " of {} transfers from {} partners, {} stop-payment order(s) and {} assistance request(s) on a"
                        + " victim's payment {}, a transfer check answered {}. API keys (shown once, also in {}): {}",
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                summary.centres(),
                imported,
                reported,
                checked,
                moved,
                world.transfers.size(),
                holders.size(),
                summary.orders(),
                summary.requests(),
                story == null ? "(none traced)" : DemoMoney.transferId(story.payment()),
                warned == null ? "(none)" : warned.outcome(),
                credentials.toAbsolutePath(),
                keys);
        return summary;
    }

    /** A simulated citizen's report as the partner app would send it, keyed by the report's id. */
    public static ReportForm form(Report report) {
        return new ReportForm(
                "demo-" + report.id(),
                report.time().atOffset(java.time.ZoneOffset.ofHours(8)).toString(),
                report.scamType().name(),
                new ReportForm.Loss(
                        java.math.BigDecimal.valueOf(report.lossFen(), 2).toPlainString(), "CNY"),
                null,
                report.identifiers().stream()
                        .map(i -> new ReportForm.IdentifierForm(i.kind().name(), i.value()))
                        .toList(),
                report.cityCode(),
                report.description(),
                new ReportForm.Reporter(null, report.reporterPhone()));
    }

    /** What the demo loaded. */
    record DemoSummary(int centres, int listed, int reported, int checked, int transfers, int orders, int requests) {}

    private ImportJob awaitImport(long id, Caller centre) {
        while (true) {
            ImportJob job = imports.get(id, centre);
            if (job.status().equals("COMPLETED") || job.status().equals("FAILED")) {
                return job;
            }
            sleep(100);
        }
    }

    private void awaitIndex() {
        sleep(1_000); // the lookup index follows the database within a second
    }

    private void writeCredentials(Map<String, String> keys) {
        StringBuilder text = new StringBuilder("ClearSky demo world\n");
        keys.forEach(
                (who, key) -> text.append(who).append(" API key: ").append(key).append('\n'));
        text.append("Try: curl -H 'X-API-Key: ")
                .append(keys.values().iterator().next())
                .append("' 'http://localhost:8080/api/v1/check?value=<a listed number>'\n")
                .append("Follow the money: docs/funds.md, \"Try it on the demo\"\n");
        try {
            Files.createDirectories(credentials.getParent());
            Files.writeString(credentials, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + credentials, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo world", e);
        }
    }

    /** How long each phase of the loading took, in order. */
    private static final class Phases {
        private final StringBuilder done = new StringBuilder();
        private long since = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            done.append(done.isEmpty() ? "" : ", ")
                    .append(phase)
                    .append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f s", (now - since) / 1e9));
            since = now;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    /** Keeps what the demo loads: each centre's list as CSV, the reports, the calls and the transfers. */
    private static final class Collected implements WorldSink {
        final Map<String, StringBuilder> listings = new LinkedHashMap<>();
        /** Each centre's first listed phone number: the warning story's caller. */
        final Map<String, Listing> firstNumbers = new LinkedHashMap<>();

        final List<Report> reports = new ArrayList<>();
        final List<Call> calls = new ArrayList<>();
        final List<Transfer> transfers = new ArrayList<>();

        @Override
        public void listing(Listing listing) {
            listings.computeIfAbsent(listing.centreCityCode(), c -> new StringBuilder(Listing.CSV_HEADER))
                    .append(listing.csvRow("demo"));
            if (listing.kind() == io.clearsky.core.identifier.IndicatorKind.PHONE_NUMBER) {
                firstNumbers.putIfAbsent(listing.centreCityCode(), listing);
            }
        }

        @Override
        public void report(Report report) {
            reports.add(report);
        }

        @Override
        public void call(Call call) {
            calls.add(call);
        }

        @Override
        public void transfer(Transfer transfer) {
            transfers.add(transfer);
        }
    }
}
