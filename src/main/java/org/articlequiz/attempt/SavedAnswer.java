package org.articlequiz.attempt;

import java.time.Instant;

/**
 * A save as the student is told of it: whether it changed the stored answer, the stored answer afterwards (its
 * sequence number and its choice's token in the attempt, null when cleared), the attempt's authoritative end, and
 * the feedback when the answer was marked at once.
 */
public record SavedAnswer(boolean applied, long seq, String choiceId, Instant endsAt, ItemFeedback feedback) {

    static SavedAnswer of(SaveOutcome outcome, ChoiceTokens.Names names) {
        return new SavedAnswer(outcome.applied(), outcome.seq(), names.token(outcome.choiceId()), outcome.endsAt(),
                outcome.feedback());
    }
}
