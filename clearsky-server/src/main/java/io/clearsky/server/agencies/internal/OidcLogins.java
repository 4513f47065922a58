package io.clearsky.server.agencies.internal;

import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.agencies.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * OpenID Connect for agencies that run their own identity provider (Keycloak, say): the API accepts the access
 * tokens of the issuers configured under {@code clearsky.security.oidc.issuers}, each trusted for one agency. A
 * token's subject becomes a caller of that agency, named {@code oidc:<agency code>:<user name>} so it can never be
 * mistaken for a local user, with the first ClearSky role found in its roles claim. The identity provider owns the
 * person's password, lockout and second factor; ClearSky owns what the role may do and see. A token never makes a
 * platform admin: admins log in locally.
 */
class OidcLogins {

    /** The roles an agency's identity provider may grant: a centre's people. */
    private static final Set<Role> GRANTABLE = EnumSet.of(Role.SUPERVISOR, Role.ANALYST, Role.CALLER, Role.AUDITOR);

    private final Map<String, Issuer> issuers = new LinkedHashMap<>();
    private final AgencyManagement agencies;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

    OidcLogins(Settings settings, AgencyManagement agencies) {
        this.agencies = agencies;
        for (Issuer issuer : settings.issuers()) {
            if (issuer.issuerUri() == null || issuer.issuerUri().isBlank() || issuer.agency() == null) {
                throw new IllegalStateException("clearsky.security.oidc.issuers: each needs issuer-uri and agency");
            }
            if (issuers.put(issuer.issuerUri(), issuer) != null) {
                throw new IllegalStateException("clearsky.security.oidc.issuers: " + issuer.issuerUri()
                        + " is configured twice; an issuer logs in the people of one agency");
            }
        }
    }

    /** Whether any identity provider is trusted. */
    boolean enabled() {
        return !issuers.isEmpty();
    }

    /**
     * Picks the token's issuer's authentication, found on first use (the provider's discovery document and keys are
     * fetched then, so the server starts while an identity provider is down); an untrusted issuer is a 401.
     */
    AuthenticationManagerResolver<HttpServletRequest> resolver() {
        return new JwtIssuerAuthenticationManagerResolver(issuer -> {
            Issuer trusted = issuer == null ? null : issuers.get(issuer);
            return trusted == null ? null : managers.computeIfAbsent(issuer, i -> manager(trusted));
        });
    }

    /** Bearer tokens, except ClearSky's own API keys ({@code Bearer csk_…}), which the key filter has handled. */
    static BearerTokenResolver tokens() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return request -> {
            String token = standard.resolve(request);
            return token == null || token.startsWith("csk_") ? null : token;
        };
    }

    private AuthenticationManager manager(Issuer issuer) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer.issuerUri());
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer.issuerUri()));
        // a token the provider issued to another application is not for us
        validators.add(new JwtClaimValidator<Collection<String>>(
                "aud", audience -> audience != null && audience.contains(issuer.audienceOrDefault())));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> new CallerAuthentication(caller(issuer, jwt), false));
        return provider::authenticate;
    }

    /** The caller a verified token stands for; a token without a user name or a ClearSky role is refused. */
    Caller caller(Issuer issuer, Jwt jwt) {
        Agency agency = agencies.findByCode(issuer.agency())
                .orElseThrow(() -> new BadCredentialsException(
                        "the identity provider's agency " + issuer.agency() + " is not registered"));
        String username = jwt.getClaimAsString(issuer.usernameClaimOrDefault());
        if (username == null || username.isBlank()) {
            throw new BadCredentialsException("the token has no " + issuer.usernameClaimOrDefault() + " claim");
        }
        Role role = roleOf(claim(jwt.getClaims(), issuer.rolesClaimOrDefault()))
                .filter(r -> r.fits(agency.kind()))
                .orElseThrow(() -> new BadCredentialsException("the token grants none of the roles " + GRANTABLE));
        // a provider's supervisors manage their people in the provider, not as password accounts here
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        permissions.addAll(role.permissions());
        permissions.remove(Permission.USERS_MANAGE);
        return new Caller(
                "oidc:" + agency.code() + ":" + username.strip(),
                role,
                agency.id(),
                permissions,
                agencies.overseenBy(agency.id()));
    }

    /** The first grantable role among the claim's values ({@code analyst} and {@code clearsky-analyst} both count). */
    static Optional<Role> roleOf(@Nullable Object claim) {
        if (!(claim instanceof Collection<?> values)) {
            return claim instanceof String one ? roleOf(List.of(one)) : Optional.empty();
        }
        for (Object value : values) {
            String name = String.valueOf(value).strip().toUpperCase(Locale.ROOT);
            name = name.startsWith("CLEARSKY-") || name.startsWith("CLEARSKY_") ? name.substring(9) : name;
            for (Role role : GRANTABLE) {
                if (role.name().equals(name)) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }

    /** A claim by a dotted path into nested objects, e.g. Keycloak's {@code realm_access.roles}. */
    static @Nullable Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /**
     * One trusted identity provider.
     *
     * @param issuerUri the issuer, exactly as in its tokens' {@code iss} (its discovery document is read from there)
     * @param agency the code of the agency whose people it logs in
     * @param usernameClaim the claim naming the person; {@code preferred_username} unless given
     * @param rolesClaim the dotted path to the list of role names; Keycloak's {@code realm_access.roles} unless given
     * @param audience what tokens must name in {@code aud}: the client id ClearSky has at the provider, {@code clearsky}
     *     unless given
     */
    record Issuer(
            String issuerUri,
            String agency,
            @Nullable String usernameClaim,
            @Nullable String rolesClaim,
            @Nullable String audience) {

        String usernameClaimOrDefault() {
            return usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        }

        String audienceOrDefault() {
            return audience == null || audience.isBlank() ? "clearsky" : audience;
        }

        String rolesClaimOrDefault() {
            return rolesClaim == null || rolesClaim.isBlank() ? "realm_access.roles" : rolesClaim;
        }
    }

    /** {@code clearsky.security.oidc}: the identity providers to trust, none by default. */
    @ConfigurationProperties("clearsky.security.oidc")
    record Settings(@Nullable List<Issuer> issuers) {

        Settings {
            issuers = issuers == null ? List.of() : List.copyOf(issuers);
        }
    }
}
