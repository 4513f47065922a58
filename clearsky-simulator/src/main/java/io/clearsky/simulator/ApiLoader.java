package io.clearsky.simulator;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a world into a running ClearSky through its public API, as centres and a partner would: each city's centre
 * imports its police list at the end of every simulated day, the partner's app checks every incoming call's
 * presented number and forwards the phone numbers of citizens' reports ("report this number"). Creates the centres
 * and the partner if they are missing and issues fresh API keys, which it prints once.
 */
public final class ApiLoader implements WorldSink {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String admin;
    private final PrintStream out;
    private final double checkShare;
    private final Semaphore inFlight = new Semaphore(32);
    private final Map<String, String> centreKeys = new LinkedHashMap<>();
    private final Map<String, StringBuilder> todaysListings = new LinkedHashMap<>();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong reported = new AtomicLong();
    private final List<Map<String, Object>> todaysReports = new java.util.ArrayList<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final List<CompletableFuture<?>> running = new ArrayList<>();
    private final String partnerKey;
    private long listed;
    private long calls;

    /**
     * @param adminPassword the admin's current password (set it first from the one-time one)
     * @param checkShare the share of calls the partner's app checks (1 for all)
     */
    public ApiLoader(URI base, String adminPassword, double checkShare, PrintStream out) {
        this.base = base;
        this.admin = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        this.checkShare = checkShare;
        this.out = out;
        long partner = agency("sim-partner", "PARTNER", "模拟安全应用", "Simulated Security App", null);
        this.partnerKey = issueKey(partner);
        out.println("partner sim-partner API key (shown once): " + partnerKey);
    }

    @Override
    public void call(Call call) {
        calls++;
        if (checkShare < 1 && Math.floorMod(Seeds.mix(calls, 0, 0), 10_000) >= checkShare * 10_000) {
            return;
        }
        String path = "/api/v1/check?value=" + encode(call.presented()) + "&subscriber="
                + encode(pseudonym(call.callee())) + "&route=" + call.route();
        async(request(path).GET().build(), 200, checks);
    }

    @Override
    public void report(Report report) {
        todaysReports.add(report.apiForm());
    }

    /** Files the day's citizen reports through the partner's batch intake; each carries its id as its key. */
    private void fileReports() {
        for (int from = 0; from < todaysReports.size(); from += 500) {
            List<Map<String, Object>> batch = todaysReports.subList(from, Math.min(todaysReports.size(), from + 500));
            HttpRequest request = request("/api/v1/reports/batch")
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("reports", batch))))
                    .build();
            JsonNode result = JSON.readTree(expect(request, 200));
            reported.addAndGet(
                    result.get("filed").asLong() + result.get("repeated").asLong());
            refused.addAndGet(result.get("rejected").asLong());
        }
        todaysReports.clear();
    }

    @Override
    public void listing(Listing listing) {
        todaysListings
                .computeIfAbsent(listing.centreCityCode(), c -> new StringBuilder(Listing.CSV_HEADER))
                .append(listing.csvRow("simulated"));
        listed++;
    }

    @Override
    public void dayDone(int day, int days) {
        for (Map.Entry<String, StringBuilder> list : todaysListings.entrySet()) {
            String key = centreKeys.computeIfAbsent(list.getKey(), this::centreKey);
            String csv = list.getValue().toString();
            HttpRequest upload = HttpRequest.newBuilder(base.resolve("/api/v1/imports?mode=SKIP_BAD_ROWS"))
                    .timeout(Duration.ofMinutes(5))
                    .header("X-API-Key", key)
                    .header("Content-Type", "text/csv")
                    .header("Idempotency-Key", "sim-" + sha256(csv))
                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                    .build();
            JsonNode job = JSON.readTree(expect(upload, 202));
            awaitImport(key, job.get("id").asLong());
        }
        todaysListings.clear();
        fileReports();
        awaitRunning();
        out.printf(
                "day %d/%d: %,d listed, %,d calls checked, %,d citizen reports filed, %,d refused as bad input%n",
                day + 1, days, listed, checks.get(), reported.get(), refused.get());
    }

    @Override
    public void close() {
        awaitRunning();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed; see the messages above");
        }
    }

    private String centreKey(String cityCode) {
        City city = Cities.of(cityCode);
        long id = agency("centre-" + cityCode, "POLICE_CENTRE", city.centreNameZh(), city.centreNameEn(), cityCode);
        String key = issueKey(id);
        out.println("centre centre-" + cityCode + " (" + city.centreNameZh() + ") API key (shown once): " + key);
        return key;
    }

    private long agency(String code, String kind, String nameZh, String nameEn, String regionCode) {
        JsonNode all = JSON.readTree(expect(
                HttpRequest.newBuilder(base.resolve("/api/v1/agencies"))
                        .header("Authorization", admin)
                        .GET()
                        .build(),
                200));
        for (JsonNode agency : all.isArray() ? all : all.path("items")) {
            if (agency.path("code").asString().equals(code)) {
                return agency.get("id").asLong();
            }
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("kind", kind);
        body.put("nameZh", nameZh);
        body.put("nameEn", nameEn);
        if (regionCode != null) {
            body.put("regionCode", regionCode);
        }
        return JSON.readTree(expect(adminPost("/api/v1/agencies", body), 201))
                .get("id")
                .asLong();
    }

    private String issueKey(long agencyId) {
        return JSON.readTree(expect(
                        adminPost("/api/v1/agencies/" + agencyId + "/api-keys", Map.of("name", "simulator")), 201))
                .get("key")
                .asString();
    }

    private void awaitImport(String key, long id) {
        while (true) {
            JsonNode job = JSON.readTree(expect(
                    HttpRequest.newBuilder(base.resolve("/api/v1/imports/" + id))
                            .header("X-API-Key", key)
                            .GET()
                            .build(),
                    200));
            String status = job.get("status").asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return;
            }
            sleep(100);
        }
    }

    private void async(HttpRequest request, int expected, AtomicLong counter) {
        inFlight.acquireUninterruptibly();
        CompletableFuture<?> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete((answer, error) -> {
                    inFlight.release();
                    if (error != null) {
                        failures.incrementAndGet();
                        out.println("failed: " + request.uri() + ": " + error);
                    } else if (expected != 0 && answer.statusCode() != expected) {
                        failures.incrementAndGet();
                        out.println(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
                    } else if (answer.statusCode() == 400) {
                        refused.incrementAndGet(); // a reporter's typo: the API names the field, nothing to retry
                    } else if (answer.statusCode() >= 300 && answer.statusCode() != 409) {
                        failures.incrementAndGet();
                        out.println(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
                    } else {
                        counter.incrementAndGet();
                    }
                });
        synchronized (running) {
            running.removeIf(CompletableFuture::isDone);
            running.add(call);
        }
    }

    private void awaitRunning() {
        List<CompletableFuture<?>> all;
        synchronized (running) {
            all = new ArrayList<>(running);
            running.clear();
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", partnerKey);
    }

    private HttpRequest adminPost(String path, Object body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    private String expect(HttpRequest request, int status) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != status) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + answer.statusCode() + ", expected " + status + ": " + answer.body());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The partner's stable pseudonym for a person: never the number itself. */
    static String pseudonym(String phone) {
        return "sim-" + sha256(phone).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
