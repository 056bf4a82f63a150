package org.articlequiz.attempt;

import java.time.Instant;

/** The answer stored for one item of an attempt; {@code choiceId} is null when the student cleared it. */
public record SavedResponse(long itemId, Long choiceId, long seq, Instant savedAt, boolean locked) {
}
