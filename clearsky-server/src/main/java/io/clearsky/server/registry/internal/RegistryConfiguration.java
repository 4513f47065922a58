package io.clearsky.server.registry.internal;

import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.ListingPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's in-memory index and lifecycle policy. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    IndicatorIndex indicatorIndex(@Value("${clearsky.registry.expected-phone-numbers:100000}") int expected) {
        return new IndicatorIndex(expected);
    }

    @Bean
    ListingPolicy listingPolicy(
            @Value("${clearsky.registry.reports-to-suspect:3}") int reportsToSuspect,
            @Value("${clearsky.registry.verified-days:180}") int verifiedDays,
            @Value("${clearsky.registry.suspected-days:90}") int suspectedDays,
            @Value("${clearsky.registry.reported-days:30}") int reportedDays) {
        return new ListingPolicy(reportsToSuspect, verifiedDays, suspectedDays, reportedDays);
    }
}
