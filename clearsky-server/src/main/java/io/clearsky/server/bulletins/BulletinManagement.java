package io.clearsky.server.bulletins;

import io.clearsky.core.IsoTimes;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.region.Boundaries;
import io.clearsky.core.region.Boundaries.Division;
import io.clearsky.core.region.RegionCode;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.TooManyRequestsException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.bulletins.BulletinEvents.BulletinPublished;
import io.clearsky.server.bulletins.BulletinEvents.BulletinWithdrawn;
import io.clearsky.server.bulletins.internal.Bulletins;
import io.clearsky.server.bulletins.internal.Bulletins.Stored;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing, withdrawing and listing a centre's bulletins, and delivering the active ones to partners' phone apps
 * once per subscriber. What delivery stores is described in docs/bulletins.md: a keyed hash per delivered bulletin,
 * deleted when the bulletin ends or is withdrawn.
 */
@Service
public class BulletinManagement {

    // rounds a delivery is run again when a concurrent request for the same subscriber marked a bulletin first
    private static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(BulletinManagement.class);

    /** The longest a bulletin may run. */
    public static final Duration MAX_RUN = Duration.ofDays(366);

    static final int MAX_TITLE = 100;
    static final int MAX_BODY = 2000;
    static final int MAX_SUBSCRIBER = 128;
    static final int MAX_REQUEST_ID = 128;

    private final Bulletins bulletins;
    private final AgencyManagement agencies;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Boundaries boundaries = Boundaries.shipped();
    private final Set<String> knownPrefixes = new LinkedHashSet<>();
    private volatile byte @Nullable [] secret;

    BulletinManagement(
            Bulletins bulletins,
            AgencyManagement agencies,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.bulletins = bulletins;
        this.agencies = agencies;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        for (Division division : boundaries.divisions()) {
            String code = division.code().code();
            knownPrefixes.add(code.substring(0, 2));
            knownPrefixes.add(code.substring(0, 4));
        }
    }

    /** What a centre publishes; times are ISO-8601 with an offset. */
    public record BulletinForm(
            @Nullable Long agencyId,
            @Nullable String regionCode,
            @Nullable String scamType,
            @Nullable String titleZh,
            @Nullable String titleEn,
            @Nullable String bodyZh,
            @Nullable String bodyEn,
            @Nullable String startsAt,
            @Nullable String endsAt) {}

    /**
     * A partner's report that a subscriber entered a region: a region code or a WGS-84 coordinate.
     *
     * @param subscriber the partner's own id of the subscriber (1 to 128 characters); only a keyed hash is kept
     * @param requestId the partner's id of this request; a retry with the same id gets the same bulletins (the
     *     {@code Idempotency-Key} header does the same)
     */
    public record EntryForm(
            @Nullable String subscriber,
            @Nullable String regionCode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String requestId) {}

    /** A partner's report that its subscriber read a bulletin. */
    public record ReadForm(@Nullable String subscriber) {}

    /** The answer to a read report: whether it counted (a second report of the same read does not). */
    public record ReadCounted(long bulletinId, boolean counted) {}

