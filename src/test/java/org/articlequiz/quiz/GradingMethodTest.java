package org.articlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradingMethodTest {
    final List<Double> scores = List.of(0.5, 0.9, 0.4);

    @Test
    void eachMethodAsMoodleDefinesIt() {
        assertEquals(0.9, GradingMethod.HIGHEST.grade(scores).getAsDouble());
        assertEquals(0.4, GradingMethod.LAST.grade(scores).getAsDouble());
        assertEquals(0.5, GradingMethod.FIRST.grade(scores).getAsDouble());
        assertEquals(0.6, GradingMethod.AVERAGE.grade(scores).getAsDouble(), 1e-9);
        assertTrue(GradingMethod.HIGHEST.grade(List.of()).isEmpty());
    }
}
