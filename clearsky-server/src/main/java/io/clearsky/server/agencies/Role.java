package io.clearsky.server.agencies;

import static io.clearsky.server.agencies.Permission.AUDIT_READ;
import static io.clearsky.server.agencies.Permission.BULLETINS_DELIVER;
import static io.clearsky.server.agencies.Permission.BULLETINS_PUBLISH;
import static io.clearsky.server.agencies.Permission.BULLETINS_READ;
import static io.clearsky.server.agencies.Permission.CASES_READ;
import static io.clearsky.server.agencies.Permission.CASES_WRITE;
import static io.clearsky.server.agencies.Permission.CHECK;
import static io.clearsky.server.agencies.Permission.DISSUASION_READ;
import static io.clearsky.server.agencies.Permission.DISSUASION_WORK;
import static io.clearsky.server.agencies.Permission.EVENTS_SEND;
import static io.clearsky.server.agencies.Permission.INDICATORS_READ;
import static io.clearsky.server.agencies.Permission.INDICATORS_REPORT;
import static io.clearsky.server.agencies.Permission.INDICATORS_WRITE;
import static io.clearsky.server.agencies.Permission.ORDERS_EXECUTE;
import static io.clearsky.server.agencies.Permission.ORDERS_ISSUE;
import static io.clearsky.server.agencies.Permission.ORDERS_READ;
import static io.clearsky.server.agencies.Permission.PII_REVEAL;
import static io.clearsky.server.agencies.Permission.REPORTS_FILE;
import static io.clearsky.server.agencies.Permission.REPORTS_READ;
import static io.clearsky.server.agencies.Permission.RULES_READ;
import static io.clearsky.server.agencies.Permission.TRACE;
import static io.clearsky.server.agencies.Permission.TRANSFERS_SEND;
import static io.clearsky.server.agencies.Permission.USERS_MANAGE;
import static io.clearsky.server.agencies.Permission.WARNINGS_READ;
import static io.clearsky.server.agencies.Permission.WEBHOOKS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person or an API key is for. Each role grants a fixed set of {@link Permission}s; docs/security.md has the
 * table. A centre's people are SUPERVISOR, ANALYST, CALLER or AUDITOR; a partner company's systems and staff are
 * PARTNER; ADMIN runs the platform.
 */
public enum Role {
    /** Runs the platform: agencies, users, keys, the allowlist, rule versions; sees every agency's data. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Leads a centre: everything its analysts and callers do, and its people. */
    SUPERVISOR(EnumSet.of(
            USERS_MANAGE,
            CHECK,
            INDICATORS_READ,
            INDICATORS_WRITE,
            INDICATORS_REPORT,
            REPORTS_FILE,
            REPORTS_READ,
            CASES_READ,
            CASES_WRITE,
            PII_REVEAL,
            TRACE,
            ORDERS_ISSUE,
            ORDERS_READ,
            WARNINGS_READ,
            RULES_READ,
            DISSUASION_READ,
            DISSUASION_WORK,
            BULLETINS_PUBLISH,
            BULLETINS_READ)),
    /** Works a centre's registry, reports, clusters, cases and money: traces, orders and requests. */
    ANALYST(EnumSet.of(
            CHECK,
            INDICATORS_READ,
            INDICATORS_WRITE,
            INDICATORS_REPORT,
            REPORTS_FILE,
            REPORTS_READ,
            CASES_READ,
            CASES_WRITE,
            PII_REVEAL,
            TRACE,
            ORDERS_ISSUE,
            ORDERS_READ,
            WARNINGS_READ,
            RULES_READ,
            DISSUASION_READ,
            BULLETINS_PUBLISH,
            BULLETINS_READ)),
    /** Calls likely victims (劝阻): the centre's dissuasion queue, with the contact revealed for the call. */
    CALLER(EnumSet.of(
            CHECK, INDICATORS_READ, WARNINGS_READ, DISSUASION_READ, DISSUASION_WORK, PII_REVEAL, BULLETINS_READ)),
    /** Reads the audit trail and verifies it; reads nothing else. */
    AUDITOR(EnumSet.of(AUDIT_READ)),
    /** A partner company's system or staff: checks, reports, transfers, events, and what is addressed to it. */
    PARTNER(EnumSet.of(
            CHECK,
            INDICATORS_REPORT,
            REPORTS_FILE,
            TRANSFERS_SEND,
            ORDERS_READ,
            ORDERS_EXECUTE,
            WEBHOOKS,
            EVENTS_SEND,
            WARNINGS_READ,
            BULLETINS_DELIVER));

    private final Set<Permission> permissions;

    Role(EnumSet<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    /** What this role may do. */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** Whether people or keys with this role may belong to an agency of this kind. */
    public boolean fits(AgencyKind kind) {
        return switch (this) {
            case ADMIN -> true;
            case PARTNER -> kind == AgencyKind.PARTNER;
            case SUPERVISOR, ANALYST, CALLER, AUDITOR -> kind == AgencyKind.POLICE_CENTRE;
        };
    }
}
