package org.articlequiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

    @Test
    void bandsIncludeTheirLowerBoundAndTheLastIncludesFullMarks() {
        ScoreHistogram h = ScoreHistogram.of(List.of(0.0, 0.05, 0.1, 0.7, 0.999, 1.0), 10);
        assertEquals(10, h.bins().size());
        assertEquals(6, h.total());
        assertEquals(2, h.bins().get(0).count()); // 0% and 5%
        assertEquals(1, h.bins().get(1).count()); // 10% opens the second band
        assertEquals(1, h.bins().get(7).count()); // 0.7 is 69.99…% in binary, still 70%
        assertEquals(2, h.bins().get(9).count()); // 99.9% and 100%
        assertEquals(new ScoreHistogram.Bin(90.0, 100.0, 2), h.bins().get(9));
        assertEquals(0.0, h.bins().get(0).fromPercent());
        assertEquals(10.0, h.bins().get(0).toPercent());
    }

    @Test
    void thirdsOfAThreeItemQuizLandInTheirOwnBands() {
        ScoreHistogram h = ScoreHistogram.of(List.of(0.0, 1.0 / 3, 2.0 / 3, 1.0), 3);
        assertEquals(List.of(1, 1, 2), h.bins().stream().map(ScoreHistogram.Bin::count).toList());
        assertEquals(100.0, h.bins().get(2).toPercent());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ScoreHistogram.of(List.of(0.5), 0));
        assertThrows(IllegalArgumentException.class, () -> ScoreHistogram.of(List.of(0.5), 101));
        assertThrows(IllegalArgumentException.class, () -> ScoreHistogram.of(List.of(1.5), 10));
    }
}
