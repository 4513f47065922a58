package io.clearsky.server.agencies;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing a caller may do. A role grants a set of permissions ({@link Role#permissions()}); an API key may be
 * narrowed to some of its role's permissions (its scopes), so a phone security app's key can check numbers and do
 * nothing else. Each service method requires one permission; what the caller may see of the data is decided apart,
 * by agency ({@link Caller#mayActFor}).
 */
public enum Permission {
    /** Register agencies, issue and revoke any agency's keys, create users, unlock them, manage the allowlist. */
    PLATFORM_ADMIN,
    /** Create people in one's own centre and the centres under it, and lift their lockouts. */
    USERS_MANAGE,
    /** Ask whether a number, URL or account is listed (the check API) and report sightings. */
    CHECK,
    /** Search the registry, read indicators and their activity reports. */
    INDICATORS_READ,
    /** List, verify, revoke and import indicators for one's own centre. */
    INDICATORS_WRITE,
    /** Report a suspicious number, URL or account from a partner's own detection. */
    INDICATORS_REPORT,
    /** File citizens' scam reports on their behalf (a partner's app, a centre's front desk). */
    REPORTS_FILE,
    /** Read reports, clusters and statistics in one's jurisdiction. */
    REPORTS_READ,
    /** Open cases, change their status, refer them, exclude identifiers from linkage. */
    CASES_WRITE,
    /** Read cases and referrals. */
    CASES_READ,
    /** See personal data in clear (names, ID card, phone and card numbers), one audited reveal at a time. */
    PII_REVEAL,
    /** Send a partner's transfers (the money's path) to the platform. */
    TRANSFERS_SEND,
    /** Follow the money: read transfers, run traces, search for mule accounts. */
    TRACE,
    /** Issue stop-payment and freeze orders and assistance requests, record money returned. */
    ORDERS_ISSUE,
    /** Read one's own orders, requests and recoveries. */
    ORDERS_READ,
    /** Carry out the orders and answer the requests addressed to one's own company. */
    ORDERS_EXECUTE,
    /** Register the webhooks that deliver orders, requests and warnings. */
    WEBHOOKS,
    /** Send calls, texts, link visits, app installs and transfer attempts to the warning engine, check transfers. */
    EVENTS_SEND,
    /** Read warnings and decisions. */
    WARNINGS_READ,
    /** Read the risk rules and their versions, run backtests. */
    RULES_READ,
    /** Publish a new rule version. */
    RULES_WRITE,
    /** Read the dissuasion queue and tasks. */
    DISSUASION_READ,
    /** Take a dissuasion task and record its outcome. */
    DISSUASION_WORK,
    /** Read the audit trail and verify its hash chain. */
    AUDIT_READ,
    /** Publish and withdraw bulletins for the regions of one's own centres. */
    BULLETINS_PUBLISH,
    /** Read one's centres' bulletins with their delivery and read counts. */
    BULLETINS_READ,
    /** Tell the platform a subscriber entered a region and get the bulletins to show; report reads. */
    BULLETINS_DELIVER;

    /** The permission with this name, any case, if there is one. */
    public static Optional<Permission> parse(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(':', '_');
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }
}
