package org.articlequiz.quiz;

import java.util.List;

/** How several attempts make one grade, as in Moodle's quiz: highest, last, first or the average. */
public enum GradingMethod {
    HIGHEST, LAST, FIRST, AVERAGE;

    /** The grade from attempt scores (fractions 0..1) in the order the attempts were started; empty when none. */
    public java.util.OptionalDouble grade(List<Double> scoresInOrder) {
        if (scoresInOrder.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> scoresInOrder.stream().mapToDouble(Double::doubleValue).max();
            case LAST -> java.util.OptionalDouble.of(scoresInOrder.get(scoresInOrder.size() - 1));
            case FIRST -> java.util.OptionalDouble.of(scoresInOrder.get(0));
            case AVERAGE -> scoresInOrder.stream().mapToDouble(Double::doubleValue).average();
        };
    }
}
