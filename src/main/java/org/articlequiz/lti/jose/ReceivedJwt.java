package org.articlequiz.lti.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A JWT as it arrived: parsed, not yet trusted. The caller decides, step by step, whether to trust it; this class
 * only answers questions about the header and checks a signature against one key.
 */
public final class ReceivedJwt {

    private final JWT jwt;
    private final Map<String, Object> claims;

    private ReceivedJwt(JWT jwt, Map<String, Object> claims) {
        this.jwt = jwt;
        this.claims = claims;
    }

    /** Parses a compact JWT; empty when it is not one (not three dot-separated base64url parts of JSON). */
    public static Optional<ReceivedJwt> parse(String compact) {
        if (compact == null || compact.isBlank()) {
            return Optional.empty();
        }
        try {
            JWT jwt = JWTParser.parse(compact.strip());
            return Optional.of(new ReceivedJwt(jwt, jwt.getJWTClaimsSet().toJSONObject()));
        } catch (ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The header's {@code alg}, {@code none} for an unsecured JWT. */
    public String algorithm() {
        return jwt.getHeader().getAlgorithm().getName();
    }

    /** True only for a JWS signed with RS256: LTI Security Framework 5.1.3 allows no other algorithm. */
    public boolean isRs256() {
        return !(jwt instanceof PlainJWT) && jwt instanceof SignedJWT signed
                && JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm());
    }

    public Optional<String> keyId() {
        if (jwt instanceof SignedJWT signed) {
            return Optional.ofNullable(signed.getHeader().getKeyID()).filter(k -> !k.isBlank());
        }
        return Optional.empty();
    }

    /** The claims, unverified until {@link #isSignedBy} said yes. Numbers are Long or Double, arrays are Lists. */
    public Map<String, Object> claims() {
        return claims;
    }

    /** Whether this is an RS256 JWS whose signature verifies with the key. */
    public boolean isSignedBy(VerificationKey key) {
        if (!isRs256() || !(jwt instanceof SignedJWT signed) || signed.getState() != JWSObject.State.SIGNED) {
            return false;
        }
        try {
            return signed.verify(new RSASSAVerifier(key.rsa()));
        } catch (JOSEException e) {
            return false;
        }
    }
}
