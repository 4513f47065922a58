package io.clearsky.server.agencies;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.AgencyEvents.AgencyRegistered;
import io.clearsky.server.agencies.AgencyEvents.ApiKeyIssued;
import io.clearsky.server.agencies.AgencyEvents.ApiKeyRevoked;
import io.clearsky.server.agencies.AgencyEvents.ApiKeyRotated;
import io.clearsky.server.agencies.internal.AgencyStore;
import io.clearsky.server.agencies.internal.ApiKeyCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers agencies and issues their API keys; answers who an agency is, from a cache. */
@Service
public class AgencyManagement {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern REGION = Pattern.compile("[1-9]\\d{5}");

    private final AgencyStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Cache<String, Optional<Agency>> byCode = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000)
            .build();
    private final Cache<Long, Optional<Agency>> byId = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    private final Cache<Long, Set<Long>> overseen = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    AgencyManagement(AgencyStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an agency; its code must be new. */
    @Transactional
    public Agency register(NewAgency request, Caller caller) {
        caller.require(Permission.PLATFORM_ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.code() == null || !CODE.matcher(request.code()).matches()) {
            problems.add(new FieldProblem("code", "2 to 64 lower-case letters, digits and dashes, e.g. xiamen-afc"));
        }
        if (request.kind() == null) {
            problems.add(new FieldProblem("kind", "must be POLICE_CENTRE or PARTNER"));
        }
        if (request.nameZh() == null
                || request.nameZh().isBlank()
                || request.nameZh().length() > 200) {
            problems.add(new FieldProblem("nameZh", "must be 1 to 200 characters"));
        }
        if (request.nameEn() == null
                || request.nameEn().isBlank()
                || request.nameEn().length() > 200) {
            problems.add(new FieldProblem("nameEn", "must be 1 to 200 characters"));
        }
        if (request.regionCode() != null && levelOf(request.regionCode()) == null) {
            problems.add(new FieldProblem("regionCode", "a GB/T 2260 code has six digits, e.g. 350200 for Xiamen"));
        }
        if (request.kind() == AgencyKind.POLICE_CENTRE) {
            if (request.level() == CentreLevel.MINISTRY && request.regionCode() != null) {
                problems.add(new FieldProblem("regionCode", "the ministry's centre is national: give no region"));
            } else if (request.level() != CentreLevel.MINISTRY && request.regionCode() == null) {
                problems.add(new FieldProblem(
                        "regionCode", "an anti-fraud centre needs the code of its jurisdiction (or level MINISTRY)"));
            } else if (request.level() != null
                    && request.regionCode() != null
                    && levelOf(request.regionCode()) != null
                    && levelOf(request.regionCode()) != request.level()) {
                problems.add(new FieldProblem(
                        "level", "region " + request.regionCode() + " is a " + levelOf(request.regionCode())));
            }
        } else if (request.level() != null) {
            problems.add(new FieldProblem("level", "only an anti-fraud centre has a level"));
        }
        if (request.kind() == AgencyKind.PARTNER && request.partnerKind() == null) {
            problems.add(new FieldProblem(
                    "partnerKind", "a partner is PAYMENT, BANK, TELECOM, INTERNET_PLATFORM or SECURITY_APP"));
        }
        if (request.kind() == AgencyKind.POLICE_CENTRE && request.partnerKind() != null) {
            problems.add(new FieldProblem("partnerKind", "only a partner company has a partner kind"));
        }
        if (request.warningZh() != null && request.warningZh().length() > 500) {
            problems.add(new FieldProblem("warningZh", "at most 500 characters"));
        }
        if (request.warningEn() != null && request.warningEn().length() > 500) {
            problems.add(new FieldProblem("warningEn", "at most 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (store.findByCode(request.code()).isPresent()) {
            throw new ConflictException("an agency with code " + request.code() + " exists already");
        }
        if (request.kind() == AgencyKind.POLICE_CENTRE) {
            // a centre oversees the centres inside its region, so two with one region would run each other's
            store.findAll().stream()
                    .filter(a -> a.kind() == AgencyKind.POLICE_CENTRE
                            && java.util.Objects.equals(a.regionCode(), request.regionCode()))
                    .findFirst()
                    .ifPresent(same -> {
                        throw new ConflictException("centre " + same.code() + " already serves "
                                + (request.regionCode() == null
                                        ? "the whole country"
                                        : "region " + request.regionCode()));
                    });
        }
        Agency agency = store.insert(request, clock.instant());
        byId.invalidate(agency.id());
        byCode.invalidate(agency.code());
        overseen.invalidateAll();
        events.publishEvent(new AgencyRegistered(agency.id(), agency.code(), agency.kind(), caller.name()));
        return agency;
    }

    private static @Nullable CentreLevel levelOf(String regionCode) {
        try {
            return REGION.matcher(regionCode).matches() ? CentreLevel.of(regionCode) : null;
        } catch (IllegalArgumentException notAProvince) {
            return null;
        }
    }

    /** The agency with this id, if any. Cached for a minute. */
    public Optional<Agency> find(long id) {
        return byId.get(id, store::findById);
    }

    /** The agency with this code, if any. Cached for a minute; codes never change. */
    public Optional<Agency> findByCode(String code) {
        return byCode.get(code, store::findByCode);
    }

    /** The agency with this id, or 404. */
    public Agency get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("agency", id));
    }

    /** All agencies, by id. */
    public List<Agency> all() {
        return store.findAll();
    }

    /**
     * The agencies whose data people of this agency see: itself and the centres under it (a centre without a region
     * is the ministry's and oversees every centre). Cached for a minute; a new agency clears it on this replica.
     */
    public Set<Long> overseenBy(long agencyId) {
        return overseen.get(agencyId, id -> {
            Agency self = get(id);
            return store.findAll().stream()
                    .filter(self::oversees)
                    .map(Agency::id)
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    /**
     * The region prefix (GB/T 2260 significant digits) of what the caller may see: its centre's region, narrowed to
     * a requested region inside it; null for everything (an admin, or a national agency with no region and no
     * request). A requested region outside the caller's is a 400 naming {@code region}.
     */
    public @org.jspecify.annotations.Nullable String regionScope(
            @org.jspecify.annotations.Nullable String requested, Caller caller) {
        String scope = null;
        if (!caller.seesAll() && caller.agencyId() != null) {
            String own = get(caller.agencyId()).regionCode();
            scope = own == null
                    ? null
                    : io.clearsky.core.region.RegionCode.parse(own).prefix();
        }
        if (requested == null || requested.isBlank()) {
            return scope;
        }
        String prefix;
        try {
            prefix = io.clearsky.core.region.RegionCode.parse(requested).prefix();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("region", e.getMessage());
        }
        if (scope != null && !prefix.startsWith(scope)) {
            throw new InvalidInputException("region", "outside your agency's region");
        }
        return prefix;
    }

    /**
     * Issues an API key for an agency; the key is returned once and only its hash is kept. It acts in a role that fits
     * the agency (a partner's keys are PARTNER; a centre's SUPERVISOR unless asked otherwise), narrowed to the scopes
     * asked for, and expires after the days asked for (a year unless asked, at most {@value #MAX_KEY_DAYS}).
     */
    @Transactional
    public IssuedApiKey issueKey(long agencyId, NewApiKey request, Caller caller) {
        caller.require(Permission.PLATFORM_ADMIN);
        Agency agency = get(agencyId);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            problems.add(new FieldProblem("name", "must be 1 to 100 characters, e.g. 'production app backend'"));
        }
        Role role = request.role() != null
                ? request.role()
                : agency.kind() == AgencyKind.PARTNER ? Role.PARTNER : Role.SUPERVISOR;
        if (role == Role.ADMIN || !role.fits(agency.kind())) {
            problems.add(new FieldProblem(
                    "role",
                    agency.kind() == AgencyKind.PARTNER
                            ? "a partner's keys are PARTNER"
                            : "a centre's keys are SUPERVISOR, ANALYST, CALLER or AUDITOR"));
        }
        Set<Permission> scopes = null;
        if (request.scopes() != null) {
            scopes = new TreeSet<>();
            for (String scope : request.scopes()) {
                Optional<Permission> permission = scope == null ? Optional.empty() : Permission.parse(scope);
                if (permission.isEmpty() || !role.permissions().contains(permission.get())) {
                    problems.add(new FieldProblem(
                            "scopes",
                            "'" + scope + "' is not a permission of " + role + "; it has "
                                    + new TreeSet<>(role.permissions())));
                } else {
                    scopes.add(permission.get());
                }
            }
            if (scopes.isEmpty() && problems.isEmpty()) {
                problems.add(new FieldProblem("scopes", "name at least one permission, or leave scopes out for all"));
            }
        }
        int days = request.expiresInDays() == null ? 365 : request.expiresInDays();
        if (days < 1 || days > MAX_KEY_DAYS) {
            problems.add(new FieldProblem("expiresInDays", "1 to " + MAX_KEY_DAYS + " days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        IssuedApiKey issued =
                insertKey(agencyId, request.name().strip(), role, scopes, now.plus(Duration.ofDays(days)), now, caller);
        return issued;
    }

    /** The longest an API key may live. */
    public static final int MAX_KEY_DAYS = 3 * 365;

    /** The longest a rotated key keeps working beside its replacement. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(30);

    /**
     * Replaces a key with a new one of the same name, role, scopes and lifetime; the old one keeps working for the
     * overlap (a day unless asked, at most 30), so a partner can roll the new key out to every server first.
     */
    @Transactional
    public IssuedApiKey rotateKey(long agencyId, long keyId, @Nullable Integer overlapHours, Caller caller) {
        caller.require(Permission.PLATFORM_ADMIN);
        ApiKeySummary old = store.findKey(agencyId, keyId).orElseThrow(() -> new NotFoundException("API key", keyId));
        Instant now = clock.instant();
        if (!old.activeAt(now)) {
            throw new ConflictException("key " + old.prefix() + " is revoked or expired; issue a new one");
        }
        if (old.rotatedTo() != null) {
            throw new ConflictException("key " + old.prefix() + " was rotated already, to key " + old.rotatedTo());
        }
        Duration overlap = Duration.ofHours(overlapHours == null ? 24 : overlapHours);
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw new InvalidInputException("overlapHours", "0 to " + MAX_OVERLAP.toHours() + " hours");
        }
        Duration lifetime = Duration.between(old.createdAt(), old.expiresAt());
        if (lifetime.compareTo(Duration.ofDays(MAX_KEY_DAYS)) > 0 || lifetime.isNegative()) {
            lifetime = Duration.ofDays(365);
        }
        IssuedApiKey issued =
                insertKey(agencyId, old.name(), old.role(), old.scopes(), now.plus(lifetime), now, caller);
        Instant oldUntil = now.plus(overlap).isBefore(old.expiresAt()) ? now.plus(overlap) : old.expiresAt();
        if (!store.rotated(keyId, issued.summary().id(), oldUntil)) {
            // another rotation of the same key won the race: this transaction, its new key included, rolls back
            throw new ConflictException("key " + old.prefix() + " was rotated meanwhile");
        }
        events.publishEvent(new ApiKeyRotated(
                keyId,
                issued.summary().id(),
                agencyId,
                old.prefix(),
                issued.summary().prefix(),
                oldUntil,
                caller.name()));
        return issued;
    }

    private IssuedApiKey insertKey(
            long agencyId,
            String name,
            Role role,
            @Nullable Set<Permission> scopes,
            Instant expiresAt,
            Instant now,
            Caller caller) {
        ApiKeyCodec.NewKey key = ApiKeyCodec.generate();
        ApiKeySummary summary = store.insertKey(
                agencyId, new AgencyStore.NewKeyRow(name, key.prefix(), key.hash(), role, scopes, expiresAt), now);
        events.publishEvent(new ApiKeyIssued(summary.id(), agencyId, summary.prefix(), caller.name()));
        return new IssuedApiKey(summary, key.key());
    }

    /** The agency's keys, revoked and expired ones included: for an admin, or a supervisor of the agency or over it. */
    public List<ApiKeySummary> keys(long agencyId, Caller caller) {
        if (!caller.may(Permission.PLATFORM_ADMIN)) {
            caller.require(Permission.USERS_MANAGE);
            if (!caller.mayActFor(agencyId)) {
                throw new NotFoundException("agency", agencyId);
            }
        }
        return store.findKeys(agencyId);
    }

    /** Revokes a key; requests with it fail from now on (other replicas within their cache time). */
    @Transactional
    public ApiKeySummary revokeKey(long agencyId, long keyId, Caller caller) {
        caller.require(Permission.PLATFORM_ADMIN);
        ApiKeySummary key = store.findKey(agencyId, keyId).orElseThrow(() -> new NotFoundException("API key", keyId));
        if (key.revokedAt() != null) {
            return key;
        }
        store.revokeKey(keyId, clock.instant());
        events.publishEvent(new ApiKeyRevoked(keyId, agencyId, key.prefix(), caller.name()));
        return store.findKey(agencyId, keyId).orElseThrow();
    }
}
