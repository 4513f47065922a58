package io.clearsky.server.agencies;

/** What a caller may do. */
public enum Role {
    /** Runs the platform: agencies, users, keys, the allowlist. */
    ADMIN,
    /** Staff or system of a police anti-fraud centre: lists, verifies, imports, sees its activity. */
    POLICE,
    /** A partner company's system or staff: checks, reports numbers, sends sightings. */
    PARTNER
}
