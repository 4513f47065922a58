package io.clearsky.server.reports;

import io.clearsky.core.IsoTimes;
import io.clearsky.core.identifier.Identifiers;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.PhoneNumbers;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.RegionCode;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.PersonalData;
import io.clearsky.server.PersonalDataRevealed;
import io.clearsky.server.ScamTextView;
import io.clearsky.server.TooManyRequestsException;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.reports.internal.Filing;
import io.clearsky.server.reports.internal.IntakeLimits;
import io.clearsky.server.reports.internal.ReportFilter;
import io.clearsky.server.reports.internal.Reports;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports module's use cases: file a report (one from a citizen, or a batch from a partner's system), follow
 * it by receipt number and phone number, read reports without their reporters' personal data and with the numbers in
 * their narratives masked, reveal those to the police with a reason, and count. Every filing is validated whole,
 * idempotent under a client's key, and rate limited per client address and per reporter; filed reports are announced
 * with {@link ReportsFiled}.
 */
@Service
public class ReportManagement {

    static final int MAX_IDENTIFIERS = 50;
    static final int MAX_NARRATIVE = 10_000;
    static final String PUBLIC_SCOPE = "public";
    private static final Instant EARLIEST_OCCURRED = Instant.parse("1990-01-01T00:00:00Z");
    private static final char[] RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Reports reports;
    private final IntakeLimits limits;
    private final ReportSettings settings;
    private final AgencyManagement agencies;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReportManagement(
            Reports reports,
            IntakeLimits limits,
            ReportSettings settings,
            AgencyManagement agencies,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.reports = reports;
        this.limits = limits;
        this.settings = settings;
        this.agencies = agencies;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Who files: a caller with an API key or a login, or nobody (the public intake), and from which address. */
    public record Submitter(@Nullable Caller caller, String address) {

        String scope() {
            return caller == null || caller.agencyId() == null ? PUBLIC_SCOPE : "agency:" + caller.agencyId();
        }
    }

    /**
     * Files one report. A retry under the same idempotency key returns the first receipt; the same key with a
     * different report is a conflict.
     */
    public Receipt file(ReportForm form, @Nullable String idempotencyKey, Submitter submitter) {
        if (submitter.caller() == null) {
            limits.fileFromAddress(submitter.address());
        }
        String key = idempotencyKey(idempotencyKey, "Idempotency-Key");
        Filing filing = read(form, "", key, submitter);
        try {
            limits.fileByReporter(filing.reporterPhone());
        } catch (TooManyRequestsException overTheLimit) {
            // a retry of a report filed before the reporter reached the limit still gets its receipt
            Reports.Earlier earlier = earlier(submitter, key);
            if (earlier == null) {
                throw overTheLimit;
            }
            return repeated(earlier, filing);
        }
        // most filings are new: insert at once, and look the key up only when the database says it is taken
        try {
            long id = transactions.execute(tx -> {
                long filed = reports.insertAll(List.of(filing)).get(0);
                events.publishEvent(new ReportsFiled(List.of(filed)));
                return filed;
            });
            return receipt(id, filing, false);
        } catch (DuplicateKeyException keyTaken) {
            Reports.Earlier earlier = earlier(submitter, key);
            if (earlier == null) {
                throw keyTaken;
            }
            limits.giveBackToReporter(filing.reporterPhone());
            return repeated(earlier, filing);
        }
    }

    private Reports.@Nullable Earlier earlier(Submitter submitter, @Nullable String key) {
        return key == null
                ? null
                : reports.findByIdempotencyKeys(submitter.scope(), List.of(key)).get(key);
    }

    /** What became of one report of a batch. */
    public enum Outcome {
        FILED,
        /** Filed earlier under the same idempotency key; the receipt is the first one's. */
        REPEATED,
        /** Invalid, or its idempotency key was used for a different report, or its reporter is over the limit. */
        REJECTED
    }

    /** One report of a batch: its receipt, or why it was refused. */
    public record BatchItem(
            int index,
            Outcome outcome,
            @Nullable Receipt receipt,
            @Nullable String type,
            List<FieldProblem> errors) {}

    /** A batch's answer, one item per report in the order sent. */
    public record BatchResult(int filed, int repeated, int rejected, List<BatchItem> items) {}

    /**
     * Files a partner's batch in one transaction. Each report stands alone: an invalid one is refused with its
     * errors and the valid ones are filed.
     */
    public BatchResult fileBatch(@Nullable List<ReportForm> forms, Caller caller) {
        caller.require(Permission.REPORTS_FILE);
        if (forms == null || forms.isEmpty()) {
            throw new InvalidInputException("reports", "a batch holds 1 to " + settings.maxBatch() + " reports");
        }
        if (forms.size() > settings.maxBatch()) {
            throw new InvalidInputException(
                    "reports", "a batch holds at most " + settings.maxBatch() + " reports, this one " + forms.size());
        }
        Submitter submitter = new Submitter(caller, "batch");
        // The first attempt inserts without looking the keys up, as nearly every batch is new; a key already taken
        // (a resent batch, or the same key arriving twice at the same moment) rolls it back, and the next attempt
        // looks every key up first.
        for (int attempt = 1; ; attempt++) {
            try {
                return fileBatchOnce(forms, submitter, attempt > 1);
            } catch (DuplicateKeyException keyTaken) {
                if (attempt == 3) {
                    throw keyTaken;
                }
            }
        }
    }

    private BatchResult fileBatchOnce(List<ReportForm> forms, Submitter submitter, boolean lookUpKeys) {
        BatchItem[] items = new BatchItem[forms.size()];
        Filing[] filings = new Filing[forms.size()];
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            String prefix = "reports[" + i + "].";
            try {
                ReportForm form = forms.get(i);
                if (form == null) {
                    throw new InvalidInputException(prefix.substring(0, prefix.length() - 1), "must not be null");
                }
                String key = idempotencyKey(form.idempotencyKey(), prefix + "idempotencyKey");
                filings[i] = read(form, prefix, key, submitter);
            } catch (InvalidInputException e) {
                items[i] = rejected(i, "invalid-input", e.problems());
            }
        }
        Map<String, Reports.Earlier> earlier = lookUpKeys
                ? reports.findByIdempotencyKeys(
                        submitter.scope(),
                        java.util.Arrays.stream(filings)
                                .filter(f -> f != null && f.idempotencyKey() != null)
                                .map(Filing::idempotencyKey)
                                .toList())
                : new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Filing filing = filings[i];
            if (filing == null) {
                continue;
            }
            String key = filing.idempotencyKey();
            if (key != null) {
                Reports.Earlier before = earlier.get(key);
                Integer first = firstWithKey.putIfAbsent(key, i);
                String firstHash =
                        before != null ? before.requestHash() : first != null ? filings[first].requestHash() : null;
                if (firstHash != null) {
                    // a repeat of an earlier batch's report, or of one earlier in this batch (its receipt below)
                    items[i] = repeatOrConflict(i, filing, firstHash, before);
                    continue;
                }
            }
            if (!limits.tryFileByReporter(filing.reporterPhone())) {
                // a resent report whose reporter has since reached the limit is not new, so not refused
                Reports.Earlier before = key == null || lookUpKeys ? null : earlier(submitter, key);
                items[i] = before != null
                        ? repeatOrConflict(i, filing, before.requestHash(), before)
                        : rejected(
                                i,
                                "too-many-requests",
                                List.of(new FieldProblem(
                                        "reports[" + i + "].reporter.phone",
                                        "at most " + settings.perReporterPerDay()
                                                + " reports from this reporter per day")));
                continue;
            }
            fresh.add(i);
        }
        List<Filing> toInsert = fresh.stream().map(i -> filings[i]).toList();
        List<Long> ids;
        try {
            ids = toInsert.isEmpty()
                    ? List.of()
                    : transactions.execute(tx -> {
                        List<Long> inserted = reports.insertAll(toInsert);
                        events.publishEvent(new ReportsFiled(inserted));
                        return inserted;
                    });
        } catch (DuplicateKeyException keyTaken) {
            toInsert.forEach(f -> limits.giveBackToReporter(f.reporterPhone()));
            throw keyTaken;
        }
        Map<Integer, Receipt> receipts = new HashMap<>();
        for (int n = 0; n < fresh.size(); n++) {
            int i = fresh.get(n);
            receipts.put(i, receipt(ids.get(n), filings[i], false));
            items[i] = new BatchItem(i, Outcome.FILED, receipts.get(i), null, List.of());
        }
        // a repeat of a report earlier in this same batch gets that report's receipt
        for (int i = 0; i < items.length; i++) {
            if (items[i].outcome() == Outcome.REPEATED && items[i].receipt() == null) {
                Receipt first = receipts.get(firstWithKey.get(filings[i].idempotencyKey()));
                items[i] = new BatchItem(i, Outcome.REPEATED, first == null ? null : first.repeat(), null, List.of());
            }
        }
        int filed = fresh.size();
        int repeated = (int) java.util.Arrays.stream(items)
                .filter(item -> item.outcome() == Outcome.REPEATED)
                .count();
        return new BatchResult(filed, repeated, items.length - filed - repeated, List.of(items));
    }

    /**
     * A report whose key came before with {@code firstHash}: a repeat, answered with the earlier receipt when it is
     * in the database already, or a conflict when it is a different report.
     */
    private BatchItem repeatOrConflict(int i, Filing filing, String firstHash, Reports.@Nullable Earlier before) {
        if (!firstHash.equals(filing.requestHash())) {
            return rejected(
                    i,
                    "conflict",
                    List.of(new FieldProblem(
                            "reports[" + i + "].idempotencyKey", "already used for a different report")));
        }
        return new BatchItem(
                i, Outcome.REPEATED, before == null ? null : receipt(before.id(), filing, true), null, List.of());
    }

    private static BatchItem rejected(int index, String type, List<FieldProblem> errors) {
        return new BatchItem(index, Outcome.REJECTED, null, type, errors);
    }

    /**
     * A reporter follows their report with its receipt number and the phone number they filed it with. A wrong
     * pair and an unknown receipt answer alike, so neither can be learnt by trying.
     */
    public ReportTracking track(@Nullable String receiptNo, @Nullable String phone, String address) {
        limits.lookUpFromAddress(address);
        List<FieldProblem> problems = new ArrayList<>();
        if (receiptNo == null || receiptNo.isBlank()) {
            problems.add(new FieldProblem("receiptNo", "must not be empty"));
        }
        String e164 = null;
        if (phone == null || phone.isBlank()) {
            problems.add(new FieldProblem("phone", "must not be empty"));
        } else {
            try {
                e164 = PhoneNumbers.parse(phone).e164();
            } catch (InvalidIdentifierException e) {
                problems.add(new FieldProblem("phone", e.reason()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String wanted = e164;
        return reports.tracking(receiptNo.strip().toUpperCase(Locale.ROOT))
                .filter(tracked -> MessageDigest.isEqual(
                        tracked.phone().getBytes(StandardCharsets.UTF_8), wanted.getBytes(StandardCharsets.UTF_8)))
                .map(Reports.Tracked::tracking)
                .orElseThrow(() -> new NotFoundException("no report with this receipt number and phone number"));
    }

    /** One report, without its reporter's personal data, its narrative masked (police of its region, admins). */
    public ReportView get(long id, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        return withSuggestion(masked(visible(id, caller)));
    }

    /**
     * The report with what the scam-text classifier reads in its (masked) narrative beside the reporter's type: on a
     * report's own view, not in lists, where it would classify every narrative of a page on every read.
     */
    private static ReportView withSuggestion(ReportView view) {
        String narrative = view.narrative();
        return narrative == null || narrative.isBlank() ? view : view.with(narrative, ScamTextView.read(narrative));
    }

    private ReportView visible(long id, Caller caller) {
        ReportView view = reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
        if (!inScope(caller, view.region())) {
            throw new NotFoundException("report", id);
        }
        return view;
    }

    /**
     * A report as every response shows it: the narrative with the phone, ID card and bank card numbers in it masked.
     * The identifiers stay in clear: they are the fraudster's, what linkage and the registry work on.
     */
    private static ReportView masked(ReportView view) {
        return view.with(PersonalData.text(view.narrative()), null);
    }

    /** The report with this receipt number, for an analyst who was read it over the phone. */
    public ReportView byReceipt(String receiptNo, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        long id = reports.idOfReceipt(receiptNo.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("no report with receipt number " + receiptNo));
        return get(id, caller);
    }

    /** Reports in the caller's region matching a filter, newest first, without personal data. */
    public Page<ReportView> page(
            @Nullable ScamType scamType,
            @Nullable ReportStatus status,
            @Nullable String region,
            @Nullable Instant from,
            @Nullable Instant to,
            int page,
            int size,
            Caller caller) {
        caller.require(Permission.REPORTS_READ);
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be 1 to 500");
        }
        ReportFilter filter = new ReportFilter(scamType, status, agencies.regionScope(region, caller), from, to, null);
        return new Page<>(
                reports.page(filter, page, size).stream()
                        .map(ReportManagement::masked)
                        .toList(),
                page,
                size,
                reports.count(filter));
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /**
     * Reports by id, in the order given, for a page that draws many at once (a cluster's graph): those of the caller's
     * region as {@link #page} shows them, another region's reduced to what {@link ReportSummary} says of them. Ids of
     * no report are left out.
     */
    public List<ReportSummary> summaries(Collection<Long> ids, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        if (ids.isEmpty()) {
            return List.of();
        }
        // one read for all of them and no classifier: a cluster's graph reads up to 60 reports on every view; the
        // region is decided as get() decides it, once for the caller rather than per report
        String prefix = agencies.regionScope(null, caller);
        Map<Long, ReportSummary> found = new HashMap<>();
        for (ReportView view : reports.findAll(ids)) {
            LocalDate occurredOn = view.occurredAt().atZone(Filing.ZONE).toLocalDate();
            found.put(
                    view.id(),
                    inScope(prefix, view.region())
                            ? new ReportSummary(view.id(), view.scamType(), occurredOn, view.region(), masked(view))
                            : new ReportSummary(
                                    view.id(),
                                    view.scamType(),
                                    occurredOn,
                                    view.region().substring(0, 4) + "xx",
                                    null));
        }
        return ids.stream().distinct().map(found::get).filter(r -> r != null).toList();
    }

    /**
     * The reporter's contact, for the police of the report's region who need to call them back. The reason is
     * recorded in the audit trail with who asked.
     */
    public ReporterContact contact(long reportId, @Nullable String reason, Caller caller) {
        caller.require(Permission.REPORTS_READ).require(Permission.PII_REVEAL);
        String why = PersonalData.reason(reason);
        ReportView report = visible(reportId, caller);
        ReporterContact contact =
                reports.contact(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        transactions.executeWithoutResult(tx ->
                events.publishEvent(new ReporterContactRevealed(reportId, report.receiptNo(), caller.name(), why)));
        return contact;
    }

    /**
     * The report's personal data in clear: its narrative as written and the reporter's contact, for the police of
     * the report's region with a reason, which the audit trail records with who asked and what was shown.
     */
    public RevealedReport reveal(long reportId, @Nullable String reason, Caller caller) {
        caller.require(Permission.REPORTS_READ).require(Permission.PII_REVEAL);
        String why = PersonalData.reason(reason);
        ReportView report = visible(reportId, caller);
        ReporterContact contact =
                reports.contact(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        RevealedReport revealed =
                new RevealedReport(reportId, report.receiptNo(), report.narrative(), contact.name(), contact.phone());
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new PersonalDataRevealed("report", reportId, revealed.fields(), caller.name(), why)));
        return revealed;
    }

    /** Reports, victims and losses over a period (default: this year) in the caller's region or a part of it. */
    public ReportStatistics statistics(
            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String region, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        LocalDate today = LocalDate.now(clock.withZone(Filing.ZONE));
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return reports.statistics(start, end, agencies.regionScope(region, caller));
    }

    /**
     * Reports, victims and losses per day (China Standard Time) between two days, inclusive, in the caller's region
     * or a part of it: one row per day that had reports, keyed by the day ({@code 2026-11-29}), oldest first, with
     * each day's share of the window. At most 366 days.
     */
    public List<ReportStatistics.Row> daily(LocalDate from, LocalDate to, @Nullable String region, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (from.plusDays(366).isBefore(to)) {
            throw new InvalidInputException("from", "a window is at most 366 days");
        }
        return reports.daily(from, to, agencies.regionScope(region, caller));
    }

    /** The reports others read after {@link ReportsFiled}: no narrative, no personal data. */
    public List<FiledReport> filed(Collection<Long> ids) {
        return reports.filed(ids);
    }

    @ApplicationModuleListener
    void on(ReportProgress progress) {
        reports.progress(progress.reportIds(), progress.status(), progress.caseNo(), progress.note(), progress.at());
    }

    // --- reading a form -------------------------------------------------------------------------------------------

    private Filing read(ReportForm form, String prefix, @Nullable String key, Submitter submitter) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant now = clock.instant();
        Instant occurredAt = occurredAt(form.occurredAt(), prefix, now, problems);
        ScamType scamType = ScamType.OTHER;
        if (form.scamType() != null && !form.scamType().isBlank()) {
            try {
                scamType = ScamType.parse(form.scamType());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(prefix + "scamType", e.getMessage()));
            }
        }
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        String currency = "CNY";
        if (form.loss() != null) {
            BigDecimal given = null;
            if (form.loss().amount() == null || form.loss().amount().isBlank()) {
                problems.add(new FieldProblem(prefix + "loss.amount", "must be given with a loss, e.g. \"12000.50\""));
            } else {
                try {
                    given = new BigDecimal(form.loss().amount().strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(
                            prefix + "loss.amount",
                            "not a decimal amount: '" + form.loss().amount() + "'"));
                }
            }
            if (given == null) {
                // said above
            } else if (given.signum() < 0) {
                problems.add(new FieldProblem(prefix + "loss.amount", "must not be negative"));
            } else if (given.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(prefix + "loss.amount", "at most two decimal places"));
            } else if (given.compareTo(new BigDecimal("10000000000000")) >= 0) {
                problems.add(new FieldProblem(prefix + "loss.amount", "must be below 10 trillion"));
            } else {
                amount = given.setScale(2);
            }
            if (form.loss().currency() != null) {
                currency = form.loss().currency().strip().toUpperCase(Locale.ROOT);
                try {
                    Currency.getInstance(currency);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(prefix + "loss.currency", "not an ISO 4217 currency code, e.g. CNY"));
                }
            }
        }
        PaymentMethod paymentMethod = amount.signum() == 0 ? PaymentMethod.NONE : PaymentMethod.OTHER;
        if (form.paymentMethod() != null && !form.paymentMethod().isBlank()) {
            try {
                paymentMethod =
                        PaymentMethod.valueOf(form.paymentMethod().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(
                        prefix + "paymentMethod",
                        "unknown payment method; expected one of "
                                + java.util.Arrays.toString(PaymentMethod.values())));
            }
        }
        List<ReportedIdentifier> identifiers = identifiers(form.identifiers(), prefix, problems);
        String region = null;
        if (form.region() == null || form.region().isBlank()) {
            problems.add(new FieldProblem(prefix + "region", "the victim's GB/T 2260 region code, e.g. 350206"));
        } else {
            try {
                region = RegionCode.parse(form.region()).code();
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(prefix + "region", e.getMessage()));
            }
        }
        String narrative = form.narrative() == null || form.narrative().isBlank()
                ? null
                : form.narrative().strip();
        if (narrative != null && narrative.length() > MAX_NARRATIVE) {
            problems.add(new FieldProblem(prefix + "narrative", "at most " + MAX_NARRATIVE + " characters"));
        }
        String phone = null;
        String name = null;
        if (form.reporter() == null
                || form.reporter().phone() == null
                || form.reporter().phone().isBlank()) {
            problems.add(new FieldProblem(
                    prefix + "reporter.phone", "the reporter's phone number: to follow the report and be called back"));
        } else {
            try {
                phone = PhoneNumbers.parse(form.reporter().phone()).e164();
            } catch (InvalidIdentifierException e) {
                problems.add(new FieldProblem(prefix + "reporter.phone", e.reason()));
            }
            name = form.reporter().name() == null || form.reporter().name().isBlank()
                    ? null
                    : form.reporter().name().strip();
            if (name != null && name.length() > 100) {
                problems.add(new FieldProblem(prefix + "reporter.name", "at most 100 characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Filing(
                receiptNo(now),
                now,
                occurredAt,
                scamType,
                amount,
                currency,
                paymentMethod,
                region,
                narrative,
                sha256("victim:" + phone),
                submitter.caller() == null ? null : submitter.caller().agencyId(),
                key == null ? null : submitter.scope(),
                key,
                // what was sent, to tell a retry from a different report under the same key
                key == null
                        ? null
                        : sha256(new ReportForm(
                                        null,
                                        form.occurredAt(),
                                        form.scamType(),
                                        form.loss(),
                                        form.paymentMethod(),
                                        form.identifiers(),
                                        form.region(),
                                        form.narrative(),
                                        form.reporter())
                                .toString()),
                identifiers,
                name,
                phone);
    }

    private static @Nullable Instant occurredAt(
            @Nullable String text, String prefix, Instant now, List<FieldProblem> problems) {
        String field = prefix + "occurredAt";
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "when it happened, e.g. 2026-11-20T14:30:00+08:00"));
            return null;
        }
        Instant at;
        try {
            at = IsoTimes.instant(text.strip());
        } catch (DateTimeParseException notADateTime) {
            try {
                at = LocalDate.parse(text.strip()).atStartOfDay(Filing.ZONE).toInstant();
            } catch (DateTimeParseException notADate) {
                problems.add(new FieldProblem(field, "not an ISO-8601 time with offset or a date: '" + text + "'"));
                return null;
            }
        }
        if (at.isAfter(now.plus(Duration.ofHours(1)))) {
            problems.add(new FieldProblem(field, "must not be in the future"));
        } else if (at.isBefore(EARLIEST_OCCURRED)) {
            problems.add(new FieldProblem(field, "must not be before 1990"));
        }
        return at;
    }

    private static List<ReportedIdentifier> identifiers(
            @Nullable List<ReportForm.IdentifierForm> forms, String prefix, List<FieldProblem> problems) {
        if (forms == null) {
            return List.of();
        }
        if (forms.size() > MAX_IDENTIFIERS) {
            problems.add(new FieldProblem(prefix + "identifiers", "at most " + MAX_IDENTIFIERS + " identifiers"));
            return List.of();
        }
        Set<ReportedIdentifier> read = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            String field = prefix + "identifiers[" + i + "]";
            ReportForm.IdentifierForm form = forms.get(i);
            if (form == null) {
                problems.add(new FieldProblem(field, "must not be null"));
                continue;
            }
            ReportedKind kind;
            try {
                kind = ReportedKind.valueOf(String.valueOf(form.kind()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(
                        field + ".kind",
                        "unknown kind '" + form.kind() + "'; expected one of "
                                + java.util.Arrays.toString(ReportedKind.values())));
                continue;
            }
            String raw = form.value() == null ? "" : form.value().strip();
            if (raw.isEmpty()) {
                problems.add(new FieldProblem(field + ".value", "must not be empty"));
                continue;
            }
            if (raw.length() > 2048) {
                problems.add(new FieldProblem(field + ".value", "at most 2048 characters"));
                continue;
            }
            ReportedIdentifier identifier = read(kind, raw);
            // the same identifier written twice (or in two formats) counts once
            if (seen.add(identifier.kind() + ":" + (identifier.value() == null ? "raw:" + raw : identifier.value()))) {
                read.add(identifier);
            }
        }
        return List.copyOf(read);
    }

    private static ReportedIdentifier read(ReportedKind kind, String raw) {
        if (kind == ReportedKind.APP) {
            String name = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                    .strip()
                    .replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            return name.length() > 100
                    ? new ReportedIdentifier(kind, raw, null, "an app name is at most 100 characters")
                    : new ReportedIdentifier(kind, raw, name, null);
        }
        try {
            return new ReportedIdentifier(
                    kind, raw, Identifiers.parse(kind.indicatorKind(), raw).value(), null);
        } catch (InvalidIdentifierException e) {
            return new ReportedIdentifier(kind, raw, null, e.reason());
        }
    }

    private static @Nullable String idempotencyKey(@Nullable String key, String field) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String stripped = key.strip();
        if (stripped.length() > 128) {
            throw new InvalidInputException(field, "at most 128 characters");
        }
        return stripped;
    }

    private Receipt repeated(Reports.Earlier earlier, Filing filing) {
        if (!earlier.requestHash().equals(filing.requestHash())) {
            throw new ConflictException("this idempotency key was already used for a different report");
        }
        return receipt(earlier.id(), filing, true);
    }

    private Receipt receipt(long id, Filing filing, boolean repeated) {
        if (repeated) {
            ReportView first = reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
            return new Receipt(id, first.receiptNo(), first.status(), first.receivedAt(), first.identifiers(), true);
        }
        return new Receipt(
                id, filing.receiptNo(), ReportStatus.RECEIVED, filing.receivedAt(), filing.identifiers(), false);
    }

    private String receiptNo(Instant now) {
        // BA (报案) + the day + 8 random Crockford base-32 characters: 40 bits, unguessable alongside a phone number
        StringBuilder receipt = new StringBuilder("BA").append(RECEIPT_DAY.format(now.atZone(Filing.ZONE)));
        long bits = random.nextLong();
        for (int i = 0; i < 8; i++, bits >>>= 5) {
            receipt.append(RECEIPT_ALPHABET[(int) (bits & 31)]);
        }
        return receipt.toString();
    }

    private boolean inScope(Caller caller, String region) {
        return inScope(agencies.regionScope(null, caller), region);
    }

    /** Whether a report's region lies within a region prefix; null (an admin's) covers every region. */
    private static boolean inScope(@Nullable String prefix, String region) {
        return prefix == null || region.startsWith(prefix);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
