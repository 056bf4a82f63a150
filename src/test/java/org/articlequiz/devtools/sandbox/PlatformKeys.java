package org.articlequiz.devtools.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A platform's RSA keys: the current one signs, {@link #rotate()} replaces it and drops the old one from the JWKS. */
public final class PlatformKeys {
    private final List<RSAKey> published = new ArrayList<>();
    private RSAKey current;

    public PlatformKeys() {
        this(generate());
    }

    public PlatformKeys(RSAKey first) {
        current = first;
        published.add(current);
    }

    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("platform-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized RSAKey current() {
        return current;
    }

    /** A new signing key; the old one leaves the key set at once (a platform that rotated without overlap). */
    public synchronized RSAKey rotate() {
        RSAKey old = current;
        current = generate();
        published.remove(old);
        published.add(current);
        return old;
    }

    public synchronized String jwks() {
        return new JWKSet(published.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toString(true);
    }

    public String sign(Map<String, Object> claims) {
        return sign(claims, current(), current().getKeyID());
    }

    /** Signs with the key, naming {@code kid} in the header (null: no kid). */
    public static String sign(Map<String, Object> claims, RSAKey key, String kid) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                    JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
