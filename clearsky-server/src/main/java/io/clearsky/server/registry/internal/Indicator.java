package io.clearsky.server.registry.internal;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorState;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ListingPolicy;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.ConflictException;
import io.clearsky.server.registry.IndicatorView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One fraud indicator and the rules of its lifecycle. State changes are methods that guard their own rules: an
 * official number can never be listed, citizen reports never downgrade what an agency verified, and only an agency
 * verifies.
 */
public final class Indicator {

    /** The zone in which listing days start and end. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private @Nullable Long id;
    private final IndicatorKind kind;
    private final String value;
    private IndicatorStatus status;
    private @Nullable ScamType scamType;
    private int confidence;
    private @Nullable Long agencyId;
    private final EnumSet<IndicatorSource> sources;
    private int reportCount;
    private final Instant firstSeen;
    private Instant lastSeen;
    private @Nullable LocalDate expiresOn;
    private @Nullable String note;
    private final Instant createdAt;
    private Instant updatedAt;
    private long version;

    Indicator(
            @Nullable Long id,
            IndicatorKind kind,
            String value,
            IndicatorStatus status,
            @Nullable ScamType scamType,
            int confidence,
            @Nullable Long agencyId,
            Set<IndicatorSource> sources,
            int reportCount,
            Instant firstSeen,
            Instant lastSeen,
            @Nullable LocalDate expiresOn,
            @Nullable String note,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.kind = kind;
        this.value = value;
        this.status = status;
        this.scamType = scamType;
        this.confidence = confidence;
        this.agencyId = agencyId;
        this.sources = sources.isEmpty() ? EnumSet.noneOf(IndicatorSource.class) : EnumSet.copyOf(sources);
        this.reportCount = reportCount;
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
        this.expiresOn = expiresOn;
        this.note = note;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new indicator nobody has said anything about yet; one of the methods below gives it its status. */
    public static Indicator fresh(Identifier identifier, Instant now) {
        return new Indicator(
                null,
                identifier.kind(),
                identifier.value(),
                IndicatorStatus.REPORTED,
                null,
                0,
                null,
                Set.of(),
                0,
                now,
                now,
                null,
                null,
                now,
                now,
                0);
    }

    /** An anti-fraud centre lists or confirms it: VERIFIED, with the centre as issuing agency. */
    public void verify(
            long agency,
            @Nullable ScamType type,
            @Nullable String noteText,
            IndicatorSource source,
            Instant now,
            ListingPolicy policy) {
        refuseIfAllowlisted();
        if (status != IndicatorStatus.VERIFIED || agencyId == null) {
            agencyId = agency;
        }
        status = IndicatorStatus.VERIFIED;
        if (type != null) {
            scamType = type;
        }
        if (noteText != null && !noteText.isBlank()) {
            note = noteText.strip();
        }
        sources.add(source);
        seen(now);
        settle(now, policy);
    }

    /**
     * A citizen report or a partner's detection. {@code reportsAfter} counts independent reporters including this
     * one. Raises confidence; enough reports, or any partner detection, make it SUSPECTED; never downgrades.
     */
    public void report(
            IndicatorSource source, int reportsAfter, @Nullable ScamType type, Instant now, ListingPolicy policy) {
        refuseIfAllowlisted();
        sources.add(source);
        reportCount = Math.max(reportCount, reportsAfter);
        if (scamType == null && type != null) {
            scamType = type;
        }
        IndicatorStatus earned = source == IndicatorSource.PARTNER_DETECTION
                ? IndicatorStatus.SUSPECTED
                : policy.statusFromReports(reportCount);
        if (status == IndicatorStatus.EXPIRED || rank(earned) > rank(status)) {
            status = earned;
        }
        seen(now);
        settle(now, policy);
    }

    /** Reports by {@code newReporters} reporters who had not reported it before, counted on top of those who had. */
    public void reportedBy(
            IndicatorSource source, int newReporters, @Nullable ScamType type, Instant now, ListingPolicy policy) {
        report(source, reportCount + newReporters, type, now, policy);
    }

