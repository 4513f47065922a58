package io.clearsky.server.agencies.internal;

import io.clearsky.server.ErrorPages;
import io.clearsky.server.ProblemWriter;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.agencies.Caller;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. The API is stateless: partners and centres' systems send an API key, people log in with
 * HTTP Basic or, for agencies with their own identity provider, with its access token ({@link OidcLogins}).
 * Operations endpoints (health, Prometheus) and the API docs are open; everything else needs a caller.
 * The web console under {@code /console} logs people in with a session cookie, so it has its own chain with CSRF
 * protection. Every request first passes the {@link RequestGuard} (headers, body size, per-key rate limit).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecuritySettings.class, OidcLogins.Settings.class})
class SecurityConfiguration {

    /**
     * For an API answered with JSON and for swagger-ui, which loads its scripts and styles from this server and
     * sets inline styles and data: images; nothing may frame a page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The console's pages (issue 8): a session after a form login, so a state-changing request must carry the CSRF
     * token a page of ours gave it; the token travels in the {@code XSRF-TOKEN} cookie and comes back in a form
     * field or the {@code X-XSRF-TOKEN} header.
     */
    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ProblemResponses problems, CallerLimits limits, AgencyStore store)
            throws Exception {
        http.securityMatcher("/console/**")
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))
                .headers(headers -> headers.disable()) // written by the RequestGuard, for every request
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        // the login form and the console's own style and script, which the login page loads
                        .requestMatchers("/console/login", "/console/console.css", "/console/console.js")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/console/login").defaultSuccessUrl("/console", false))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    // a login or logout form left open in another tab carries a token a login or logout since made
                    // stale: a person gets the login page saying so, not a JSON problem
                    String path = request.getRequestURI()
                            .substring(request.getContextPath().length());
                    boolean loginOrLogout = path.equals("/console/login") || path.equals("/console/logout");
                    if (denied instanceof CsrfException && loginOrLogout) {
                        response.sendRedirect(request.getContextPath() + "/console/login?expired");
                    } else {
                        if (denied instanceof CsrfException) {
                            request.setAttribute(ErrorPages.STALE_FORM, Boolean.TRUE);
                        }
                        problems.handle(request, response, denied);
                    }
                }))
                .addFilterBefore(limits, AuthorizationFilter.class)
                .addFilterBefore(new ConsolePasswordGate(store), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiKeyAuthenticationFilter apiKeys,
            ProblemResponses problems,
            CallerLimits limits,
            OidcLogins oidc)
            throws Exception {
        if (oidc.enabled()) {
            http.oauth2ResourceServer(tokens -> tokens.authenticationManagerResolver(oidc.resolver())
                    .bearerTokenResolver(OidcLogins.tokens())
                    .authenticationEntryPoint(problems));
        }
        // stateless: no cookie carries a login, so no request can be forged from another site and CSRF is off
        http.csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable()) // written by the RequestGuard, for every request
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
                                // published JavaScript libraries the console's pages load (htmx, ECharts)
                                "/webjars/**",
                                "/error",
                                "/")
                        .permitAll()
                        // the public intake: anyone may report a scam and follow their report
                        .requestMatchers(
                                org.springframework.http.HttpMethod.POST, "/api/v1/reports", "/api/v1/reports/status")
                        .permitAll()
                        // the anti-fraud tips are for everyone
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/tips", "/api/v1/tips/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(apiKeys, BasicAuthenticationFilter.class)
                .addFilterAfter(limits, BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    OidcLogins oidcLogins(OidcLogins.Settings settings, AgencyManagement agencies) {
        return new OidcLogins(settings, agencies);
    }

    @Bean
    RateLimits rateLimits(SecuritySettings settings) {
        return RateLimits.of(settings.rateLimits());
    }

    @Bean
    CallerLimits callerLimits(RateLimits limits, ProblemWriter problems) {
        return new CallerLimits(limits.perUser(), limits.perAddress(), problems);
    }

    @Bean
    FilterRegistrationBean<CallerLimits> callerLimitsOnlyInSecurityChains(CallerLimits filter) {
        FilterRegistrationBean<CallerLimits> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** In front of every other filter, the check fast paths included. */
    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard(
            ApiKeys apiKeys, RateLimits limits, SecuritySettings settings, ProblemWriter problems) {
        List<HeaderWriter> headers = List.of(
                new XContentTypeOptionsHeaderWriter(),
                new XXssProtectionHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new HstsHeaderWriter(), // only on a request that came over HTTPS
                new CacheControlHeadersWriter());
        FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard(
                headers, apiKeys, limits.perKey(), limits.perAddress(), settings.requestLimits(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("requestGuard");
        return registration;
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
            AgencyStore store, PasswordEncoder passwords, UserManagement users, AgencyManagement agencies) {
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
                // the attempt is counted before the hash is checked, so parallel guesses share the same five
                if (!users.takeLoginAttempt(username)) {
                    throw new LockedException("locked after failed logins");
                }
                if (!passwords.matches(password, user.passwordHash())) {
                    users.loginFailed(username);
                    throw new BadCredentialsException("bad user name or password");
                }
                if (!users.loginSucceeded(username)) {
                    throw new LockedException("locked after failed logins");
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

    /**
     * The console's side of the {@link PasswordChangeGate}: a person still on a one-time password may open only the
     * password page (and log out, and load the console's style and scripts); every other console page sends them
     * there. Once they chose their own password (the store says so), the session is let through from then on.
     */
    static final class ConsolePasswordGate extends OncePerRequestFilter {

        /** What a person on a one-time password may open: the password page, login, logout, the console's assets. */
        private static final Pattern OPEN = Pattern.compile("/console/(password|login|logout|[a-z-]+\\.(css|js))");

        private final AgencyStore store;
        private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

        ConsolePasswordGate(AgencyStore store) {
            this.store = store;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller
                    && caller.passwordChangeRequired()) {
                boolean stillOneTime = store.findUser(caller.getName())
                        .map(AgencyStore.StoredUser::passwordChangeRequired)
                        .orElse(true);
                if (!stillOneTime) {
                    // changed on the password page during this session: the session's login no longer needs the gate
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new CallerAuthentication(caller.getPrincipal(), false));
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                } else if (!OPEN.matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches()) {
                    response.sendRedirect(request.getContextPath() + "/console/password");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
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
