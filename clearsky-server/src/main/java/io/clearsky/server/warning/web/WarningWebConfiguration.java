package io.clearsky.server.warning.web;

import io.clearsky.server.ProblemWriter;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.warning.TransferCheckManagement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Puts the transfer-check fast path in front; {@code clearsky.warning.fast-path=false} turns it off. */
@Configuration(proxyBeanMethods = false)
class WarningWebConfiguration {

    @Bean
    @ConditionalOnProperty(name = "clearsky.warning.fast-path", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<TransferCheckFastPath> transferCheckFastPath(
            ApiKeys apiKeys, TransferCheckManagement checks, ProblemWriter problems, JsonMapper json) {
        FilterRegistrationBean<TransferCheckFastPath> registration =
                new FilterRegistrationBean<>(new TransferCheckFastPath(apiKeys, checks, problems, json));
        registration.addUrlPatterns(TransferCheckFastPath.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2); // after the RequestGuard and the check fast path
        registration.setName("transferCheckFastPath");
        return registration;
    }
}
