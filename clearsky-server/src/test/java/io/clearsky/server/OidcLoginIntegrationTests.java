package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An agency's own identity provider (a stand-in for Keycloak: its discovery document and signing keys served over
 * HTTP) logs its people in: ClearSky accepts its signed access tokens for that agency, with the role the token
 * grants, and refuses tokens it did not sign, expired ones, other issuers' and ones that would make an admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLoginIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final RSAKey SIGNING = rsaKey("idp-key-1");
    private static final RSAKey STRANGER = rsaKey("not-the-idp");
    private static final HttpServer IDP = identityProvider();
    private static final String ISSUER = "http://127.0.0.1:" + IDP.getAddress().getPort() + "/realms/xiamen";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
        registry.add("clearsky.security.oidc.issuers[0].issuer-uri", () -> ISSUER);
        registry.add("clearsky.security.oidc.issuers[0].agency", () -> "xiamen-afc");
        registry.add("clearsky.security.oidc.issuers[0].audience", () -> "clearsky");
    }

    @LocalServerPort
    int port;

    TestApi api;
    long xiamen;

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        Auth admin = api.firstAdmin(DATA);
        api.agency(admin, "fujian-afc", "POLICE_CENTRE", "福建省反诈骗中心", "Fujian AFC", "350000");
        xiamen = api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200");
    }

    @AfterAll
    void stopIdentityProvider() {
        IDP.stop(0);
    }

    @Test
    void aTokenOfTheAgencysProviderLogsItsPersonInWithTheRoleItGrants() {
        Answer me =
                api.get("/api/v1/me", bearer(token(SIGNING, ISSUER, "li.lei", List.of("offline_access", "analyst"))));
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        assertThat(me.json().get("name").asText()).isEqualTo("oidc:xiamen-afc:li.lei");
        assertThat(me.json().get("role").asText()).isEqualTo("ANALYST");
        assertThat(me.json().get("agencyId").asLong()).isEqualTo(xiamen);

        Auth caller = bearer(token(SIGNING, ISSUER, "han.meimei", List.of("clearsky-caller")));
        assertThat(api.get("/api/v1/dissuasion-tasks", caller).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases", caller).status()).isEqualTo(403);
    }

    @Test
    void tokensItShouldNotTrustAreRefused() {
        // signed by another key
        assertThat(api.get("/api/v1/me", bearer(token(STRANGER, ISSUER, "mallory", List.of("analyst"))))
                        .status())
                .isEqualTo(401);
        // another issuer
        assertThat(api.get(
                                "/api/v1/me",
                                bearer(token(SIGNING, "http://127.0.0.1:1/realms/other", "li.lei", List.of("analyst"))))
                        .status())
                .isEqualTo(401);
        // expired
        Answer expired = api.get(
                "/api/v1/me",
                bearer(sign(
                        SIGNING,
                        claims(ISSUER, "li.lei", List.of("analyst"))
                                .expirationTime(Date.from(Instant.now().minusSeconds(600)))
                                .build())));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        // no ClearSky role, or only one the provider may not grant
        assertThat(api.get("/api/v1/me", bearer(token(SIGNING, ISSUER, "li.lei", List.of("offline_access"))))
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/me", bearer(token(SIGNING, ISSUER, "li.lei", List.of("admin"))))
                        .status())
                .isEqualTo(401);
        // for another audience
        assertThat(api.get(
                                "/api/v1/me",
                                bearer(sign(
                                        SIGNING,
                                        claims(ISSUER, "li.lei", List.of("analyst"))
                                                .audience("someone-else")
                                                .build())))
                        .status())
                .isEqualTo(401);
        // not a JWT at all
        assertThat(api.get("/api/v1/me", bearer("not.a.token")).status()).isEqualTo(401);
    }

    @Test
    void apiKeysInTheBearerHeaderStillWork() {
        Auth admin = Auth.basic("admin", "correct horse battery staple");
        String key = api.issueKey(admin, xiamen).value();
        Answer me = api.get("/api/v1/me", new Auth("Authorization", "Bearer " + key));
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        assertThat(me.json().get("name").asText()).startsWith("key:");
    }

    private static Auth bearer(String token) {
        return new Auth("Authorization", "Bearer " + token);
    }

    private static String token(RSAKey key, String issuer, String username, List<String> roles) {
        return sign(key, claims(issuer, username, roles).build());
    }

    private static JWTClaimsSet.Builder claims(String issuer, String username, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("sub-" + username)
                .audience("clearsky")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", roles));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).keyUse(KeyUse.SIGNATURE).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves the discovery document and the public signing key, as Keycloak does for a realm. */
    private static HttpServer identityProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/xiamen";
            server.createContext("/realms/xiamen/.well-known/openid-configuration", exchange -> {
                byte[] body = ("{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base
                                + "/protocol/openid-connect/certs\",\"subject_types_supported\":[\"public\"]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/realms/xiamen/protocol/openid-connect/certs", exchange -> {
                byte[] body = new JWKSet(SIGNING.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
