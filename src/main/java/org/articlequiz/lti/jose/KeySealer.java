package org.articlequiz.lti.jose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.articlequiz.config.Settings;

/**
 * Encrypts our private signing keys at rest (issue 11): AES-256-GCM under the key in
 * {@code ARTICLEQUIZ_KEY_ENCRYPTION_KEY} (32 bytes, base64), so a copy of the database alone (a backup, a replica)
 * cannot sign in our name. Without that setting keys are stored as they were before (plain JWKs), with a warning
 * outside demo mode. Keys stored plain are sealed the next time they are read with the setting in place.
 */
@ApplicationScoped
public class KeySealer {
    private static final System.Logger LOG = System.getLogger(KeySealer.class.getName());
    static final String PREFIX = "aes256gcm:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private SecretKeySpec key;

    protected KeySealer() {
    }

    @Inject
    public KeySealer(Settings settings) {
        this(settings.keyEncryptionKey().map(KeySealer::decode).orElse(null));
        if (key == null && !settings.demo()) {
            LOG.log(System.Logger.Level.WARNING, "ARTICLEQUIZ_KEY_ENCRYPTION_KEY is not set: the tool's private signing keys "
                    + "are stored unencrypted in the database");
        }
    }

    /** Seals with this 32-byte key; null: stores keys plain. */
    public KeySealer(byte[] key) {
        if (key != null && key.length != 32) {
            throw new IllegalArgumentException("the key encryption key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.key = key == null ? null : new SecretKeySpec(key, "AES");
    }

    /** A sealer that stores keys plain (tests, and installations without the setting). */
    public static KeySealer none() {
        return new KeySealer((byte[]) null);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ARTICLEQUIZ_KEY_ENCRYPTION_KEY is not base64", e);
        }
    }

    /** Whether a stored key is sealed (else it is a plain JWK from before, or from an installation without a key). */
    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** Whether this sealer would seal a plain stored key. */
    boolean seals() {
        return key != null;
    }

    String seal(String jwk) {
        if (key == null) {
            return jwk;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(jwk.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a key", e);
        }
    }

    String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("a stored signing key is encrypted, but ARTICLEQUIZ_KEY_ENCRYPTION_KEY is not set");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a stored signing key: is ARTICLEQUIZ_KEY_ENCRYPTION_KEY the one it was stored with?", e);
        }
    }
}
