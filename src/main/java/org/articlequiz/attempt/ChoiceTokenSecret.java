package org.articlequiz.attempt;

/**
 * The tool's secret for naming choices to students ({@link ChoiceTokens}): 32 random bytes, made once on first use
 * and kept in the database, so that every server node and every restart gives a choice the same token. Whoever can
 * read it can also read the keys from the same database, so it needs no more protection than they have.
 */
public interface ChoiceTokenSecret {
    /** The secret, made (with {@link java.security.SecureRandom}) if there is none yet; in a transaction. */
    byte[] secret();
}
