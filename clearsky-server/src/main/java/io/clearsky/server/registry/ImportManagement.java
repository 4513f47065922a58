package io.clearsky.server.registry;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.registry.ImportJob.ImportMode;
import io.clearsky.server.registry.ImportJob.RowError;
import io.clearsky.server.registry.internal.ImportJobs;
import io.clearsky.server.registry.internal.ImportProcessor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Bulk imports of police lists: the upload is stored, counted and queued at once, and imported in the background,
 * one job at a time, with its progress and per-row errors visible while it runs.
 */
@Service
public class ImportManagement implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportManagement.class);

    private final ImportJobs jobs;
    private final ImportProcessor processor;
    private final Path uploads;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "clearsky-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportManagement(
            ImportJobs jobs,
            ImportProcessor processor,
            Clock clock,
            @Value("${clearsky.data-dir:./data}") Path dataDir) {
        this.jobs = jobs;
        this.processor = processor;
        this.clock = clock;
        this.uploads = dataDir.resolve("imports");
    }

    /**
     * Queues an import of a CSV police list for the caller's centre. A repeated request with the same idempotency
     * key returns the first job and imports nothing again.
     */
    public ImportJob start(
            InputStream content,
            @Nullable String fileName,
            ImportMode mode,
            @Nullable String idempotencyKey,
            Caller caller) {
        caller.require(Permission.INDICATORS_WRITE);
        long agency = caller.requireAgency();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw new InvalidInputException("Idempotency-Key", "1 to 128 characters");
        }
        if (idempotencyKey != null) {
            var earlier = jobs.findByIdempotencyKey(agency, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Path file;
        int rows;
        try {
            Files.createDirectories(uploads);
            file = uploads.resolve(UUID.randomUUID() + ".csv");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            rows = dataRows(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload", e);
        }
        if (rows == 0) {
            deleteQuietly(file);
            throw new InvalidInputException("file", "the file has no data rows under its header");
        }
        ImportJob job;
        try {
            job = jobs.create(agency, mode, fileName, idempotencyKey, rows, caller.name(), clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            deleteQuietly(file);
            return jobs.findByIdempotencyKey(agency, idempotencyKey).orElseThrow();
        }
        ImportJob queued = job;
        worker.submit(() -> processor.run(queued, file, caller.name()));
        return job;
    }

    /** A job, if the caller's agency owns it (or the caller is an admin). */
    public ImportJob get(long id, Caller caller) {
        caller.require(Permission.INDICATORS_READ);
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
        if (!caller.mayActFor(job.agencyId())) {
            throw new NotFoundException("import", id);
        }
        return job;
    }

    /** The caller's agency's recent jobs (all agencies' for an admin). */
    public List<ImportJob> recent(Caller caller) {
        caller.require(Permission.INDICATORS_READ);
        return jobs.recent(caller.visibleAgencies(), 50);
    }

    /** One page of a job's row errors, by line. */
    public List<RowError> errors(long id, int page, int size, Caller caller) {
        get(id, caller);
        if (size < 1 || size > 10_000) {
            throw new InvalidInputException("size", "must be 1 to 10000");
        }
        return jobs.errors(id, Math.max(0, page), size);
    }

    /** A stopped server leaves jobs unfinished: say so, rather than leave them "running" forever. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        for (ImportJob job : jobs.unfinished()) {
            jobs.finish(
                    job.id(),
                    "FAILED",
                    job.processedRows(),
                    job.mode() == ImportMode.ALL_OR_NOTHING ? 0 : job.acceptedRows(),
                    job.rejectedRows(),
                    "interrupted by a server restart after " + job.processedRows() + " rows"
                            + (job.mode() == ImportMode.ALL_OR_NOTHING
                                    ? "; nothing was imported"
                                    : "; rows committed before it stay listed")
                            + ". Upload the file again.",
                    clock.instant());
        }
    }

    private static int dataRows(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lines = 0;
            boolean header = true;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                } else {
                    lines++;
                }
            }
            return lines;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException("file", "the file is not UTF-8 text");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
