package org.articlequiz.quiz;

import java.time.Duration;

/** What one student gets beyond a quiz's settings: extra time per attempt and extra attempts. */
public record Accommodation(Duration extraTime, int extraAttempts) {
    public static final Accommodation NONE = new Accommodation(Duration.ZERO, 0);

    public Accommodation {
        if (extraTime.isNegative() || extraAttempts < 0) {
            throw org.articlequiz.DomainException.invalid("invalid-accommodation", "Extra time and extra attempts cannot be negative.");
        }
    }
}
