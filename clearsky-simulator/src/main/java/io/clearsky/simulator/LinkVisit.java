package io.clearsky.simulator;

import java.time.Instant;

/** A subscriber opening a link, as a phone security app or a browser partner sees it. */
public record LinkVisit(Instant time, String subscriber, String url) {}