    /**
     * Seen in use: extends the listing, and brings an expired one back as SUSPECTED for an agency to re-verify.
     * Listings live in whole days, so only the first sighting of a later day changes anything (the daily sighting
     * roll-ups keep the exact times); returns whether it did.
     */
    public boolean sighted(Instant when, ListingPolicy policy) {
        if (status == IndicatorStatus.ALLOWLISTED
                || !LocalDate.ofInstant(when, ZONE).isAfter(LocalDate.ofInstant(lastSeen, ZONE))) {
            return false;
        }
        boolean lapsed = status == IndicatorStatus.EXPIRED
                || (expiresOn != null && expiresOn.isBefore(LocalDate.ofInstant(when, ZONE)));
        if (lapsed) {
            status = IndicatorStatus.SUSPECTED;
        }
        seen(when);
        settle(when, policy);
        return true;
    }

    /**
     * A centre looked at a reported or suspected indicator and judged the evidence not enough: back to REPORTED, so
     * it warns no more. Its reports stay counted, so reporters new to it bring it back as SUSPECTED for another look.
     */
    public void reject(Instant now, ListingPolicy policy) {
        if (status != IndicatorStatus.SUSPECTED && status != IndicatorStatus.REPORTED) {
            throw new ConflictException(
                    value + " is " + status + "; only a reported or suspected indicator is rejected");
        }
        status = IndicatorStatus.REPORTED;
        settle(now, policy);
    }

    /** Lapses the listing when its expiry day has passed. */
    public boolean expireIfDue(LocalDate today, Instant now) {
        if (expiresOn == null || !expiresOn.isBefore(today) || status == IndicatorStatus.EXPIRED) {
            return false;
        }
        status = IndicatorStatus.EXPIRED;
        confidence = 0;
        updatedAt = now;
        return true;
    }

    /** Makes it an official number that can never be listed. */
    public void allowlist(@Nullable String noteText, Instant now) {
        status = IndicatorStatus.ALLOWLISTED;
        scamType = null;
        agencyId = null;
        expiresOn = null;
        confidence = 100;
        if (noteText != null && !noteText.isBlank()) {
            note = noteText.strip();
        }
        updatedAt = now;
    }

    public void refuseIfAllowlisted() {
        if (status == IndicatorStatus.ALLOWLISTED) {
            throw new ConflictException(value + " is an official number on the allowlist and can never be listed");
        }
    }

    private void seen(Instant now) {
        if (now.isAfter(lastSeen)) {
            lastSeen = now;
        }
    }

    private void settle(Instant now, ListingPolicy policy) {
        confidence = policy.confidence(status, sources, reportCount);
        expiresOn = policy.expiry(kind == IndicatorKind.PHONE_NUMBER, status, LocalDate.ofInstant(lastSeen, ZONE));
        updatedAt = now;
    }

    private static int rank(IndicatorStatus status) {
        return switch (status) {
            case EXPIRED -> 0;
            case REPORTED -> 1;
            case SUSPECTED -> 2;
            case VERIFIED -> 3;
            case ALLOWLISTED -> 4;
        };
    }

    /** What the lookup index keeps of it. */
    public IndicatorState state() {
        long agency = agencyId == null ? 0 : agencyId;
        return new IndicatorState(
                status,
                scamType,
                confidence,
                (int) Math.min(agency, IndicatorState.MAX_AGENCY_REF),
                expiresOn,
                sources,
                reportCount);
    }

    public Identifier identifier() {
        return new Identifier(kind, value);
    }

    public IndicatorView view() {
        return new IndicatorView(
                id == null ? 0 : id,
                kind,
                value,
                status,
                scamType,
                confidence,
                agencyId,
                Set.copyOf(sources),
                reportCount,
                firstSeen,
                lastSeen,
                expiresOn,
                note,
                updatedAt);
    }

    public @Nullable Long id() {
        return id;
    }

    void assignId(long newId) {
        this.id = newId;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public IndicatorStatus status() {
        return status;
    }

    @Nullable
    ScamType scamType() {
        return scamType;
    }

    int confidence() {
        return confidence;
    }

    @Nullable
    Long agencyId() {
        return agencyId;
    }

    Set<IndicatorSource> sources() {
        return sources;
    }

    int reportCount() {
        return reportCount;
    }

    Instant firstSeen() {
        return firstSeen;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    @Nullable
    LocalDate expiresOn() {
        return expiresOn;
    }

    @Nullable
    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    void versionSaved(long saved) {
        this.version = saved;
    }
}
