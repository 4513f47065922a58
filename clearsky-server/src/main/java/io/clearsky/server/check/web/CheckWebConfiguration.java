package io.clearsky.server.check.web;

import io.clearsky.server.ProblemWriter;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.check.CheckManagement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Puts the check fast path in front of every other filter but the RequestGuard; {@code clearsky.check.fast-path=false} turns it off. */
@Configuration(proxyBeanMethods = false)
class CheckWebConfiguration {

    @Bean
    @ConditionalOnProperty(name = "clearsky.check.fast-path", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<CheckFastPath> checkFastPath(
            ApiKeys apiKeys, CheckManagement checks, ProblemWriter problems, JsonMapper json) {
        FilterRegistrationBean<CheckFastPath> registration =
                new FilterRegistrationBean<>(new CheckFastPath(apiKeys, checks, problems, json));
        registration.addUrlPatterns(CheckFastPath.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // after the RequestGuard (headers, sizes, rate limits)
        registration.setName("checkFastPath");
        return registration;
    }
}
