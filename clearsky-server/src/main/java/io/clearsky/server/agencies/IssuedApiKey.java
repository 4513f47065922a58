package io.clearsky.server.agencies;

/** A newly issued API key: the only time the key itself is shown. */
public record IssuedApiKey(ApiKeySummary summary, String key) {}
