package org.articlequiz.attempt;

/** Points out of a maximum; one point per item. */
public record Score(double points, double maxPoints) {
    public Score {
        if (points < 0 || maxPoints < 0 || points > maxPoints) {
            throw new IllegalArgumentException("score " + points + " out of " + maxPoints);
        }
    }

    /** 0..1; a quiz without items scores 0. */
    public double fraction() {
        return maxPoints == 0 ? 0 : points / maxPoints;
    }
}
