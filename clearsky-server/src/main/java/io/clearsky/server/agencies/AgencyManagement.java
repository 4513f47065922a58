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
import io.clearsky.server.agencies.internal.AgencyStore;
import io.clearsky.server.agencies.internal.ApiKeyCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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

    AgencyManagement(AgencyStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an agency; its code must be new. */
    @Transactional
    public Agency register(NewAgency request, Caller caller) {
        caller.require(Role.ADMIN);
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
        if (request.regionCode() != null
                && !REGION.matcher(request.regionCode()).matches()) {
            problems.add(new FieldProblem("regionCode", "a GB/T 2260 code has six digits, e.g. 350200 for Xiamen"));
        }
        if (request.kind() == AgencyKind.POLICE_CENTRE && request.regionCode() == null) {
            problems.add(new FieldProblem("regionCode", "an anti-fraud centre needs the code of its jurisdiction"));
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
        Agency agency = store.insert(request, clock.instant());
        byId.invalidate(agency.id());
        byCode.invalidate(agency.code());
        events.publishEvent(new AgencyRegistered(agency.id(), agency.code(), agency.kind(), caller.name()));
        return agency;
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
     * The region prefix (GB/T 2260 significant digits) of what the caller may see: its centre's region, narrowed to
     * a requested region inside it; null for everything (an admin, or a national agency with no region and no
     * request). A requested region outside the caller's is a 400 naming {@code region}.
     */
    public @org.jspecify.annotations.Nullable String regionScope(
            @org.jspecify.annotations.Nullable String requested, Caller caller) {
        String scope = null;
        if (caller.role() != Role.ADMIN && caller.agencyId() != null) {
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

    /** Issues an API key for an agency; the key is returned once and only its hash is kept. */
    @Transactional
    public IssuedApiKey issueKey(long agencyId, String name, Caller caller) {
        caller.require(Role.ADMIN);
        get(agencyId);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "must be 1 to 100 characters, e.g. 'production app backend'");
        }
        ApiKeyCodec.NewKey key = ApiKeyCodec.generate();
        ApiKeySummary summary = store.insertKey(agencyId, name.strip(), key.prefix(), key.hash(), clock.instant());
        events.publishEvent(new ApiKeyIssued(summary.id(), agencyId, summary.prefix(), caller.name()));
        return new IssuedApiKey(summary, key.key());
    }

    /** The agency's keys, revoked ones included. */
    public List<ApiKeySummary> keys(long agencyId, Caller caller) {
        if (!caller.mayActFor(agencyId)) {
            caller.require(Role.ADMIN);
        }
        return store.findKeys(agencyId);
    }

    /** Revokes a key; requests with it fail from now on (other replicas within their cache time). */
    @Transactional
    public ApiKeySummary revokeKey(long agencyId, long keyId, Caller caller) {
        caller.require(Role.ADMIN);
        ApiKeySummary key = store.findKeys(agencyId).stream()
                .filter(k -> k.id() == keyId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("API key", keyId));
        if (key.revokedAt() != null) {
            return key;
        }
        store.revokeKey(keyId, clock.instant());
        events.publishEvent(new ApiKeyRevoked(keyId, agencyId, key.prefix(), caller.name()));
        return store.findKeys(agencyId).stream()
                .filter(k -> k.id() == keyId)
                .findFirst()
                .orElseThrow();
    }
}
