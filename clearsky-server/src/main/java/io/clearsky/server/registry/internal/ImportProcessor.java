package io.clearsky.server.registry.internal;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.Identifiers;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.NormalizationContext;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ListingPolicy;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.registry.ImportFinished;
import io.clearsky.server.registry.ImportJob;
import io.clearsky.server.registry.ImportJob.ImportMode;
import io.clearsky.server.registry.ImportJob.RowError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a police list (CSV with a header row) and lists every good row as VERIFIED for the importing centre.
 *
 * <p>Rows go in chunks of {@value #CHUNK}: each chunk's existing indicators are read in one query and written in
 * one batch. In ALL_OR_NOTHING mode the whole file is one transaction: after the first bad row nothing more is
 * written, every row is still checked so the error report is complete, and the transaction is rolled back. In
 * SKIP_BAD_ROWS mode each chunk commits on its own. Progress and row errors are written in their own short
 * transactions so they are visible while the import runs and survive a roll-back.
 */
@Component
public class ImportProcessor {

    private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);
    static final int CHUNK = 1000;

    private final Indicators indicators;
    private final ImportJobs jobs;
    private final ListingPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate work;
    private final TransactionTemplate bookkeeping;
    private final Clock clock;

    ImportProcessor(
            Indicators indicators,
            ImportJobs jobs,
            ListingPolicy policy,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.indicators = indicators;
        this.jobs = jobs;
        this.policy = policy;
        this.events = events;
        this.work = new TransactionTemplate(transactions);
        this.bookkeeping = new TransactionTemplate(transactions);
        this.bookkeeping.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs one queued job to its end; never throws. */
    public void run(ImportJob job, Path file, String actor) {
        bookkeeping.executeWithoutResult(tx -> jobs.running(job.id()));
        Tally tally = new Tally();
        String status;
        String message;
        try {
            if (job.mode() == ImportMode.ALL_OR_NOTHING) {
                work.executeWithoutResult(tx -> {
                    try {
                        process(job, file, tally, false);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (tally.rejected > 0) {
                        tx.setRollbackOnly();
                    }
                });
            } else {
                process(job, file, tally, true);
            }
            if (tally.rejected > 0 && job.mode() == ImportMode.ALL_OR_NOTHING) {
                status = "FAILED";
                message = tally.rejected + " bad rows; nothing was imported (all-or-nothing). See the error report.";
                tally.accepted = 0;
            } else {
                status = "COMPLETED";
                message = tally.accepted + " rows listed"
                        + (tally.rejected > 0 ? ", " + tally.rejected + " bad rows skipped" : "");
            }
        } catch (BadFileException e) {
            status = "FAILED";
            message = e.getMessage();
            tally.accepted = job.mode() == ImportMode.ALL_OR_NOTHING ? 0 : tally.accepted;
        } catch (RuntimeException | IOException e) {
            log.error("Import {} failed", job.id(), e);
            status = "FAILED";
            message = "the import stopped on an internal error after " + tally.processed + " rows"
                    + (job.mode() == ImportMode.SKIP_BAD_ROWS
                            ? "; rows committed before it stay listed"
                            : "; nothing was imported");
            tally.accepted = job.mode() == ImportMode.ALL_OR_NOTHING ? 0 : tally.accepted;
        }
        String finalStatus = status;
        String finalMessage = message;
        bookkeeping.executeWithoutResult(tx -> {
            jobs.finish(
                    job.id(),
                    finalStatus,
                    tally.processed,
                    tally.accepted,
                    tally.rejected,
                    finalMessage,
                    clock.instant());
            events.publishEvent(
                    new ImportFinished(job.id(), job.agencyId(), finalStatus, tally.accepted, tally.rejected, actor));
        });
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the upload of import {}: {}", job.id(), e.getMessage());
        }
    }

    private void process(ImportJob job, Path file, Tally tally, boolean commitEachChunk) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = open(reader)) {
            Columns columns = Columns.of(csv.getHeaderNames());
            Iterator<CSVRecord> records = csv.iterator();
            List<CSVRecord> chunk = new ArrayList<>(CHUNK);
            while (hasNext(records)) {
                chunk.add(records.next());
                if (chunk.size() == CHUNK) {
                    chunk(job, columns, chunk, tally, commitEachChunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                chunk(job, columns, chunk, tally, commitEachChunk);
            }
        }
    }

    /** The parser over a file's header row; a header it cannot read (duplicate names, broken quotes) is a bad file. */
    private static CSVParser open(Reader reader) throws IOException {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .setIgnoreSurroundingSpaces(true)
                    .get()
                    .parse(reader);
        } catch (CSVException | IllegalArgumentException e) {
            throw new BadFileException("the file's header row is not valid CSV: " + e.getMessage());
        }
    }

    /** Whether another record follows; commons-csv reports broken quoting while reading ahead, as unchecked I/O. */
    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new BadFileException(
                    "the file is not valid CSV: " + e.getCause().getMessage());
        }
    }

    private void chunk(ImportJob job, Columns columns, List<CSVRecord> records, Tally tally, boolean commit) {
        List<Row> rows = new ArrayList<>(records.size());
        List<RowError> errors = new ArrayList<>();
        for (CSVRecord record : records) {
            Row row = columns.row(record, errors);
            if (row != null) {
                rows.add(row);
            }
        }
        if (commit) {
            work.executeWithoutResult(tx -> write(job, rows, errors, tally));
        } else {
            write(job, rows, errors, tally);
        }
        tally.processed += records.size();
        int rejectedLines =
                (int) errors.stream().mapToInt(RowError::line).distinct().count();
        tally.rejected += rejectedLines;
        bookkeeping.executeWithoutResult(tx -> {
            if (!errors.isEmpty() && tally.storedErrors < ImportJobs.MAX_STORED_ERRORS) {
                List<RowError> kept =
                        errors.subList(0, Math.min(errors.size(), ImportJobs.MAX_STORED_ERRORS - tally.storedErrors));
                jobs.addErrors(job.id(), kept);
                tally.storedErrors += kept.size();
            }
            jobs.progress(job.id(), tally.processed, tally.accepted, tally.rejected);
        });
    }

    /** Lists the chunk's good rows; bad rows add to {@code errors}. Writes nothing once an all-or-nothing job failed. */
    private void write(ImportJob job, List<Row> rows, List<RowError> errors, Tally tally) {
        Map<Identifier, Row> unique = new LinkedHashMap<>();
        rows.forEach(row -> unique.put(row.identifier(), row));
        Map<IndicatorKind, List<String>> valuesByKind = new LinkedHashMap<>();
        unique.keySet()
                .forEach(id -> valuesByKind
                        .computeIfAbsent(id.kind(), k -> new ArrayList<>())
                        .add(id.value()));
        Map<Identifier, Indicator> existing = new java.util.HashMap<>();
        valuesByKind.forEach((kind, values) -> indicators
                .findAll(kind, values)
                .forEach((value, indicator) -> existing.put(new Identifier(kind, value), indicator)));
        Instant now = clock.instant();
        List<Indicator> changed = new ArrayList<>(unique.size());
        java.util.Set<Identifier> listed = new java.util.HashSet<>();
        for (Row row : unique.values()) {
            Indicator indicator = existing.computeIfAbsent(row.identifier(), id -> Indicator.fresh(id, now));
            if (indicator.status() == IndicatorStatus.ALLOWLISTED) {
                errors.add(new RowError(
                        row.line(), "value", row.raw(), "an official number on the allowlist can never be listed"));
                continue;
            }
            indicator.verify(job.agencyId(), row.scamType(), row.note(), IndicatorSource.POLICE_LIST, now, policy);
            changed.add(indicator);
            listed.add(row.identifier());
        }
        boolean allOrNothingFailed =
                job.mode() == ImportMode.ALL_OR_NOTHING && (tally.rejected > 0 || !errors.isEmpty());
        if (!allOrNothingFailed) {
            indicators.saveAll(changed);
            tally.accepted += (int) rows.stream()
                    .filter(row -> listed.contains(row.identifier()))
                    .count();
        }
    }

    private static final class Tally {
        int processed;
        int accepted;
        int rejected;
        int storedErrors;
    }

    /** A file that cannot be read as a police list at all. */
    static final class BadFileException extends RuntimeException {
        BadFileException(String message) {
            super(message);
        }
    }

    private record Row(
            int line,
            Identifier identifier,
            String raw,
            @Nullable ScamType scamType,
            @Nullable String note) {}

    /** Where the columns are; headers are matched case-insensitively, in English or Chinese. */
    private record Columns(
            String value,
            @Nullable String kind,
            @Nullable String scamType,
            @Nullable String note,
            @Nullable String areaCode) {

        static Columns of(List<String> headers) {
            String value = find(headers, "value", "number", "号码", "涉诈号码", "标识");
            if (value == null) {
                throw new BadFileException(
                        "the header row needs a 'value' column (also accepted: number, 号码); found " + headers);
            }
            return new Columns(
                    value,
                    find(headers, "kind", "类型"),
                    find(headers, "scam_type", "scamtype", "诈骗类型"),
                    find(headers, "note", "备注"),
                    find(headers, "area_code", "区号"));
        }

        private static @Nullable String find(List<String> headers, String... names) {
            for (String header : headers) {
                String normal = header.replace("\uFEFF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replace('-', '_')
                        .replace(' ', '_');
                for (String name : names) {
                    if (normal.equals(name)) {
                        return header;
                    }
                }
            }
            return null;
        }

        @Nullable
        Row row(CSVRecord record, List<RowError> errors) {
            int line = (int) record.getRecordNumber() + 1;
            if (!record.isConsistent()) {
                errors.add(new RowError(
                        line,
                        "row",
                        String.join(",", record.values()),
                        "has " + record.size() + " fields, the header has "
                                + record.getParser().getHeaderNames().size()));
                return null;
            }
            String raw = record.get(value);
            IndicatorKind indicatorKind = IndicatorKind.PHONE_NUMBER;
            String kindText = kind == null ? null : record.get(kind);
            if (kindText != null && !kindText.isBlank()) {
                try {
                    indicatorKind = IndicatorKind.valueOf(kindText.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(
                            line,
                            "kind",
                            kindText,
                            "unknown kind; expected one of " + java.util.Arrays.toString(IndicatorKind.values())));
                    return null;
                }
            }
            ScamType type = null;
            String typeText = scamType == null ? null : record.get(scamType);
            if (typeText != null && !typeText.isBlank()) {
                try {
                    type = ScamType.parse(typeText);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(line, "scam_type", typeText, e.getMessage()));
                    return null;
                }
            }
            String noteText = note == null ? null : record.get(note);
            if (noteText != null && noteText.length() > 500) {
                errors.add(new RowError(line, "note", noteText.substring(0, 50), "at most 500 characters"));
                return null;
            }
            if (raw == null || raw.isBlank()) {
                errors.add(new RowError(line, "value", raw, "must not be empty"));
                return null;
            }
            String area = areaCode == null ? null : record.get(areaCode);
            NormalizationContext context;
            try {
                context = new NormalizationContext(area == null || area.isBlank() ? null : area.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, "area_code", area, e.getMessage()));
                return null;
            }
            try {
                Identifier identifier = Identifiers.parse(indicatorKind, raw, context);
                return new Row(line, identifier, raw, type, noteText == null || noteText.isBlank() ? null : noteText);
            } catch (InvalidIdentifierException e) {
                errors.add(new RowError(line, "value", raw, e.reason()));
                return null;
            }
        }
    }
}