    /** A page of bulletins. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** Publishes a bulletin for a region the caller's centre oversees. */
    public BulletinView publish(@Nullable BulletinForm form, Caller caller) {
        caller.require(Permission.BULLETINS_PUBLISH);
        if (form == null) {
            throw new InvalidInputException(
                    "body", "a bulletin: regionCode, scamType, titles, bodies, startsAt, endsAt");
        }
        long agencyId = publisher(form.agencyId(), caller);
        Agency agency = agencies.get(agencyId);
        List<FieldProblem> problems = new ArrayList<>();
        RegionCode region = null;
        try {
            region = RegionCode.parse(required(form.regionCode()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("regionCode", e.getMessage()));
        }
        ScamType scamType = null;
        try {
            scamType = ScamType.parse(required(form.scamType()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("scamType", e.getMessage()));
        }
        String titleZh = text("titleZh", form.titleZh(), MAX_TITLE, problems);
        String titleEn = text("titleEn", form.titleEn(), MAX_TITLE, problems);
        String bodyZh = text("bodyZh", form.bodyZh(), MAX_BODY, problems);
        String bodyEn = text("bodyEn", form.bodyEn(), MAX_BODY, problems);
        Instant now = clock.instant();
        Instant starts = time("startsAt", form.startsAt(), now, problems);
        Instant ends = time("endsAt", form.endsAt(), null, problems);
        if (starts != null && ends != null) {
            if (!ends.isAfter(starts)) {
                problems.add(new FieldProblem("endsAt", "must be after startsAt"));
            } else if (!ends.isAfter(now)) {
                problems.add(new FieldProblem("endsAt", "must be in the future"));
            } else if (Duration.between(starts, ends).compareTo(MAX_RUN) > 0) {
                problems.add(new FieldProblem("endsAt", "a bulletin runs at most 366 days"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!covers(agency, region)) {
            throw new AccessDeniedException(
                    agency.nameEn() + " does not oversee region " + region + ": a centre publishes for its own region");
        }
        RegionCode checkedRegion = region;
        ScamType checkedType = scamType;
        Instant checkedStarts = starts;
        Instant checkedEnds = ends;
        Stored stored = transactions.execute(tx -> {
            Stored b = bulletins.insert(
                    new Bulletins.New(
                            agencyId,
                            checkedRegion.code(),
                            checkedType.name(),
                            titleZh,
                            titleEn,
                            bodyZh,
                            bodyEn,
                            checkedStarts,
                            checkedEnds),
                    caller.name(),
                    now);
            events.publishEvent(new BulletinPublished(
                    b.id(), agencyId, b.regionCode(), b.scamType(), b.startsAt() + " to " + b.endsAt(), caller.name()));
            return b;
        });
        return view(stored, now);
    }

    /** Withdraws a bulletin: it is delivered no more and its delivery markers are deleted at once. */
    public BulletinView withdraw(long id, Caller caller) {
        caller.require(Permission.BULLETINS_PUBLISH);
        Stored found = visible(id, caller);
        Instant now = clock.instant();
        Stored after = transactions.execute(tx -> {
            if (bulletins.withdraw(found.id(), caller.name(), now)) {
                int purged = bulletins.purgeMarkers(found.id());
                events.publishEvent(new BulletinWithdrawn(found.id(), found.agencyId(), purged, caller.name()));
            }
            return bulletins.find(found.id()).orElseThrow();
        });
        return view(after, now);
    }

    /** One bulletin of the caller's centres. */
    public BulletinView get(long id, Caller caller) {
        caller.require(Permission.BULLETINS_READ);
        return view(visible(id, caller), clock.instant());
    }

    /**
     * The bulletins of the caller's centres (all for an admin), newest first: in or covering a region, of a status
     * (ACTIVE, SCHEDULED, ENDED, WITHDRAWN) and a scam type.
     */
    public Page<BulletinView> list(
            @Nullable String region,
            @Nullable String status,
            @Nullable String scamType,
            int page,
            int size,
            Caller caller) {
        caller.require(Permission.BULLETINS_READ);
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be 1 to 500");
        }
        String prefix = null;
        if (region != null && !region.isBlank()) {
            try {
                prefix = RegionCode.parse(region).prefix();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("region", e.getMessage());
            }
        }
        String wantedStatus = null;
        if (status != null && !status.isBlank()) {
            wantedStatus = status.strip().toUpperCase(Locale.ROOT);
            if (!List.of("ACTIVE", "SCHEDULED", "ENDED", "WITHDRAWN").contains(wantedStatus)) {
                throw new InvalidInputException("status", "ACTIVE, SCHEDULED, ENDED or WITHDRAWN");
            }
        }
        String wantedType = null;
        if (scamType != null && !scamType.isBlank()) {
            try {
                wantedType = ScamType.parse(scamType).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("scamType", e.getMessage());
            }
        }
        Instant now = clock.instant();
        Set<Long> visible = caller.visibleAgencies();
        List<BulletinView> items =
                bulletins.list(visible, prefix, wantedStatus, wantedType, now, (long) page * size, size).stream()
                        .map(b -> view(b, now))
                        .toList();
        return new Page<>(items, page, size, bulletins.count(visible, prefix, wantedStatus, wantedType, now));
    }

    /**
     * A subscriber of the calling partner entered a region: the active bulletins covering it that the subscriber was
     * not shown yet, each counted as delivered. A retry with the same request id gets the same bulletins again.
     */
    public Delivery deliver(@Nullable EntryForm form, @Nullable String idempotencyKey, Caller caller) {
        caller.require(Permission.BULLETINS_DELIVER);
        long partner = caller.requireAgency();
        if (form == null) {
            throw new InvalidInputException("body", "subscriber and a regionCode or latitude and longitude");
        }
        String subscriber = form.subscriber() == null ? "" : form.subscriber().strip();
        if (subscriber.isEmpty() || subscriber.length() > MAX_SUBSCRIBER) {
            throw new InvalidInputException("subscriber", "the partner's id of the subscriber, 1 to 128 characters");
        }
        boolean fromHeader = idempotencyKey != null && !idempotencyKey.isBlank();
        String requestId = fromHeader ? idempotencyKey : form.requestId();
        if (requestId != null && (requestId.isBlank() || requestId.length() > MAX_REQUEST_ID)) {
            throw new InvalidInputException(fromHeader ? "Idempotency-Key" : "requestId", "1 to 128 characters");
        }
        String county;
        String resolution;
        if (form.regionCode() != null) {
            if (form.latitude() != null || form.longitude() != null) {
                throw new InvalidInputException("regionCode", "send a region code or a coordinate, not both");
            }
            county = knownRegion(form.regionCode()).code();
            resolution = "REGION_CODE";
        } else {
            Division division = locate(form.latitude(), form.longitude());
            county = division.code().code();
            resolution = division.code().level() == RegionCode.Level.COUNTY ? "DISTRICT" : "CITY";
        }
        secret(); // made or read before the transaction, which it must not share
        List<String> covering =
                List.of(county.substring(0, 2) + "0000", county.substring(0, 4) + "00", county.substring(0, 6));
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                List<Delivery.Item> shown =
                        transactions.execute(tx -> deliver(partner, subscriber, requestId, covering, now));
                return new Delivery(county, resolution, shown);
            } catch (DuplicateKeyException | PessimisticLockingFailureException concurrent) {
                // the same subscriber entered at once through another request, which marked it first: run again to
                // see what is left to show; an app's retry storm gets a 429 rather than an error after a few rounds
                if (attempt == MAX_ATTEMPTS) {
                    throw new TooManyRequestsException(
                            "the same subscriber is being delivered to by concurrent requests; try again",
                            Duration.ofSeconds(1));
                }
            }
        }
    }

    private List<Delivery.Item> deliver(
            long partner, String subscriber, @Nullable String requestId, List<String> covering, Instant now) {
        List<Delivery.Item> shown = new ArrayList<>();
        for (Stored b : bulletins.activeIn(new LinkedHashSet<>(covering), now)) {
            String subscriberKey = key(b.id(), partner, "subscriber", subscriber);
            String requestKey = requestId == null ? null : key(b.id(), partner, "request", requestId);
            Optional<Optional<String>> marker = bulletins.marker(b.id(), subscriberKey);
            if (marker.isEmpty()) {
                if (!bulletins.countDelivery(b.id(), now)) {
                    continue; // withdrawn or ended since it was read
                }
                bulletins.mark(b.id(), subscriberKey, requestKey);
            } else if (requestKey == null
                    || !marker.get().map(requestKey::equals).orElse(false)) {
                continue; // shown before, by another request
            }
            shown.add(new Delivery.Item(
                    b.id(),
                    b.regionCode(),
                    b.scamType(),
                    new Tips.Text(b.titleZh(), b.titleEn()),
                    new Tips.Text(b.bodyZh(), b.bodyEn()),
                    b.endsAt(),
                    Tips.path(ScamType.valueOf(b.scamType()))));
        }
        return shown;
    }

    /** The calling partner's subscriber read a bulletin it was shown; counted once per subscriber. */
    public ReadCounted read(long id, @Nullable ReadForm form, Caller caller) {
        caller.require(Permission.BULLETINS_DELIVER);
        long partner = caller.requireAgency();
        String subscriber = form == null || form.subscriber() == null
                ? ""
                : form.subscriber().strip();
        if (subscriber.isEmpty() || subscriber.length() > MAX_SUBSCRIBER) {
            throw new InvalidInputException("subscriber", "the partner's id of the subscriber, 1 to 128 characters");
        }
        bulletins.find(id).orElseThrow(() -> new NotFoundException("bulletin", id));
        secret();
        String subscriberKey = key(id, partner, "subscriber", subscriber);
        Boolean counted = transactions.execute(tx -> {
            if (bulletins.marker(id, subscriberKey).isEmpty()) {
                throw new NotFoundException("bulletin " + id + " was not delivered to this subscriber, or it has ended"
                        + " or was withdrawn");
            }
            if (bulletins.markRead(id, subscriberKey)) {
                bulletins.countRead(id);
                return true;
            }
            return false;
        });
        return new ReadCounted(id, Boolean.TRUE.equals(counted));
    }

    /** Deletes the delivery markers of bulletins that ended; a withdrawn one's go at once, this catches the rest. */
    @Scheduled(fixedDelayString = "${clearsky.bulletins.purge-every:PT1M}", initialDelay = 10_000)
    public void purgeEnded() {
        try {
            Integer purged = transactions.execute(tx -> bulletins.purgeEndedMarkers(clock.instant()));
            log.debug("{} delivery markers of ended or withdrawn bulletins deleted", purged);
        } catch (RuntimeException e) {
            log.warn("Could not purge the delivery markers of ended bulletins", e);
        }
    }

    /** How many delivery markers a bulletin has: what the privacy statement promises to delete. */
    public long markers(long id) {
        return bulletins.markers(id);
    }

    /** The shipped boundary table the coordinates are mapped with. */
    public Boundaries boundaries() {
        return boundaries;
    }

    private Division locate(@Nullable Double latitude, @Nullable Double longitude) {
        List<FieldProblem> problems = new ArrayList<>();
        if (latitude == null && longitude == null) {
            throw new InvalidInputException("regionCode", "a region code, or a latitude and a longitude (WGS-84)");
        }
        if (latitude == null) {
            problems.add(new FieldProblem("latitude", "required with a longitude"));
        } else if (!(latitude >= -90 && latitude <= 90)) {
            problems.add(new FieldProblem("latitude", "must be between -90 and 90 (WGS-84 degrees)"));
        }
        if (longitude == null) {
            problems.add(new FieldProblem("longitude", "required with a latitude"));
        } else if (!(longitude >= -180 && longitude <= 180)) {
            problems.add(new FieldProblem("longitude", "must be between -180 and 180 (WGS-84 degrees)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return boundaries.locate(latitude, longitude).orElseThrow(() -> {
            String message = "the point lies outside every boundary ClearSky ships (China's cities, the districts of"
                    + " its municipalities, Hong Kong, Macao and Taiwan): at sea or abroad";
            return new InvalidInputException(
                    List.of(new FieldProblem("latitude", message), new FieldProblem("longitude", message)));
        });
    }

    private RegionCode knownRegion(String text) {
        RegionCode code;
        try {
            code = RegionCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("regionCode", "unknown region: " + e.getMessage());
        }
        String prefix = code.level() == RegionCode.Level.PROVINCE
                ? code.code().substring(0, 2)
                : code.code().substring(0, 4);
        if (!knownPrefixes.contains(prefix)) {
            throw new InvalidInputException(
                    "regionCode", "unknown region " + code + ": no such province or city in GB/T 2260 as shipped");
        }
        return code;
    }

    private long publisher(@Nullable Long agencyId, Caller caller) {
        if (caller.seesAll()) {
            if (agencyId == null) {
                throw new InvalidInputException("agencyId", "the centre the bulletin is published for");
            }
            Agency agency = agencies.find(agencyId)
                    .orElseThrow(() -> new InvalidInputException("agencyId", "no agency " + agencyId));
            if (agency.kind() != AgencyKind.POLICE_CENTRE) {
                throw new InvalidInputException("agencyId", "bulletins are a centre's");
            }
            return agencyId;
        }
        long own = caller.requireAgency();
        if (agencyId != null && agencyId != own && !caller.mayActFor(agencyId)) {
            throw new AccessDeniedException("another centre's bulletins");
        }
        return agencyId == null ? own : agencyId;
    }

    private static boolean covers(Agency agency, RegionCode region) {
        if (agency.kind() != AgencyKind.POLICE_CENTRE) {
            return false;
        }
        if (agency.regionCode() == null) {
            return true; // the national centre
        }
        try {
            return RegionCode.parse(agency.regionCode()).covers(region);
        } catch (IllegalArgumentException notARegion) {
            return false;
        }
    }

    private Stored visible(long id, Caller caller) {
        Stored b = bulletins.find(id).orElseThrow(() -> new NotFoundException("bulletin", id));
        if (!caller.mayActFor(b.agencyId())) {
            throw new NotFoundException("bulletin", id);
        }
        return b;
    }

    private static BulletinView view(Stored b, Instant now) {
        return new BulletinView(
                b.id(),
                b.agencyId(),
                b.regionCode(),
                b.scamType(),
                new Tips.Text(b.titleZh(), b.titleEn()),
                new Tips.Text(b.bodyZh(), b.bodyEn()),
                b.startsAt(),
                b.endsAt(),
                status(b, now),
                b.publishedBy(),
                b.publishedAt(),
                b.withdrawnBy(),
                b.withdrawnAt(),
                b.deliveries(),
                b.reads(),
                Tips.path(ScamType.valueOf(b.scamType())));
    }

    static String status(Stored b, Instant now) {
        if (b.withdrawnAt() != null) {
            return "WITHDRAWN";
        }
        if (now.isBefore(b.startsAt())) {
            return "SCHEDULED";
        }
        return now.isBefore(b.endsAt()) ? "ACTIVE" : "ENDED";
    }

    private static String required(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("required");
        }
        return text;
    }

    private static String text(String field, @Nullable String text, int max, List<FieldProblem> problems) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            problems.add(new FieldProblem(field, "1 to " + max + " characters"));
        }
        return stripped;
    }

    private static @Nullable Instant time(
            String field, @Nullable String text, @Nullable Instant otherwise, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (otherwise == null) {
                problems.add(new FieldProblem(field, "required: an ISO-8601 time with an offset"));
            }
            return otherwise;
        }
        try {
            return IsoTimes.instant(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not an ISO-8601 time with an offset: '" + text + "'"));
            return null;
        }
    }

    // HMAC-SHA256 with the installation's secret over the bulletin, the partner and the subscriber (or request) id:
    // a marker says nothing without the secret, and the markers of two bulletins cannot be joined by subscriber.
    private String key(long bulletin, long partner, String kind, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            mac.update((bulletin + "\n" + partner + "\n" + kind + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known != null) {
            return known;
        }
        String stored = bulletins.secret().orElse(null);
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                transactions.executeWithoutResult(
                        tx -> bulletins.storeSecret(HexFormat.of().formatHex(fresh)));
            } catch (DuplicateKeyException anotherServerMadeIt) {
                // read theirs below
            }
            stored = bulletins.secret().orElseThrow();
        }
        known = HexFormat.of().parseHex(stored);
        secret = known;
        return known;
    }
}
