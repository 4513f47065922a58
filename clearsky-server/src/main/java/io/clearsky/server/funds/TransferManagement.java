package io.clearsky.server.funds;

import io.clearsky.core.IsoTimes;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.funds.internal.Accounts;
import io.clearsky.server.funds.internal.Accounts.Balance;
import io.clearsky.server.funds.internal.Transfers;
import io.clearsky.server.funds.internal.Transfers.StoredTransfer;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partners' transfers and balances. A batch is taken whole or not at all: every row is checked first and a 400
 * names each bad field; a transfer sent again under the same partner and transfer id is a repeat (or a status
 * update, PENDING to SUCCEEDED, SUCCEEDED to REVERSED), and one that says something else about the same id is a 409
 * that changes nothing.
 */
@Service
@EnableConfigurationProperties(FundsSettings.class)
public class TransferManagement {

    private static final Pattern TRANSFER_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern CHANNEL = Pattern.compile("[A-Z0-9_]{1,24}");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Transfers transfers;
    private final Accounts accounts;
    private final AgencyManagement agencies;
    private final Payers payers;
    private final FundsSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    TransferManagement(
            Transfers transfers,
            Accounts accounts,
            AgencyManagement agencies,
            Payers payers,
            FundsSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            java.time.Clock clock) {
        this.transfers = transfers;
        this.accounts = accounts;
        this.agencies = agencies;
        this.payers = payers;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a batch did: how many transfers were new, repeats, or moved on in status. */
    public record IntakeResult(int received, int added, int repeated, int updated) {}

    /** Takes a partner's batch of transfers (JSON). */
    public IntakeResult receive(@Nullable List<TransferForm> forms, Caller caller) {
        Agency partner = partner(caller);
        if (forms == null || forms.isEmpty()) {
            throw new InvalidInputException("transfers", "must hold 1 to " + settings.maxBatch() + " transfers");
        }
        if (forms.size() > settings.maxBatch()) {
            throw new InvalidInputException(
                    "transfers", "at most " + settings.maxBatch() + " per batch, this has " + forms.size());
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            Parsed p = parse("transfers[" + i + "].", forms.get(i), partner.code(), problems);
            if (p != null) {
                parsed.add(p);
            }
        }
        return store(partner, parsed, problems, caller);
    }

    /**
     * Takes a partner's batch of transfers as CSV with a header row naming the columns of {@link TransferForm}
     * (any order; the optional ones may be left out). Errors name the line: {@code line 3.amount}.
     */
    public IntakeResult receiveCsv(Reader csv, Caller caller) {
        Agency partner = partner(caller);
        List<FieldProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Set<String> columns = new HashSet<>(parser.getHeaderNames());
            for (String required : List.of("transferId", "time", "payerAccount", "payeeAccount", "amount")) {
                if (!columns.contains(required)) {
                    throw new InvalidInputException(
                            "header",
                            "the first line names the columns: " + TransferForm.CSV_HEADER + "; " + required
                                    + " is missing");
                }
            }
            int rows = 0;
            for (CSVRecord row : parser) {
                if (++rows > settings.maxBatch()) {
                    throw new InvalidInputException("body", "at most " + settings.maxBatch() + " rows per file");
                }
                TransferForm form = new TransferForm(
                        column(row, "transferId"),
                        column(row, "time"),
                        column(row, "payerAccount"),
                        column(row, "payerInstitution"),
                        column(row, "payeeAccount"),
                        column(row, "payeeInstitution"),
                        column(row, "amount"),
                        column(row, "currency"),
                        column(row, "channel"),
                        column(row, "status"));
                Parsed p = parse("line " + (row.getRecordNumber() + 1) + ".", form, partner.code(), problems);
                if (p != null) {
                    parsed.add(p);
                }
            }
            if (rows == 0) {
                throw new InvalidInputException("body", "no transfers after the header line");
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InvalidInputException("body", "not readable as CSV: " + e.getMessage());
        }
        return store(partner, parsed, problems, caller);
    }

    private static @Nullable String column(CSVRecord row, String name) {
        if (!row.isMapped(name) || !row.isSet(name)) {
            return null;
        }
        String value = row.get(name);
        return value.isEmpty() ? null : value;
    }

    /** A row that passed its checks. */
    private record Parsed(
            String prefix,
            String reference,
            Instant time,
            AccountRef payer,
            AccountRef payee,
            long amountMinor,
            String currency,
            String channel,
            TransferStatus status) {

        /** The same transfer, wherever in the batch it stands. */
        boolean sameTransfer(Parsed other) {
            return reference.equals(other.reference)
                    && time.equals(other.time)
                    && payer.equals(other.payer)
                    && payee.equals(other.payee)
                    && amountMinor == other.amountMinor
                    && currency.equals(other.currency)
                    && channel.equals(other.channel)
                    && status == other.status;
        }
    }

    private @Nullable Parsed parse(
            String prefix, @Nullable TransferForm form, String partnerCode, List<FieldProblem> problems) {
        if (form == null) {
            problems.add(new FieldProblem(prefix.substring(0, prefix.length() - 1), "a transfer is required"));
            return null;
        }
        int before = problems.size();
        String reference = form.transferId() == null ? null : form.transferId().strip();
        if (reference == null || !TRANSFER_ID.matcher(reference).matches()) {
            problems.add(new FieldProblem(prefix + "transferId", "1 to 64 printable ASCII characters, no spaces"));
        }
        Instant time = null;
        if (form.time() == null || form.time().isBlank()) {
            problems.add(new FieldProblem(prefix + "time", "must be given, e.g. 2026-11-20T14:30:00+08:00"));
        } else {
            try {
                time = IsoTimes.instant(form.time().strip());
                if (time.isAfter(clock.instant().plus(CLOCK_SKEW))) {
                    problems.add(new FieldProblem(prefix + "time", "is in the future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(
                        prefix + "time", "not an ISO-8601 time with an offset: '" + form.time() + "'"));
            }
        }
        AccountRef payer = AccountRef.read(
                prefix + "payerAccount",
                prefix + "payerInstitution",
                form.payerAccount(),
                form.payerInstitution(),
                partnerCode,
                problems);
        AccountRef payee = AccountRef.read(
                prefix + "payeeAccount",
                prefix + "payeeInstitution",
                form.payeeAccount(),
                form.payeeInstitution(),
                partnerCode,
                problems);
        String currency = null;
        long amount = 0;
        try {
            currency = Money.currency(prefix + "currency", form.currency());
            amount = Money.minor(prefix + "amount", form.amount(), currency, false);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String channel = form.channel() == null || form.channel().isBlank()
                ? "UNSPECIFIED"
                : form.channel().strip().toUpperCase(Locale.ROOT);
        if (!CHANNEL.matcher(channel).matches()) {
            problems.add(new FieldProblem(prefix + "channel", "1 to 24 letters, digits or _, e.g. BANK_CARD"));
        }
        TransferStatus status = TransferStatus.SUCCEEDED;
        if (form.status() != null && !form.status().isBlank()) {
            try {
                status = TransferStatus.valueOf(form.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(
                        prefix + "status", "one of " + java.util.Arrays.toString(TransferStatus.values())));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Parsed(prefix, reference, time, payer, payee, amount, currency, channel, status);
    }

    private IntakeResult store(Agency partner, List<Parsed> parsed, List<FieldProblem> problems, Caller caller) {
        Map<String, Parsed> byReference = new LinkedHashMap<>();
        int repeatedInBatch = 0;
        for (Parsed p : parsed) {
            Parsed earlier = byReference.putIfAbsent(p.reference(), p);
            if (earlier != null) {
                if (earlier.sameTransfer(p)) {
                    repeatedInBatch++;
                } else {
                    problems.add(new FieldProblem(
                            p.prefix() + "transferId",
                            "'" + p.reference() + "' appears earlier in this batch with other details"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int received = parsed.size();
        int extraRepeats = repeatedInBatch;
        Set<AccountRef> refs = new HashSet<>();
        for (Parsed p : byReference.values()) {
            refs.add(p.payer());
            refs.add(p.payee());
        }
        boolean lookUpFirst = false;
        for (int attempt = 1; ; attempt++) {
            try {
                // accounts first, in a short transaction of their own: they are only names, harmless if the batch
                // fails, and the batch's own transaction then holds no lock on them
                Map<AccountRef, Long> ids = transactions.execute(tx -> accounts.idsOf(refs, clock.instant()));
                boolean lookUp = lookUpFirst;
                IntakeResult result =
                        transactions.execute(tx -> storeNow(partner, byReference.values(), ids, lookUp, caller));
                return new IntakeResult(received, result.added(), result.repeated() + extraRepeats, result.updated());
            } catch (DuplicateKeyException | PessimisticLockingFailureException concurrentWriter) {
                // a resend (some transfers are on record already), or another request added the same accounts or
                // transfers meanwhile: go again, reading what is on record first
                lookUpFirst = true;
                if (attempt == 4) {
                    throw concurrentWriter;
                }
            }
        }
    }

    /**
     * Stores a batch in the current transaction. Most batches are new: they are inserted without reading first, and
     * a duplicate key sends the caller round again with {@code lookUpFirst}, which sorts resends from new transfers.
     */
    private IntakeResult storeNow(
            Agency partner,
            java.util.Collection<Parsed> rows,
            Map<AccountRef, Long> ids,
            boolean lookUpFirst,
            Caller caller) {
        Instant now = clock.instant();
        Map<String, StoredTransfer> existing = lookUpFirst
                ? transfers.findByReferences(
                        partner.id(), rows.stream().map(Parsed::reference).toList())
                : Map.of();
        List<StoredTransfer> added = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        int repeated = 0;
        int updated = 0;
        for (Parsed p : rows) {
            StoredTransfer t = new StoredTransfer(
                    0,
                    partner.id(),
                    p.reference(),
                    p.time(),
                    ids.get(p.payer()),
                    ids.get(p.payee()),
                    p.amountMinor(),
                    p.currency(),
                    p.channel(),
                    p.status());
            StoredTransfer known = existing.get(p.reference());
            if (known == null) {
                added.add(t);
            } else if (!known.sameAs(t)) {
                conflicts.add(p.reference());
            } else if (known.status() == t.status() || t.status().precedes(known.status())) {
                // the same, or an older state of it sent again late: nothing to change
                repeated++;
            } else if (known.status().next().contains(t.status())) {
                if (!transfers.changeStatus(known.id(), known.status(), t.status(), now)) {
                    throw new DuplicateKeyException("transfer " + known.reference() + " changed meanwhile");
                }
                updated++;
            } else {
                conflicts.add(p.reference() + " (" + known.status() + " cannot become " + t.status() + ")");
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException("transfer id(s) already on record with other details: "
                    + String.join(", ", conflicts.subList(0, Math.min(10, conflicts.size())))
                    + (conflicts.size() > 10 ? " and " + (conflicts.size() - 10) + " more" : "")
                    + "; nothing in this batch was stored");
        }
        if (!added.isEmpty()) {
            // stamped as late as possible: a replica following the database by updated_at looks back only so far
            transfers.insertAll(added, clock.instant());
        }
        if (!added.isEmpty() || updated > 0) {
            events.publishEvent(new FundsEvents.TransfersReceived(partner.id(), added.size(), updated, caller.name()));
        }
        return new IntakeResult(rows.size(), added.size(), repeated, updated);
    }

    /** A balance an institution reports for one of its accounts at a moment. */
    public record BalanceForm(
            @Nullable String account,
            @Nullable String institution,
            @Nullable String asOf,
            @Nullable String balance,
            @Nullable String currency) {}

    /** Takes a partner's balance snapshots of its own accounts; the same snapshot again is a repeat. */
    public IntakeResult receiveBalances(@Nullable List<BalanceForm> forms, Caller caller) {
        Agency partner = partner(caller);
        if (forms == null || forms.isEmpty() || forms.size() > settings.maxBatch()) {
            throw new InvalidInputException("balances", "must hold 1 to " + settings.maxBatch() + " balances");
        }
        List<FieldProblem> problems = new ArrayList<>();
        record Row(AccountRef account, Instant asOf, Money balance) {}
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            BalanceForm f = forms.get(i);
            String prefix = "balances[" + i + "].";
            int before = problems.size();
            AccountRef ref = f == null
                    ? null
                    : AccountRef.read(
                            prefix + "account",
                            prefix + "institution",
                            f.account(),
                            f.institution(),
                            partner.code(),
                            problems);
            if (ref != null && !ref.institution().equals(partner.code())) {
                problems.add(
                        new FieldProblem(prefix + "institution", "a partner reports balances of its own accounts"));
            }
            Instant asOf = null;
            Money balance = null;
            if (f != null) {
                try {
                    asOf = IsoTimes.instant(String.valueOf(f.asOf()).strip());
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(prefix + "asOf", "an ISO-8601 time with an offset"));
                }
                try {
                    String currency = Money.currency(prefix + "currency", f.currency());
                    balance = Money.of(Money.minor(prefix + "balance", f.balance(), currency, true), currency);
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (problems.size() == before && ref != null && asOf != null && balance != null) {
                rows.add(new Row(ref, asOf, balance));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    Instant now = clock.instant();
                    Map<AccountRef, Long> ids =
                            accounts.idsOf(rows.stream().map(Row::account).toList(), now);
                    Map<Long, Set<Instant>> wanted = new HashMap<>();
                    rows.forEach(r -> wanted.computeIfAbsent(ids.get(r.account()), k -> new HashSet<>())
                            .add(r.asOf()));
                    Map<Long, Map<Instant, Balance>> known = accounts.balancesAt(wanted);
                    Map<String, Balance> fresh = new LinkedHashMap<>();
                    int repeated = 0;
                    for (Row r : rows) {
                        long id = ids.get(r.account());
                        Balance b = new Balance(id, r.asOf(), r.balance(), partner.id());
                        Balance same = known.getOrDefault(id, Map.of()).get(r.asOf());
                        if (same == null) {
                            same = fresh.putIfAbsent(id + "@" + r.asOf(), b);
                        }
                        if (same != null) {
                            if (!same.balance().equals(b.balance())) {
                                throw new ConflictException("a different balance of " + r.account() + " at " + r.asOf()
                                        + " is on record or in this batch; nothing in it was stored");
                            }
                            repeated++;
                        }
                    }
                    accounts.insertBalances(List.copyOf(fresh.values()), now);
                    return new IntakeResult(rows.size(), fresh.size(), repeated, 0);
                });
            } catch (DuplicateKeyException concurrentWriter) {
                if (attempt == 3) {
                    throw concurrentWriter;
                }
            }
        }
    }

    /** A transfer as the API shows it. */
    public record TransferView(
            long id,
            String partner,
            String transferId,
            Instant time,
            AccountRef payer,
            AccountRef payee,
            Money amount,
            String channel,
            TransferStatus status) {

        TransferView withPayer(AccountRef shown) {
            return new TransferView(id, partner, transferId, time, shown, payee, amount, channel, status);
        }
    }

    /**
     * The transfers into and out of an account in a window, newest first (centres). Those who paid into it are
     * victims as often as not: masked, or in clear with a {@code reason} (see {@link Payers}); the account itself and
     * those it paid stay in clear.
     */
    public Page<TransferView> ofAccount(
            AccountRef account,
            @Nullable Instant from,
            @Nullable Instant to,
            int page,
            int size,
            @Nullable String reason,
            Caller caller) {
        caller.require(Permission.TRACE);
        String why = Payers.reason(reason, caller);
        Page.check(page, size, 500);
        long id = accounts.find(account)
                .orElseThrow(() -> new NotFoundException("no transfer on record touches " + account));
        List<TransferView> shown = views(transfers.page(id, null, from, to, page, size)).stream()
                .map(t -> t.payer().equals(account) ? t : t.withPayer(Payers.shown(t.payer(), why)))
                .toList();
        if (why != null) {
            payers.revealed("account-transfers", account.toString(), caller, why);
        }
        return new Page<>(shown, page, size, transfers.count(id, null, from, to));
    }

    /** The partner's own transfers in a window, newest first. */
    public Page<TransferView> ofPartner(
            @Nullable Instant from, @Nullable Instant to, int page, int size, Caller caller) {
        Agency partner = partner(caller);
        Page.check(page, size, 500);
        return new Page<>(
                views(transfers.page(null, partner.id(), from, to, page, size)),
                page,
                size,
                transfers.count(null, partner.id(), from, to));
    }

    List<TransferView> views(List<StoredTransfer> stored) {
        Set<Long> ids = new HashSet<>();
        stored.forEach(t -> {
            ids.add(t.payerId());
            ids.add(t.payeeId());
        });
        Map<Long, AccountRef> refs = accounts.refs(ids);
        Map<Long, String> partners = new HashMap<>();
        return stored.stream()
                .map(t -> new TransferView(
                        t.id(),
                        partners.computeIfAbsent(
                                t.partnerId(), p -> agencies.get(p).code()),
                        t.reference(),
                        t.occurredAt(),
                        refs.get(t.payerId()),
                        refs.get(t.payeeId()),
                        Money.of(t.amountMinor(), t.currency()),
                        t.channel(),
                        t.status()))
                .toList();
    }

    /** The partner company the caller speaks for, or 403. */
    Agency partner(Caller caller) {
        caller.require(Permission.TRANSFERS_SEND);
        Agency agency = agencies.get(caller.requireAgency());
        if (agency.kind() != AgencyKind.PARTNER) {
            throw new org.springframework.security.access.AccessDeniedException("only partners send transfers");
        }
        return agency;
    }
}
