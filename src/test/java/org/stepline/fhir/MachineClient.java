package org.stepline.fhir;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.stepline.fhir.internal.ApiClientStore;
import org.stepline.fhir.internal.FhirFormat;

/**
 * Another system as a test plays it: its own RSA key pair (only the public half registered with Stepline), a signed
 * JWT client assertion exchanged for an access token (SMART Backend Services), and HAPI's generic FHIR client.
 */
final class MachineClient {

    final String clientId = "test-system-" + UUID.randomUUID().toString().substring(0, 8);
    final RSAKey key;
    private final int port;

    MachineClient(int port) {
        this.port = port;
        try {
            this.key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    MachineClient register(ApiClientStore store, List<String> scopes, List<Long> teams) {
        store.insert(new ApiClientStore.NewClient(
                clientId,
                "Test therapy app " + clientId,
                new JWKSet(key.toPublicJWK()).toString(),
                scopes,
                teams,
                null));
        return this;
    }

    String base() {
        return "http://localhost:" + port + "/fhir";
    }

    String tokenUrl() {
        return "http://localhost:" + port + "/oauth2/token";
    }

    /** A client assertion as SMART asks: iss = sub = client id, aud = the token endpoint, a unique jti, 5 min. */
    String assertion(RSAKey signer, Instant expires) throws Exception {
        return assertion(signer, expires, UUID.randomUUID().toString());
    }

    /** The same with the given jti (null: none). */
    String assertion(RSAKey signer, Instant expires, @org.jspecify.annotations.Nullable String jti) throws Exception {
        var claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenUrl())
                .jwtID(jti)
                .issueTime(new Date())
                .expirationTime(Date.from(expires))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS384)
                        .keyID(signer.getKeyID())
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    HttpResponse<String> requestToken(String assertion, String scope) throws Exception {
        var form = Map.of(
                "grant_type",
                "client_credentials",
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion",
                assertion,
                "scope",
                scope);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An access token for the scopes, or an exception naming the refusal. */
    String token(String scope) throws Exception {
        var response = requestToken(assertion(key, Instant.now().plus(Duration.ofMinutes(4))), scope);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token refused: " + response.statusCode() + " " + response.body());
        }
        var matcher = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no access token in " + response.body());
        }
        return matcher.group(1);
    }

    IGenericClient fhir(String token) {
        FhirFormat.R4.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        var client = FhirFormat.R4.newRestfulGenericClient(base());
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    HttpResponse<String> post(String token, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String token, String pathAndQuery) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
