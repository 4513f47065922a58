package io.clearsky.server.reports.internal;

import io.clearsky.server.RateLimit;
import io.clearsky.server.reports.ReportSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The intake's {@link RateLimit}s: filings per client address and per reporter, status lookups per address. */
@Component
@EnableConfigurationProperties(ReportSettings.class)
public class IntakeLimits {

    private final RateLimit filingsPerAddress;
    private final RateLimit filingsPerReporter;
    private final RateLimit lookupsPerAddress;

    IntakeLimits(ReportSettings settings) {
        this.filingsPerAddress =
                new RateLimit("reports from this address", settings.perAddressPerHour(), Duration.ofHours(1));
        this.filingsPerReporter =
                new RateLimit("reports from this reporter", settings.perReporterPerDay(), Duration.ofDays(1));
        this.lookupsPerAddress = new RateLimit(
                "status lookups from this address", settings.lookupsPerAddressPerHour(), Duration.ofHours(1));
    }

    /** Takes one filing from the address's allowance, or throws 429. */
    public void fileFromAddress(String address) {
        filingsPerAddress.take(address);
    }

    /** Takes one filing from the reporter's allowance, or throws 429. */
    public void fileByReporter(String phone) {
        filingsPerReporter.take(phone);
    }

    /** Whether the reporter may file one more, taking it if so; for batches, which refuse one report at a time. */
    public boolean tryFileByReporter(String phone) {
        return filingsPerReporter.tryTake(phone);
    }

    /** Returns a filing taken for a report that turned out to be a resend of one filed before. */
    public void giveBackToReporter(String phone) {
        filingsPerReporter.giveBack(phone);
    }

    /** Takes one status lookup from the address's allowance, or throws 429. */
    public void lookUpFromAddress(String address) {
        lookupsPerAddress.take(address);
    }
}
