package org.articlequiz.attempt;

import java.time.Instant;

/**
 * The result of a save as committed: whether this save changed the stored answer, the stored answer's sequence
 * number and choice afterwards, the attempt's authoritative end, whether the answer is now locked (immediate
 * feedback), and that feedback.
 */
public record SaveOutcome(boolean applied, long seq, Long choiceId, Instant endsAt, boolean locked, ItemFeedback feedback) {
    public SaveOutcome withFeedback(ItemFeedback feedback) {
        return new SaveOutcome(applied, seq, choiceId, endsAt, locked, feedback);
    }
}
