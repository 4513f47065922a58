package io.clearsky.server.agencies;

/** What an agency is. */
public enum AgencyKind {
    /** A police anti-fraud centre (反诈中心): lists indicators, verifies, issues warnings. */
    POLICE_CENTRE,
    /** A partner company: payment platform, telecom operator, internet platform, phone security app. */
    PARTNER
}
