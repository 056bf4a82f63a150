package org.articlequiz.attempt;

import java.time.Instant;
import org.articlequiz.user.UserId;

/**
 * One save of one answer as the server received it: whose attempt, which item, the choice (null clears the answer),
 * the client's sequence number, and when it arrived, which is the time the deadline is checked against.
 */
public record AnswerSave(AttemptId attempt, UserId student, long itemId, Long choiceId, long seq, Instant receivedAt) {

    /** The answer a save is for. Two saves of one answer cannot share a statement: an upsert touches a row once. */
    public record Key(long attempt, long itemId) {
    }

    public Key key() {
        return new Key(attempt.value(), itemId);
    }
}
