package org.articlequiz.lti.jose;

import com.nimbusds.jose.jwk.RSAKey;

/** A platform's public RSA key from its JWKS, identified by {@code kid}. */
public final class VerificationKey {
    private final RSAKey rsa;

    VerificationKey(RSAKey rsa) {
        this.rsa = rsa.toPublicJWK();
    }

    RSAKey rsa() {
        return rsa;
    }

    public String keyId() {
        return rsa.getKeyID();
    }
}
