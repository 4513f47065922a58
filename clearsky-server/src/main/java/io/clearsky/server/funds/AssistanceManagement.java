package io.clearsky.server.funds;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.ConflictException;
import io.clearsky.server.Identifiers;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.cases.CaseManagement;
import io.clearsky.server.funds.internal.AssistanceRequests;
import io.clearsky.server.funds.internal.AssistanceRequests.Stored;
import io.clearsky.server.funds.internal.WebhookOutbox;
import io.clearsky.server.registry.RegistryManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Assistance requests (协查): a centre asks a partner about an account or a phone number (the holder, transfers in a
 * window, bound phone numbers, devices) with a deadline; the partner answers with structured data and files.
 * Overdue requests show as such to both. The transfers of an answer join the transfer record, so the next trace
 * follows them; its bound phone numbers reach the registry as the partner's detections.
 */
@Service
public class AssistanceManagement {

    private static final Logger log = LoggerFactory.getLogger(AssistanceManagement.class);
    private static final Set<String> ASKS = Set.of("HOLDER", "TRANSFERS", "BOUND_PHONES", "DEVICES");
    private static final int MAX_FILES = 10;
    private static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final int MAX_LIST = 1000;

    private final AssistanceRequests requests;
    private final TransferManagement transfers;
    private final AgencyManagement agencies;
    private final CaseManagement cases;
    private final RegistryManagement registry;
    private final WebhookOutbox webhooks;
    private final FundsSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    AssistanceManagement(
            AssistanceRequests requests,
            TransferManagement transfers,
            AgencyManagement agencies,
            CaseManagement cases,
            RegistryManagement registry,
            WebhookOutbox webhooks,
            FundsSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            ObjectMapper json,
            Clock clock) {
        this.requests = requests;
        this.transfers = transfers;
        this.agencies = agencies;
        this.cases = cases;
        this.registry = registry;
        this.webhooks = webhooks;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** A request made, and whether it was made before under the same idempotency key. */
    public record Made(AssistanceView request, boolean repeated) {}

    /** A centre asks a partner; a retry under the same Idempotency-Key returns the first request. */
    public Made request(@Nullable AssistanceForm form, @Nullable String idempotencyKey, Caller caller) {
        caller.require(Permission.ORDERS_ISSUE);
        long agency = caller.requireAgency();
        if (form == null) {
            throw new InvalidInputException("body", "a request is required");
        }
        Checks.idempotencyKey(idempotencyKey);
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        Agency partner = null;
        if (form.partner() == null || form.partner().isBlank()) {
            problems.add(new FieldProblem("partner", "the code of the partner asked"));
        } else {
            partner = agencies.findByCode(form.partner().strip().toLowerCase(Locale.ROOT))
                    .filter(a -> a.kind() == AgencyKind.PARTNER)
                    .orElse(null);
            if (partner == null) {
                problems.add(new FieldProblem("partner", "no partner '" + form.partner() + "' on ClearSky"));
            }
        }
        String kind =
                form.subjectKind() == null ? "" : form.subjectKind().strip().toUpperCase(Locale.ROOT);
        String subject = null;
        if (kind.equals("ACCOUNT")) {
            AccountRef account = AccountRef.read(
                    "subject",
                    "institution",
                    form.subject(),
                    form.institution(),
                    partner == null ? null : partner.code(),
                    problems);
            subject = account == null ? null : account.toString();
        } else if (kind.equals("PHONE_NUMBER")) {
            try {
                subject = Identifiers.parse("subject", IndicatorKind.PHONE_NUMBER, form.subject(), null)
                        .value();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        } else {
            problems.add(new FieldProblem("subjectKind", "ACCOUNT or PHONE_NUMBER"));
        }
        List<String> asks = new ArrayList<>();
        if (form.asks() == null || form.asks().isEmpty()) {
            problems.add(new FieldProblem("asks", "one or more of " + ASKS));
        } else {
            for (String ask : form.asks()) {
                String a = ask == null ? "" : ask.strip().toUpperCase(Locale.ROOT);
                if (!ASKS.contains(a)) {
                    problems.add(new FieldProblem("asks", "'" + ask + "' is not one of " + ASKS));
                } else if (!asks.contains(a)) {
                    asks.add(a);
                }
            }
        }
        Instant from = null;
        Instant to = null;
        try {
            from = form.from() == null ? null : TraceManagement.time("from", form.from(), now);
            to = form.to() == null ? null : TraceManagement.time("to", form.to(), now);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (asks.contains("TRANSFERS") && (from == null || to == null || !from.isBefore(to))) {
            problems.add(new FieldProblem("from", "TRANSFERS needs a window: from before to"));
        }
        Instant deadline = now.plus(settings.assistanceDeadline());
        try {
            if (form.deadline() != null) {
                deadline = TraceManagement.time("deadline", form.deadline(), now);
                if (!deadline.isAfter(now)) {
                    problems.add(new FieldProblem("deadline", "must be in the future"));
                }
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", "at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (form.caseId() != null) {
            try {
                cases.get(form.caseId(), caller);
            } catch (NotFoundException e) {
                throw new InvalidInputException("caseId", "no case " + form.caseId() + " of your centre");
            }
        }
        Stored request = new Stored(
                0,
                "",
                agency,
                partner.id(),
                form.caseId(),
                kind,
                subject,
                asks,
                from,
                to,
                note,
                caller.name(),
                now,
                deadline,
                AssistanceStatus.OPEN,
                null,
                null,
                null,
                null,
                Checks.hash(partner.id(), kind, subject, asks, from, to, form.deadline(), form.caseId(), note));
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    if (idempotencyKey != null) {
                        Optional<Stored> earlier = requests.findByKey(agency, idempotencyKey);
                        if (earlier.isPresent()) {
                            if (!request.requestHash().equals(earlier.get().requestHash())) {
                                throw new ConflictException(
                                        "Idempotency-Key " + idempotencyKey + " was used for another request");
                            }
                            return new Made(view(earlier.get()), true);
                        }
                    }
                    Stored made = requests.insert(request, idempotencyKey);
                    changed(
                            made,
                            "REQUESTED",
                            made.subjectKind() + " " + made.subject() + ": " + asks + ", due " + made.deadline(),
                            caller.name());
                    return new Made(view(made), false);
                });
            } catch (DuplicateKeyException concurrentRetry) {
                if (attempt == 3) {
                    throw concurrentRetry;
                }
            }
        }
    }

    /** A request the caller made (its centre) or was asked (its partner). */
    public AssistanceView get(long id, Caller caller) {
        return view(visible(id, caller));
    }

    /** A centre's requests, or a partner's inbox; open ones first by deadline. */
    public Page<AssistanceView> page(
            @Nullable AssistanceStatus status, boolean overdueOnly, int page, int size, Caller caller) {
        caller.require(Permission.ORDERS_READ);
        Page.check(page, size, 200);
        Checks.Scope scope = Checks.Scope.of(caller);
        Instant now = clock.instant();
        return new Page<>(
                requests.page(scope.agencies(), scope.partnerId(), status, overdueOnly, now, page, size).stream()
                        .map(this::view)
                        .toList(),
                page,
                size,
                requests.count(scope.agencies(), scope.partnerId(), status, overdueOnly, now));
    }

    /**
     * The partner answers. Its transfers join the transfer record first (idempotent, so a retried answer repeats
     * them harmlessly); then the answer is stored with its files. The same answer again returns the request as it
     * is; another answer to an answered request is a 409.
     */
    public AssistanceView answer(long id, @Nullable AnswerForm form, Caller caller) {
        caller.require(Permission.ORDERS_EXECUTE);
        long partner = caller.requireAgency();
        if (form == null) {
            throw new InvalidInputException("body", "an answer is required");
        }
        Stored request = requests.find(id)
                .filter(r -> r.partnerId() == partner)
                .orElseThrow(() -> new NotFoundException("assistance request", id));
        List<FieldProblem> problems = new ArrayList<>();
        AnswerForm.Holder holder = holder(form.holder(), problems);
        List<String> phones = new ArrayList<>();
        List<String> boundPhones = form.boundPhones() == null ? List.of() : form.boundPhones();
        if (boundPhones.size() > MAX_LIST) {
            problems.add(new FieldProblem("boundPhones", "at most " + MAX_LIST));
        } else {
            for (int i = 0; i < boundPhones.size(); i++) {
                try {
                    phones.add(Identifiers.parse(
                                    "boundPhones[" + i + "]", IndicatorKind.PHONE_NUMBER, boundPhones.get(i), null)
                            .value());
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        List<AnswerForm.Device> devices = new ArrayList<>();
        List<AnswerForm.Device> givenDevices = form.devices() == null ? List.of() : form.devices();
        for (int i = 0; i < givenDevices.size() && i <= MAX_LIST; i++) {
            AnswerForm.Device d = givenDevices.get(i);
            String kind = d == null || d.kind() == null ? "" : d.kind().strip().toUpperCase(Locale.ROOT);
            String deviceId = d == null || d.id() == null ? "" : d.id().strip();
            if (!kind.matches("[A-Z0-9_]{2,24}")) {
                problems.add(new FieldProblem("devices[" + i + "].kind", "e.g. IMEI, IDFA, OAID, ANDROID_ID"));
            } else if (deviceId.isEmpty() || deviceId.length() > 128) {
                problems.add(new FieldProblem("devices[" + i + "].id", "1 to 128 characters"));
            } else {
                devices.add(new AnswerForm.Device(kind, deviceId));
            }
        }
        List<AnswerForm.FileForm> files = form.files() == null ? List.of() : form.files();
        List<byte[]> contents = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            problems.add(new FieldProblem("files", "at most " + MAX_FILES));
        } else {
            for (int i = 0; i < files.size(); i++) {
                AnswerForm.FileForm f = files.get(i);
                String prefix = "files[" + i + "].";
                if (f == null
                        || f.name() == null
                        || f.name().isBlank()
                        || f.name().length() > 200) {
                    problems.add(new FieldProblem(prefix + "name", "1 to 200 characters"));
                    continue;
                }
                if (f.contentType() == null || !f.contentType().matches("[\\w.+-]+/[\\w.+-]+")) {
                    problems.add(new FieldProblem(prefix + "contentType", "a media type, e.g. application/pdf"));
                    continue;
                }
                try {
                    byte[] bytes = Base64.getMimeDecoder().decode(String.valueOf(f.content()));
                    if (bytes.length == 0 || bytes.length > MAX_FILE_BYTES) {
                        problems.add(new FieldProblem(prefix + "content", "1 byte to 10 MiB"));
                    }
                    contents.add(bytes);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(prefix + "content", "not base64"));
                }
            }
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        if (note != null && note.length() > 2000) {
            problems.add(new FieldProblem("note", "at most 2000 characters"));
        }
        List<TransferForm> transferForms = form.transfers() == null ? List.of() : form.transfers();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String answerHash = Checks.hash(json.writeValueAsString(form));
        if (request.status() == AssistanceStatus.ANSWERED) {
            if (answerHash.equals(request.answerHash())) {
                return view(request);
            }
            throw new ConflictException("request " + request.requestNo() + " was answered already");
        }
        if (request.status() != AssistanceStatus.OPEN) {
            throw new ConflictException("request " + request.requestNo() + " was " + request.status());
        }
        if (!transferForms.isEmpty()) {
            try {
                transfers.receive(transferForms, caller);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problems());
            }
        }
        AssistanceView.Answer answer = new AssistanceView.Answer(
                holder,
                transferForms.size(),
                List.copyOf(new LinkedHashSet<>(phones)),
                devices,
                List.of(),
                note,
                caller.name());
        return transactions.execute(tx -> {
            Instant now = clock.instant();
            if (!requests.answer(id, caller.name(), json.writeValueAsString(answer), answerHash, now)) {
                Stored meanwhile = requests.find(id).orElseThrow();
                if (answerHash.equals(meanwhile.answerHash())) {
                    return view(meanwhile);
                }
                throw new ConflictException("request " + request.requestNo() + " was answered meanwhile");
            }
            for (int i = 0; i < contents.size(); i++) {
                requests.addFile(
                        id, i, files.get(i).name().strip(), files.get(i).contentType(), contents.get(i));
            }
            Stored answered = requests.find(id).orElseThrow();
            changed(
                    answered,
                    "ANSWERED",
                    answer.transfers() + " transfer(s), " + answer.boundPhones().size()
                            + " phone number(s), " + devices.size() + " device(s), " + contents.size() + " file(s)"
                            + (now.isAfter(answered.deadline()) ? ", after the deadline" : ""),
                    caller.name());
            if (!answer.boundPhones().isEmpty()) {
                events.publishEvent(
                        new FundsEvents.NumbersFedBack(id, answered.requestNo(), partner, answer.boundPhones()));
            }
            return view(answered);
        });
    }

    /** The centre withdraws an open request. */
    public AssistanceView withdraw(long id, Caller caller) {
        caller.require(Permission.ORDERS_ISSUE);
        return transactions.execute(tx -> {
            Stored request = requests.find(id)
                    .filter(r -> caller.mayActFor(r.agencyId()))
                    .orElseThrow(() -> new NotFoundException("assistance request", id));
            if (request.status() == AssistanceStatus.WITHDRAWN) {
                return view(request);
            }
            if (!requests.withdraw(id)) {
                throw new ConflictException("request " + request.requestNo() + " was " + request.status());
            }
            Stored withdrawn = requests.find(id).orElseThrow();
            changed(withdrawn, "WITHDRAWN", "", caller.name());
            return view(withdrawn);
        });
    }

    /** A file of an answer. */
    public AssistanceRequests.FileContent file(long id, int position, Caller caller) {
        visible(id, caller);
        return requests.file(id, position).orElseThrow(() -> new NotFoundException("file " + position + " of " + id));
    }

    /**
     * The phone numbers an answer fed back become the partner's detections in the registry. Each number is its own
     * registry transaction, so one the registry refuses (an official number) does not hold up the others.
     */
    @AfterCommitListener
    void on(FundsEvents.NumbersFedBack fed) {
        Caller partner = new Caller("assistance:" + fed.requestNo(), Role.PARTNER, fed.partnerId());
        for (String number : fed.numbers()) {
            try {
                registry.report(
                        new Identifier(IndicatorKind.PHONE_NUMBER, number),
                        "assistance:" + fed.requestNo(),
                        IndicatorSource.PARTNER_DETECTION,
                        null,
                        partner);
            } catch (ConflictException | InvalidInputException refused) {
                // an official number, or one the registry will not take: the answer keeps it, the registry does not
                log.info("Registry refused {} from {}: {}", number, fed.requestNo(), refused.getMessage());
            }
        }
    }

    private AnswerForm.@Nullable Holder holder(AnswerForm.@Nullable Holder holder, List<FieldProblem> problems) {
        if (holder == null) {
            return null;
        }
        String name = holder.name() == null ? null : holder.name().strip();
        if (name != null && (name.isEmpty() || name.length() > 100)) {
            problems.add(new FieldProblem("holder.name", "1 to 100 characters"));
        }
        String idNumber =
                holder.idNumber() == null ? null : holder.idNumber().strip().toUpperCase(Locale.ROOT);
        if (idNumber != null && !idNumber.matches("[0-9A-Z]{6,32}")) {
            problems.add(new FieldProblem("holder.idNumber", "6 to 32 letters and digits"));
        }
        String phone = null;
        if (holder.phone() != null) {
            try {
                phone = Identifiers.parse("holder.phone", IndicatorKind.PHONE_NUMBER, holder.phone(), null)
                        .value();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return new AnswerForm.Holder(name, idNumber, phone);
    }

    private Stored visible(long id, Caller caller) {
        caller.require(Permission.ORDERS_READ);
        Stored request = requests.find(id).orElseThrow(() -> new NotFoundException("assistance request", id));
        if (!Checks.sees(caller, request.agencyId(), request.partnerId())) {
            throw new NotFoundException("assistance request", id);
        }
        return request;
    }

    private void changed(Stored request, String action, String detail, String actor) {
        events.publishEvent(new FundsEvents.AssistanceChanged(
                request.id(), request.requestNo(), action, request.agencyId(), request.partnerId(), detail, actor));
        webhooks.enqueue(
                request.partnerId(), "assistance." + action.toLowerCase(Locale.ROOT), view(request), clock.instant());
    }

    AssistanceView view(Stored r) {
        Instant now = clock.instant();
        boolean overdue = r.status() == AssistanceStatus.OPEN
                ? now.isAfter(r.deadline())
                : r.answeredAt() != null && r.answeredAt().isAfter(r.deadline());
        AssistanceView.Answer answer = null;
        if (r.answer() != null) {
            AssistanceView.Answer stored = json.readValue(r.answer(), AssistanceView.Answer.class);
            answer = new AssistanceView.Answer(
                    stored.holder(),
                    stored.transfers(),
                    stored.boundPhones(),
                    stored.devices(),
                    requests.files(r.id()).stream()
                            .map(f -> new AssistanceView.File(f.position(), f.name(), f.contentType(), f.size()))
                            .toList(),
                    stored.note(),
                    stored.answeredBy());
        }
        return new AssistanceView(
                r.id(),
                r.requestNo(),
                r.agencyId(),
                r.partnerId(),
                r.caseId(),
                r.subjectKind(),
                r.subject(),
                r.asks(),
                r.from(),
                r.to(),
                r.note(),
                r.requestedBy(),
                r.requestedAt(),
                r.deadline(),
                r.status(),
                overdue,
                r.answeredAt(),
                answer);
    }
}
