package io.clearsky.simulator;

import java.time.Instant;

/**
 * A subscriber installing an app, named by its package, as a phone security app sees it: meeting and remote-help
 * apps that many people use for work, and that fraudsters ask victims to install to watch their screen.
 */
public record AppInstall(Instant time, String subscriber, String app) {}
