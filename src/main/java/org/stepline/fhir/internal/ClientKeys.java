package org.stepline.fhir.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A client's public keys as an administrator pastes them: a JWK Set (as SMART Backend Services clients publish) or a
 * single PEM public key. Private keys are refused: Stepline must never hold a client's secret.
 */
public final class ClientKeys {

    private ClientKeys() {}

    /** The keys as a JWK Set holding public keys only, or a plain-English problem. */
    public sealed interface Parsed {}

    public record Keys(JWKSet keys) implements Parsed {}

    public record Problem(String message) implements Parsed {}

    public static Parsed parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new Problem("Enter the client's public key (a JWK Set or a PEM public key)");
        }
        if (trimmed.contains("PRIVATE KEY") || trimmed.contains("\"d\"")) {
            return new Problem(
                    "This is a private key: enter only the public key. Keep the private key with the client");
        }
        try {
            var keys = trimmed.startsWith("{") ? jwks(trimmed) : new JWKSet(pem(trimmed));
            if (keys.getKeys().isEmpty()) {
                return new Problem("The JWK Set has no keys");
            }
            for (JWK key : keys.getKeys()) {
                if (!(key instanceof RSAKey) && !(key instanceof ECKey)) {
                    return new Problem("Only RSA and elliptic-curve keys can sign client assertions");
                }
            }
            return new Keys(keys.toPublicJWKSet());
        } catch (ParseException | IllegalArgumentException | JOSEException | java.security.GeneralSecurityException e) {
            return new Problem("This is not a JWK Set or a PEM public key");
        }
    }

    /** The stored JWK Set, which was checked when the client was registered. */
    public static JWKSet stored(String jwks) {
        try {
            return JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored client key set cannot be read", e);
        }
    }

    private static JWKSet jwks(String json) throws ParseException {
        if (json.contains("\"keys\"")) {
            return JWKSet.parse(json);
        }
        return new JWKSet(JWK.parse(json));
    }

    private static JWK pem(String pem) throws java.security.GeneralSecurityException, JOSEException {
        if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new IllegalArgumentException("not a PEM public key");
        }
        String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        var spec = new X509EncodedKeySpec(Base64.getDecoder().decode(body));
        PublicKey key = tryKey("RSA", spec)
                .or(() -> tryKey("EC", spec))
                .orElseThrow(() -> new IllegalArgumentException("neither RSA nor EC"));
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).keyIDFromThumbprint().build();
        }
        var ec = (ECPublicKey) key;
        return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec)
                .keyIDFromThumbprint()
                .build();
    }

    private static Optional<PublicKey> tryKey(String algorithm, X509EncodedKeySpec spec) {
        try {
            return Optional.of(KeyFactory.getInstance(algorithm).generatePublic(spec));
        } catch (java.security.GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** Key ids, for the administrator's list. */
    public static List<String> keyIds(String jwks) {
        return stored(jwks).getKeys().stream()
                .map(k -> k.getKeyID() == null ? "(no id)" : k.getKeyID())
                .toList();
    }
}
