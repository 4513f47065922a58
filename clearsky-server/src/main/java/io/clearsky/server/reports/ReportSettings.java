package io.clearsky.server.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The intake's limits ({@code clearsky.reports.*}).
 *
 * @param perAddressPerHour reports one client address may file through the public intake in an hour (partners'
 *     systems, which send many citizens' reports from one address, are not limited by address)
 * @param perReporterPerDay reports one reporter's phone number may file in a day, through any channel
 * @param lookupsPerAddressPerHour status lookups one client address may make in an hour (a receipt number and
 *     phone number pair must not be guessable by trying)
 * @param maxBatch reports in one partner batch
 */
@ConfigurationProperties("clearsky.reports")
public record ReportSettings(
        @DefaultValue("30") int perAddressPerHour,
        @DefaultValue("10") int perReporterPerDay,
        @DefaultValue("120") int lookupsPerAddressPerHour,
        @DefaultValue("500") int maxBatch) {}
