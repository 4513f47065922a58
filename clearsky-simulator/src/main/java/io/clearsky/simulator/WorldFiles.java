package io.clearsky.simulator;

import io.clearsky.core.indicator.ScamType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a world to a directory as it streams by:
 *
 * <pre>
 * subscribers.csv  calls.csv  sms.csv  link-visits.csv  transfers.csv   one row an element, time order
 * reports.jsonl                                                         one citizen report a line
 * police-lists/&lt;division code&gt;.csv                                      each centre's list, importable by ClearSky
 * truth/ground-truth.csv                                                which gang each entity belongs to
 * </pre>
 *
 * The ground truth sits in its own folder so that nothing meant for the platform is next to it.
 */
public final class WorldFiles implements WorldSink {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final CSVPrinter subscribers;
    private final CSVPrinter calls;
    private final CSVPrinter sms;
    private final CSVPrinter visits;
    private final CSVPrinter transfers;
    private final BufferedWriter reports;
    private final CSVPrinter truth;
    private final Map<String, CSVPrinter> lists = new LinkedHashMap<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    public WorldFiles(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory.resolve("police-lists"));
            Files.createDirectories(directory.resolve("truth"));
            subscribers = csv("subscribers.csv", "id", "phone", "city", "age", "payment_account", "bank_card");
            calls = csv("calls.csv", "time", "presented", "route", "callee", "duration_s", "true_caller");
            sms = csv("sms.csv", "time", "sender", "recipient", "text");
            visits = csv("link-visits.csv", "time", "subscriber", "url");
            transfers = csv("transfers.csv", "id", "time", "from", "to", "amount_fen", "kind");
            truth = csv("truth/ground-truth.csv", "entity", "id", "gang", "scam_type", "detail");
            reports = Files.newBufferedWriter(directory.resolve("reports.jsonl"), StandardCharsets.UTF_8);
            open.add(reports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the world to " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void subscriber(Subscriber s) {
        print(subscribers, s.id(), s.phone(), s.cityCode(), s.age(), s.paymentAccount(), s.bankCard());
    }

    @Override
    public void call(Call c) {
        print(calls, c.time(), c.presented(), c.route(), c.callee(), c.durationSeconds(), c.trueCaller());
    }

    @Override
    public void sms(Sms m) {
        print(sms, m.time(), m.sender(), m.recipient(), m.text());
    }

    @Override
    public void linkVisit(LinkVisit v) {
        print(visits, v.time(), v.subscriber(), v.url());
    }

    @Override
    public void transfer(Transfer t) {
        print(transfers, t.id(), t.time(), t.from(), t.to(), t.amountFen(), t.kind());
    }

    @Override
    public void report(Report report) {
        try {
            reports.write(JSON.writeValueAsString(report));
            reports.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void listing(Listing listing) {
        CSVPrinter list = lists.computeIfAbsent(listing.centreCityCode(), code -> {
            try {
                return csv("police-lists/" + code + ".csv", "value", "kind", "scam_type", "note");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        print(list, listing.value(), listing.kind(), listing.scamType(), "listed " + listing.time());
    }

    @Override
    public void truth(TruthRecord record) {
        ScamType type = record.scamType();
        print(truth, record.entity(), record.id(), record.gang(), type == null ? "" : type.name(), record.detail());
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close a file under " + directory, e);
            }
        }
    }

    private CSVPrinter csv(String name, String... header) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header)
                        .setRecordSeparator('\n')
                        .get());
        open.add(printer);
        return printer;
    }

    private static void print(CSVPrinter printer, Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
