package io.clearsky.server.console.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The citizens' public pages (issue 8): anyone may read and post them, no login, no session. Their forms are still
 * protected against cross-site posting: a page's form carries a CSRF token that must match a same-site, HTTP-only
 * cookie the page set (Spring Security's double-submit cookie), so another site cannot make a visitor's browser
 * file a report or use up their address's allowance. Requests count against the per-address rate limit like every
 * anonymous API call.
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurityConfiguration {

    /** The public pages' paths and their static files; none is under {@code /api} or {@code /console}. */
    static final String[] PATHS = {"/", "/report", "/report/**", "/check", "/follow", "/tips", "/tips/**", "/public/**"
    };

    /** The cookie that holds the public forms' CSRF token; not the console's, so neither overwrites the other. */
    static final String CSRF_COOKIE = "CLEARSKY-PUBLIC-CSRF";

    @Bean
    @Order(0)
    SecurityFilterChain publicPages(HttpSecurity http, @Qualifier("callerLimits") Filter addressLimits)
            throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        http.securityMatcher(PATHS)
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .headers(headers -> headers.disable()) // written by the RequestGuard, for every request
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .anyRequest()
                        .permitAll())
                // a report whose token is missing or stale (the cookie went with the browser session) is shown again
                // with what was typed and a fresh token, instead of an error page that loses the input; a check or
                // a follow-up, being short, starts again
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    if (request.getRequestURI().startsWith("/report")) {
                        response.setStatus(403);
                        request.getRequestDispatcher(PublicReportController.EXPIRED)
                                .forward(request, response);
                    } else {
                        response.setStatus(303);
                        response.setHeader("Location", request.getRequestURI());
                    }
                }))
                .addFilterBefore(addressLimits, AuthorizationFilter.class);
        return http.build();
    }
}
