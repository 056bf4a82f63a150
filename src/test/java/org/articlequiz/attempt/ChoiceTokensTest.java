package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, critical 2: students see choices by tokens of their attempt, which name the choice to the server and
 * tell a student nothing: not the row id, not the order of ids, not another attempt's names.
 */
class ChoiceTokensTest {

    private static ChoiceTokens tokens(byte[] secret) {
        ChoiceTokens tokens = new ChoiceTokens();
        tokens.secrets = () -> secret.clone();
        tokens.self = tokens;
        return tokens;
    }

    private static byte[] secret(int seed) {
        byte[] secret = new byte[32];
        secret[0] = (byte) seed;
        return secret;
    }

    private static final ChoiceTokens TOKENS = tokens(secret(1));

    @Test
    void aTokenNamesItsChoiceInItsAttemptOnly() {
        ChoiceTokens.Names mine = TOKENS.forAttempt(new AttemptId(7));
        String token = mine.token(1234L);
        assertEquals(22, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in JSON, URLs and element ids: " + token);
        assertEquals(OptionalLong.of(1234), mine.choiceId(token));
        assertEquals(token, TOKENS.forAttempt(new AttemptId(7)).token(1234L), "the same all through the attempt");
        assertEquals(OptionalLong.empty(), TOKENS.forAttempt(new AttemptId(8)).choiceId(token), "another attempt refuses it");
        assertNotEquals(token, TOKENS.forAttempt(new AttemptId(8)).token(1234L), "and names the same choice otherwise");
        assertNull(mine.token(null));
    }

    @Test
    void madeUpAndMangledTokensAreRefused() {
        ChoiceTokens.Names names = TOKENS.forAttempt(new AttemptId(7));
        String token = names.token(1234L);
        for (String bad : List.of("", "1234", "seven", "A".repeat(22), "A".repeat(21), token + "A", token.substring(1),
                token.substring(0, 21) + (token.charAt(21) == 'A' ? 'B' : 'A'), token.replace(token.charAt(3), '+'))) {
            assertEquals(OptionalLong.empty(), names.choiceId(bad), bad);
        }
        assertEquals(OptionalLong.empty(), names.choiceId(null));
        // A second spelling of the same 16 bytes (Base64's unused low bits of the last character set) is not accepted.
        char last = token.charAt(21);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String other = token.substring(0, 21) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
        assertEquals(OptionalLong.empty(), names.choiceId(other), other);
    }

    @Test
    void theOrderOfTokensSaysNothingAboutTheOrderOfIds() {
        // 4,000 attempts, each with choices 101..104 (the key is always 101, the lowest id, as the generator's ids
        // were in stored order): the key is the lowest token about a quarter of the time, as chance has it.
        int keyFirst = 0;
        for (long attempt = 1; attempt <= 4000; attempt++) {
            ChoiceTokens.Names names = TOKENS.forAttempt(new AttemptId(attempt));
            List<Long> bySortedToken = new ArrayList<>(List.of(101L, 102L, 103L, 104L));
            bySortedToken.sort(Comparator.comparing(id -> names.token(id)));
            if (bySortedToken.get(0) == 101L) {
                keyFirst++;
            }
        }
        assertTrue(Math.abs(keyFirst - 1000) < 150, "the key was the lowest token in " + keyFirst + " of 4,000 attempts");
    }

    @Test
    void practiceNamesChangeWithTheTurnAndTheDeck() {
        String shown = TOKENS.forPractice(5, 0).token(1234L);
        assertEquals(OptionalLong.of(1234), TOKENS.forPractice(5, 0).choiceId(shown));
        assertEquals(OptionalLong.empty(), TOKENS.forPractice(5, 1).choiceId(shown), "a name of turn 0 means nothing at turn 1");
        assertEquals(OptionalLong.empty(), TOKENS.forPractice(6, 0).choiceId(shown), "nor in another deck");
        assertEquals(OptionalLong.empty(), TOKENS.forAttempt(new AttemptId(5)).choiceId(shown), "nor in an attempt");
        Set<String> names = new HashSet<>();
        IntStream.range(0, 100).forEach(turn -> names.add(TOKENS.forPractice(5, turn).token(1234L)));
        assertEquals(100, names.size());
    }

    @Test
    void everyNodeWithTheSameSecretNamesAlikeAndAnotherSecretDoesNot() {
        String token = TOKENS.forAttempt(new AttemptId(7)).token(1234L);
        assertEquals(OptionalLong.of(1234), tokens(secret(1)).forAttempt(new AttemptId(7)).choiceId(token), "a restart, another node");
        assertEquals(OptionalLong.empty(), tokens(secret(2)).forAttempt(new AttemptId(7)).choiceId(token));
    }

    /**
     * Issue 12: a save decrypts its choice's token and encrypts it again for the reply; making and keying two AES
     * ciphers each time was most of the tokens' cost in a profile of saves. A thread now makes the attempt key's pair
     * once, and the tokens stay what they were.
     */
    @Test
    void aThreadMakesTheAttemptCiphersOnceForEverySave() throws Exception {
        ChoiceTokens tokens = tokens(secret(3));
        String first = tokens.forAttempt(new AttemptId(7)).token(1234L);
        long made = ChoiceTokens.CIPHERS_MADE.sum();
        for (long attempt = 1; attempt <= 100; attempt++) {
            ChoiceTokens.Names names = tokens.forAttempt(new AttemptId(attempt));
            assertEquals(OptionalLong.of(99), names.choiceId(names.token(99L)));
        }
        assertEquals(made, ChoiceTokens.CIPHERS_MADE.sum(), "no cipher made for 100 attempts' saves on one thread");
        assertEquals(first, tokens.forAttempt(new AttemptId(7)).token(1234L));

        // Another thread (the answer writer's, which writes a save's reply) gets its own pair and the same tokens.
        ChoiceTokens.Names names = tokens.forAttempt(new AttemptId(7));
        String[] there = new String[1];
        Thread writer = new Thread(() -> there[0] = names.token(1234L));
        writer.start();
        writer.join();
        assertEquals(first, there[0]);
        assertEquals(made + 1, ChoiceTokens.CIPHERS_MADE.sum());
    }
}
