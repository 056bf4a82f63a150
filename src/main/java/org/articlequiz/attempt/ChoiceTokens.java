package org.articlequiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The names students see for choices. A student never sees a choice's row id: ids are allocated in the order the
 * options were stored, so they were a map to the key (issue 11). Instead each attempt names each choice with a token
 * of its own, and a practice deck each question each time it is shown.
 *
 * <p>A token is the AES encryption of one 16-byte block, {@code [attempt id][choice id]} (for practice,
 * {@code [deck id][choice id]} under a key for that turn), with a key derived from the tool's secret
 * ({@link ChoiceTokenSecret}). One AES block is a keyed permutation, so without the key a token is 128 bits that look
 * random: tokens say nothing about ids or their order, differ between attempts, and cannot be made. The server
 * decrypts a token back to its choice without reading the database (the save path stays one statement per batch),
 * and refuses it unless the block names the same attempt (64 bits that a made-up or borrowed token matches with
 * probability 2^-64). Whether the choice belongs to the item is checked where the answer is stored.
 */
@ApplicationScoped
public class ChoiceTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** A 16-byte block in URL-safe Base64 without padding. */
    private static final int TOKEN_LENGTH = 22;

    @Inject
    ChoiceTokenSecret secrets;
    @Inject
    ChoiceTokens self;

    private volatile byte[] secret;
    private volatile SecretKeySpec attemptKey;
    /**
     * Each thread's two ciphers for the attempt key, made once: {@code Cipher.getInstance} and {@code init} cost far
     * more than the one block they then transform (issue 12: 60 of the 81 samples of choice tokens in a profile of
     * saves were in them, twice per save). A cipher is not thread-safe, hence one pair per thread.
     */
    private final ThreadLocal<Ciphers> attemptCiphers = new ThreadLocal<>();
    /** Ciphers made so far, by every instance: a test sees that a thread's attempt ciphers are made once. */
    static final java.util.concurrent.atomic.LongAdder CIPHERS_MADE = new java.util.concurrent.atomic.LongAdder();

    /** The names of one attempt's choices: the same for the whole attempt, so a page can queue saves and reload. */
    public Names forAttempt(AttemptId attempt) {
        SecretKeySpec key = attemptKey;
        if (key == null) {
            key = attemptKey = derive("attempt choices");
        }
        SecretKeySpec attemptsKey = key;
        // Names may be used on two threads in turn (a save's reply is written on the answer writer's thread): each
        // thread takes its own pair of ciphers.
        return new Names(attempt.value(), () -> {
            Ciphers mine = attemptCiphers.get();
            if (mine == null || mine.key != attemptsKey) {
                mine = new Ciphers(attemptsKey);
                attemptCiphers.set(mine);
            }
            return mine;
        });
    }

    /**
     * The names of the choices of the question a practice deck shows at {@code turn}: new each time a question comes
     * back, like its order, so a missed question is answered by its content and not by a name seen in its feedback.
     */
    public Names forPractice(long deckId, int turn) {
        SecretKeySpec key = derive("practice choices at turn " + turn);
        Ciphers ciphers = new Ciphers(key);
        return new Names(deckId, () -> ciphers);
    }

    /**
     * Reads the tool's secret once (made on first use); every node and every restart then names choices alike. Public:
     * Weld did not run the transaction interceptor on this method while it was package-private, so a node whose first
     * request was a save (a node restarted mid-class, issue 12) failed every save with TransactionRequiredException
     * until a start or submit happened to load the secret inside its own transaction.
     */
    @Transactional
    public byte[] loadSecret() {
        return secrets.secret();
    }

    private SecretKeySpec derive(String purpose) {
        byte[] master = secret;
        if (master == null) {
            master = secret = self.loadSecret();
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(master, "HmacSHA256"));
            return new SecretKeySpec(hmac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /**
     * The tokens of one scope (an attempt, or a deck at one turn). An attempt's use the calling thread's ciphers; a deck's hold
     * their own: use those from one thread at a time.
     */
    public static final class Names {
        private final long scope;
        private final java.util.function.Supplier<Ciphers> ciphers;

        Names(long scope, java.util.function.Supplier<Ciphers> ciphers) {
            this.scope = scope;
            this.ciphers = ciphers;
        }

        /** The token of a choice; null for null (no answer). */
        public String token(Long choiceId) {
            if (choiceId == null) {
                return null;
            }
            byte[] block = ByteBuffer.allocate(16).putLong(scope).putLong(choiceId).array();
            return ENCODER.encodeToString(run(true, block));
        }

        /** The choice a token of this scope names; empty for anything else (another attempt's token, a made-up one). */
        public OptionalLong choiceId(String token) {
            if (token == null || token.length() != TOKEN_LENGTH) {
                return OptionalLong.empty();
            }
            byte[] sealed;
            try {
                sealed = DECODER.decode(token);
            } catch (IllegalArgumentException notBase64) {
                return OptionalLong.empty();
            }
            if (sealed.length != 16 || !ENCODER.encodeToString(sealed).equals(token)) {
                return OptionalLong.empty(); // one spelling per token
            }
            ByteBuffer block = ByteBuffer.wrap(run(false, sealed));
            if (block.getLong() != scope) {
                return OptionalLong.empty();
            }
            long choiceId = block.getLong();
            return choiceId > 0 ? OptionalLong.of(choiceId) : OptionalLong.empty();
        }

        /**
         * AES on exactly one block, so no mode of operation is involved: ECB over a single block is the bare keyed
         * permutation, which is what a token is. (ECB's weakness, equal blocks of a longer message showing as equal,
         * cannot arise: every token is one block, and each (scope, choice) pair is a different block.)
         */
        private byte[] run(boolean forward, byte[] block) {
            try {
                Ciphers c = ciphers.get();
                return (forward ? c.encrypt : c.decrypt).doFinal(block);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES is part of every JDK", e);
            }
        }
    }

    /** One key's encrypting and decrypting ciphers, for one thread. */
    static final class Ciphers {
        final SecretKeySpec key;
        final Cipher encrypt;
        final Cipher decrypt;

        Ciphers(SecretKeySpec key) {
            this.key = key;
            try {
                encrypt = Cipher.getInstance("AES/ECB/NoPadding");
                encrypt.init(Cipher.ENCRYPT_MODE, key);
                decrypt = Cipher.getInstance("AES/ECB/NoPadding");
                decrypt.init(Cipher.DECRYPT_MODE, key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES is part of every JDK", e);
            }
            CIPHERS_MADE.increment();
        }
    }
}
