package io.clearsky.simulator;

import java.time.Instant;

/** A text message from a sender's number to a subscriber. */
public record Sms(Instant time, String sender, String recipient, String text) {}
