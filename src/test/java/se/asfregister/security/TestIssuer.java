package se.asfregister.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A real OpenID Connect issuer on a loopback port, for the OIDC tests: discovery document,
 * JWKS and a token endpoint for the client-credentials grant, with RSA keys generated on
 * start. Tests reach it over HTTP only (it runs outside Quarkus' class loader):
 * <ul>
 * <li>{@code POST /realms/asf/protocol/openid-connect/token} — client credentials of
 * {@link #MACHINE_CLIENT}; the token carries the client's service-account subject and roles;</li>
 * <li>{@code POST /test/sign} — signs the JSON claims in the body with the current key (what the
 * identity provider does when a person signs in), or with {@code ?key=unpublished} with a key
 * it never publishes;</li>
 * <li>{@code POST /test/rotate} — a new current key; the previous one is no longer published.</li>
 * </ul>
 */
public class TestIssuer implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "/realms/asf";
    static final String MACHINE_CLIENT = "reporting-integration";
    static final String MACHINE_SECRET = "integration-secret-2026";
    static final String MACHINE_SUBJECT = "service-account-" + MACHINE_CLIENT;

    private HttpServer server;
    private final AtomicInteger generation = new AtomicInteger();
    private volatile RsaJsonWebKey current;
    private final RsaJsonWebKey unpublished = newKey("unpublished");
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        current = newKey("k" + generation.incrementAndGet());
        server.createContext(REALM + "/.well-known/openid-configuration", x -> json(x, 200, Map.of(
                "issuer", issuer, "jwks_uri", issuer + "/protocol/openid-connect/certs",
                "token_endpoint", issuer + "/protocol/openid-connect/token",
                "grant_types_supported", List.of("client_credentials"))));
        server.createContext(REALM + "/protocol/openid-connect/certs",
                x -> respond(x, 200, new JsonWebKeySet(current).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        server.createContext(REALM + "/protocol/openid-connect/token", this::token);
        server.createContext("/test/sign", this::sign);
        server.createContext("/test/rotate", x -> {
            current = newKey("k" + generation.incrementAndGet());
            json(x, 200, Map.of("kid", current.getKeyId()));
        });
        server.start();
        return Map.of("asf.security.oidc.enabled", "true",
                "asf.security.oidc.issuer", issuer,
                "asf.security.oidc.audience", "asf-register",
                "asf.security.oidc.roles.claim", "realm_access.roles",
                "asf.security.oidc.roles.admin", "asf-admin",
                "asf.security.oidc.roles.analyst", "asf-analyst",
                "asf.security.oidc.roles.reporter", "asf-reporter",
                "asf.security.oidc.company-claim", "organisation_number");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The client-credentials grant: a machine client signs in with its id and secret. */
    private void token(HttpExchange x) throws IOException {
        Map<String, String> form = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            json(x, 400, Map.of("error", "unsupported_grant_type"));
            return;
        }
        if (!MACHINE_CLIENT.equals(form.get("client_id")) || !MACHINE_SECRET.equals(form.get("client_secret"))) {
            json(x, 401, Map.of("error", "invalid_client"));
            return;
        }
        JwtClaims c = new JwtClaims();
        c.setIssuer(issuer);
        c.setSubject(MACHINE_SUBJECT);
        c.setAudience("asf-register");
        c.setClaim("azp", MACHINE_CLIENT);
        c.setClaim("realm_access", Map.of("roles", List.of("asf-admin")));
        c.setIssuedAtToNow();
        c.setExpirationTimeMinutesInTheFuture(5);
        json(x, 200, Map.of("access_token", signed(c.toJson(), current), "token_type", "Bearer", "expires_in", 300));
    }

    private void sign(HttpExchange x) throws IOException {
        String claims = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean hidden = "key=unpublished".equals(x.getRequestURI().getQuery());
        respond(x, 200, signed(claims, hidden ? unpublished : current));
    }

    private static String signed(String claimsJson, RsaJsonWebKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson);
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey newKey(String kid) {
        try {
            RsaJsonWebKey k = RsaJwkGenerator.generateJwk(2048);
            k.setKeyId(kid);
            k.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            k.setUse("sig");
            return k;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> m = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static void json(HttpExchange x, int status, Map<String, ?> body) throws IOException {
        x.getResponseHeaders().set("Content-Type", "application/json");
        respond(x, status, JsonUtil.toJson(body));
    }

    private static void respond(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
