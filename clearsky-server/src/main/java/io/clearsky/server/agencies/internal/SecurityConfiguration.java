package io.clearsky.server.agencies.internal;

import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.agencies.Caller;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. The API is stateless: partners and centres' systems send an API key, people log in with
 * HTTP Basic or, for agencies with their own identity provider, with its access token ({@link OidcLogins}).
 * Operations endpoints (health, Prometheus) and the API docs are open; everything else needs a caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcLogins.Settings.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http, ApiKeyAuthenticationFilter apiKeys, ProblemResponses problems, OidcLogins oidc)
            throws Exception {
        if (oidc.enabled()) {
            http.oauth2ResourceServer(tokens -> tokens.authenticationManagerResolver(oidc.resolver())
                    .bearerTokenResolver(OidcLogins.tokens())
                    .authenticationEntryPoint(problems));
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a streamed answer (exports) finishes on an async dispatch of an already authorised request
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health/**",
                                "/actuator/health",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs/**",
                                "/v3/api-docs",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/error",
                                "/")
                        .permitAll()
                        // the public intake: anyone may report a scam and follow their report
                        .requestMatchers(
                                org.springframework.http.HttpMethod.POST, "/api/v1/reports", "/api/v1/reports/status")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(apiKeys, BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    OidcLogins oidcLogins(OidcLogins.Settings settings, AgencyManagement agencies) {
        return new OidcLogins(settings, agencies);
    }

    @Bean
    ApiKeyAuthenticationFilter apiKeyAuthenticationFilter(ApiKeys apiKeys, ProblemResponses problems) {
        return new ApiKeyAuthenticationFilter(apiKeys, problems);
    }

    @Bean
    FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyFilterOnlyInSecurityChain(
            ApiKeyAuthenticationFilter filter) {
        FilterRegistrationBean<ApiKeyAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider users(
            AgencyStore store,
            PasswordEncoder passwords,
            UserManagement users,
            AgencyManagement agencies,
            Clock clock) {
        // compared against when the user name is unknown, so a wrong name takes as long as a wrong password
        String decoy = passwords.encode("no such user; this hash only spends the time a real check would");
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String username = authentication.getName();
                String password = String.valueOf(authentication.getCredentials());
                AgencyStore.StoredUser user = store.findUser(username).orElse(null);
                if (user == null) {
                    passwords.matches(password, decoy);
                    throw new BadCredentialsException("bad user name or password");
                }
                if (user.lockedUntil() != null && clock.instant().isBefore(user.lockedUntil())) {
                    throw new LockedException("locked until " + user.lockedUntil() + " after failed logins");
                }
                if (!passwords.matches(password, user.passwordHash())) {
                    users.loginFailed(username);
                    throw new BadCredentialsException("bad user name or password");
                }
                if (user.failedLogins() > 0 || user.lockedUntil() != null) {
                    users.loginSucceeded(username);
                }
                Long agency = user.agencyId();
                return new CallerAuthentication(
                        new Caller(
                                user.username(),
                                user.role(),
                                agency,
                                user.role().permissions(),
                                agency == null ? Set.of() : agencies.overseenBy(agency)),
                        user.passwordChangeRequired());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /** A user still on a one-time password may only look at themselves and change it. */
    static final class PasswordChangeGate extends OncePerRequestFilter {

        private final ProblemResponses problems;

        PasswordChangeGate(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller
                    && caller.passwordChangeRequired()
                    && !request.getRequestURI().startsWith("/api/v1/me")) {
                problems.write(
                        request,
                        response,
                        403,
                        "password-change-required",
                        "Password change required",
                        "this is a one-time password: change it with POST /api/v1/me/password first");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
