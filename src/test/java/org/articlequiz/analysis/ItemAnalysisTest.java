package org.articlequiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Moodle's formulas on a data set small enough to work by hand. Five attempts at three items (A, B, C; marks
 * 1 = right):
 * <pre>
 *   attempt  A  B  C  total   A's rest  B's rest  C's rest
 *   1        1  1  1    3        2         2         2
 *   2        1  1  0    2        1         1         2
 *   3        1  0  1    2        1         2         1
 *   4        0  1  0    1        1         0         1
 *   5        0  0  0    0        0         0         0
 * </pre>
 * The arithmetic for each expected value is in the comment beside it (divisor s - 1 = 4 throughout).
 */
class ItemAnalysisTest {
    private static final double EPS = 1e-4;

    static final AnalysedItem A = new AnalysedItem(10, List.of(101L, 102L, 103L, 104L), 101);
    static final AnalysedItem B = new AnalysedItem(20, List.of(201L, 202L, 203L, 204L), 202);
    static final AnalysedItem C = new AnalysedItem(30, List.of(301L, 302L, 303L, 304L), 303);

    static AnswerSheet sheet(long attempt, Long a, Long b, Long c) {
        return new AnswerSheet(attempt, List.of(new AnswerSheet.Answer(10, a), new AnswerSheet.Answer(20, b),
                new AnswerSheet.Answer(30, c)));
    }

    static final List<AnswerSheet> FIVE = List.of(
            sheet(1, 101L, 202L, 303L),
            sheet(2, 101L, 202L, 302L),
            sheet(3, 101L, 203L, 303L),
            sheet(4, 102L, 202L, 302L),
            sheet(5, null, 203L, 304L));

    private static ItemStatistics item(QuizAnalysis analysis, long id) {
        return analysis.items().stream().filter(i -> i.itemId() == id).findFirst().orElseThrow();
    }

    private static boolean has(List<Warning> warnings, Warning.Code code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }

    @Test
    void facilityAndStandardDeviation() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), FIVE);
        // A: marks 1,1,1,0,0: mean 0.6; V = (3 x 0.4² + 2 x 0.6²) / 4 = 1.2 / 4 = 0.3; SD = 100 sqrt(0.3)
        assertEquals(60.0, item(analysis, 10).facilityIndex(), EPS);
        assertEquals(54.7723, item(analysis, 10).standardDeviation(), EPS);
        assertEquals(60.0, item(analysis, 20).facilityIndex(), EPS);
        // C: marks 1,0,1,0,0: mean 0.4; V = 0.3 as well
        assertEquals(40.0, item(analysis, 30).facilityIndex(), EPS);
        assertEquals(54.7723, item(analysis, 30).standardDeviation(), EPS);
        assertEquals(25.0, item(analysis, 10).randomGuessScore(), EPS); // one key among four options
        assertEquals(5, item(analysis, 10).attempts());
    }

    @Test
    void discriminationIndexIsTheCorrelationWithTheRestOfTheTest() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), FIVE);
        // A: rest 2,1,1,1,0 (mean 1, V = (1+0+0+0+1)/4 = 0.5);
        //    C(x, rest) = (0.4x1 + 0.4x0 + 0.4x0 - 0.6x0 - 0.6x-1) / 4 = 1.0/4 = 0.25
        //    D = 100 x 0.25 / sqrt(0.3 x 0.5) = 64.5497
        assertEquals(64.5497, item(analysis, 10).discriminationIndex(), EPS);
        // B: rest 2,1,2,0,0 (mean 1); C = (0.4x1 + 0.4x0 - 0.6x1 + 0.4x-1 - 0.6x-1) / 4 = 0
        assertEquals(0.0, item(analysis, 20).discriminationIndex(), EPS);
        // C: rest 2,2,1,1,0 (mean 1.2, V = (0.64+0.64+0.04+0.04+1.44)/4 = 0.7);
        //    C = (0.6x0.8 - 0.4x0.8 + 0.6x-0.2 - 0.4x-0.2 - 0.4x-1.2) / 4 = 0.6/4 = 0.15
        //    D = 100 x 0.15 / sqrt(0.3 x 0.7) = 32.7327
        assertEquals(32.7327, item(analysis, 30).discriminationIndex(), EPS);
    }

    @Test
    void discriminativeEfficiencyComparesWithTheLargestPossibleCovariance() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), FIVE);
        // A: sorted marks 0,0,1,1,1 against sorted rest 0,1,1,1,2:
        //    Cmax = (-0.6x-1 - 0.6x0 + 0.4x0 + 0.4x0 + 0.4x1) / 4 = 0.25 = C, so DE = 100
        assertEquals(100.0, item(analysis, 10).discriminativeEfficiency(), EPS);
        // B: Cmax = (-0.6x-1 - 0.6x-1 + 0.4x0 + 0.4x1 + 0.4x1) / 4 = 0.5; DE = 100 x 0 / 0.5 = 0
        assertEquals(0.0, item(analysis, 20).discriminativeEfficiency(), EPS);
        // C: sorted 0,0,0,1,1 against 0,1,1,2,2: Cmax = (0.48 + 0.08 + 0.08 + 0.48 + 0.48) / 4 = 0.4;
        //    DE = 100 x 0.15 / 0.4 = 37.5
        assertEquals(37.5, item(analysis, 30).discriminativeEfficiency(), EPS);
    }

    @Test
    void effectiveWeightsShareTheSpreadOfTotals() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), FIVE);
        // totals 3,2,2,1,0 (mean 1.6): C(A,T) = 2.2/4 = 0.55, C(B,T) = 1.2/4 = 0.3, C(C,T) = 1.8/4 = 0.45
        // sum of roots = 0.741620 + 0.547723 + 0.670820 = 1.960163
        assertEquals(37.8346, item(analysis, 10).effectiveWeight(), EPS);
        assertEquals(27.9427, item(analysis, 20).effectiveWeight(), EPS);
        assertEquals(34.2227, item(analysis, 30).effectiveWeight(), EPS);
    }

    @Test
    void quizStatisticsAndCoefficientOfInternalConsistency() {
        TestStatistics test = ItemAnalysis.analyse(List.of(A, B, C), FIVE).test();
        assertEquals(5, test.attempts());
        // scores 100, 66.67, 66.67, 33.33, 0
        assertEquals(53.3333, test.meanPercent(), EPS);
        assertEquals(66.6667, test.medianPercent(), EPS);
        // V(T) = (1.96 + 0.16 + 0.16 + 0.36 + 2.56) / 4 = 1.3 marks²; in percent: 100 sqrt(1.3) / 3
        assertEquals(38.0058, test.standardDeviation(), EPS);
        // deviations 1.4, .4, .4, -.6, -1.6: m2 = 1.04, m3 = -0.288, m4 = 2.1152; k2 = 1.3;
        // k3 = 25 x -0.288 / 12 = -0.6; skewness = -0.6 / 1.3^1.5
        assertEquals(-0.404796, test.skewness(), 1e-6);
        // k4 = 25 (6 x 2.1152 - 12 x 1.0816) / 24 = -0.3; kurtosis = -0.3 / 1.69
        assertEquals(-0.177515, test.kurtosis(), 1e-6);
        // sum of item variances 0.9; CIC = 100 x 3/2 x (1 - 0.9/1.3) = 46.1538
        assertEquals(46.1538, test.coefficientOfInternalConsistency(), EPS);
        // ER = 100 sqrt(1 - 0.461538) = 73.3799; SE = 73.3799 x 38.0058 / 100 = 27.8886
        assertEquals(73.3799, test.errorRatio(), EPS);
        assertEquals(27.8886, test.standardError(), EPS);
        assertEquals(3, test.itemsInConsistency());
    }

    @Test
    void distractorsAreCountedOverallAndInKelleysGroups() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), FIVE);
        // 27% of 5 = 1.35, rounded to 1: the top group is attempt 1 (3/3), the bottom attempt 5 (0/3)
        assertEquals(1, analysis.groups().size());
        assertEquals(List.of(1L), analysis.groups().topAttemptIds());
        assertEquals(List.of(5L), analysis.groups().bottomAttemptIds());

        List<ItemStatistics.OptionCount> a = item(analysis, 10).options();
        assertEquals(5, a.size(), "four options and 'no answer'");
        assertEquals(new ItemStatistics.OptionCount(101L, true, 3, 60.0, 1, 100.0, 0, 0.0), a.get(0));
        assertEquals(new ItemStatistics.OptionCount(102L, false, 1, 20.0, 0, 0.0, 0, 0.0), a.get(1));
        assertEquals(new ItemStatistics.OptionCount(103L, false, 0, 0.0, 0, 0.0, 0, 0.0), a.get(2));
        assertEquals(new ItemStatistics.OptionCount(null, false, 1, 20.0, 0, 0.0, 1, 100.0), a.get(4));
        assertEquals(100.0, item(analysis, 10).topGroupFacility(), EPS);
        assertEquals(0.0, item(analysis, 10).bottomGroupFacility(), EPS);

        List<ItemStatistics.OptionCount> c = item(analysis, 30).options();
        assertEquals(2, c.get(1).count()); // 302, chosen by attempts 2 and 4
        assertEquals(2, c.get(2).count()); // the key 303
        assertEquals(1, c.get(3).bottomCount()); // 304, chosen by the bottom attempt
    }

    @Test
    void warnsAboutFewAttemptsAndDubiousItems() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), FIVE);
        assertTrue(has(analysis.warnings(), Warning.Code.FEW_ATTEMPTS));
        assertTrue(has(analysis.warnings(), Warning.Code.SMALL_GROUPS));
        assertFalse(has(analysis.warnings(), Warning.Code.ITEMS_DIFFER));
        assertTrue(has(item(analysis, 20).warnings(), Warning.Code.LOW_DISCRIMINATIVE_EFFICIENCY), "DE 0% < 15%");
        assertFalse(has(item(analysis, 20).warnings(), Warning.Code.NEGATIVE_DISCRIMINATION), "D is 0, not negative");
        assertFalse(has(item(analysis, 10).warnings(), Warning.Code.LOW_DISCRIMINATIVE_EFFICIENCY));
        assertTrue(has(item(analysis, 10).warnings(), Warning.Code.FEW_RESPONSES));
        assertEquals("few-attempts", Warning.Code.FEW_ATTEMPTS.slug());
    }

    @Test
    void aMiskeyedItemDiscriminatesNegativelyAndItsDistractorWinsTheTopGroup() {
        // Item C keyed on 302 by mistake: the students who do well on A and B chose 303.
        AnalysedItem miskeyed = new AnalysedItem(30, C.choiceIds(), 302);
        List<AnswerSheet> sheets = List.of(
                sheet(1, 101L, 202L, 303L),
                sheet(2, 101L, 202L, 303L),
                sheet(3, 101L, 201L, 302L),
                sheet(4, 102L, 201L, 302L),
                sheet(5, 102L, 201L, 302L));
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, miskeyed), sheets);
        ItemStatistics c = item(analysis, 30);
        // C's marks 0,0,1,1,1 against the rest 2,2,1,0,0
        assertTrue(c.discriminationIndex() < 0, () -> "D = " + c.discriminationIndex());
        assertTrue(has(c.warnings(), Warning.Code.NEGATIVE_DISCRIMINATION));
        // totals 2,2,2,1,1: the top group is attempt 1 (ties by id), which chose 303, option C
        assertTrue(has(c.warnings(), Warning.Code.DISTRACTOR_BEATS_KEY_IN_TOP_GROUP));
        assertTrue(c.warnings().stream().anyMatch(w -> w.message().contains("option C")), c.warnings()::toString);
        assertNull(c.effectiveWeight(), "Moodle gives no effective weight to an item that covaries negatively");
        assertTrue(item(analysis, 10).effectiveWeight() > 0);
    }

    @Test
    void withOneAttemptOnlyTheMeansAreDefined() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), FIVE.subList(0, 1));
        assertEquals(100.0, analysis.test().meanPercent(), EPS);
        assertNull(analysis.test().standardDeviation());
        assertNull(analysis.test().coefficientOfInternalConsistency());
        assertNull(item(analysis, 10).discriminationIndex());
        assertNull(item(analysis, 10).standardDeviation());
        assertEquals(0, analysis.groups().size());
        assertNull(item(analysis, 10).options().get(0).topPercent());
        assertTrue(has(analysis.warnings(), Warning.Code.TOO_FEW_ATTEMPTS));
        assertTrue(has(item(analysis, 10).warnings(), Warning.Code.TOO_FEW_RESPONSES));
    }

    @Test
    void withNoAttemptsThereIsNothingButAWarning() {
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), List.of());
        assertEquals(0, analysis.test().attempts());
        assertNull(analysis.test().meanPercent());
        assertTrue(analysis.items().isEmpty());
        assertTrue(has(analysis.warnings(), Warning.Code.NO_ATTEMPTS));
    }

    @Test
    void anItemEveryoneGotRightHasNoVarianceAndNoDiscrimination() {
        List<AnswerSheet> sheets = List.of(sheet(1, 101L, 202L, 303L), sheet(2, 101L, 201L, 301L), sheet(3, 101L, 202L, 301L));
        ItemStatistics a = item(ItemAnalysis.analyse(List.of(A, B, C), sheets), 10);
        assertEquals(100.0, a.facilityIndex(), EPS);
        assertEquals(0.0, a.standardDeviation(), EPS);
        assertNull(a.discriminationIndex());
        assertNull(a.discriminativeEfficiency());
        assertTrue(has(a.warnings(), Warning.Code.NO_VARIANCE));
    }

    @Test
    void consistencyUsesOnlyTheItemsEveryAttemptWasGiven() {
        // Attempt 6 started before item C was approved: it has only A and B.
        List<AnswerSheet> sheets = new ArrayList<>(FIVE);
        sheets.add(new AnswerSheet(6, List.of(new AnswerSheet.Answer(10, 101L), new AnswerSheet.Answer(20, 202L))));
        QuizAnalysis analysis = ItemAnalysis.analyse(List.of(A, B, C), sheets);
        assertEquals(2, analysis.test().itemsInConsistency());
        assertTrue(has(analysis.warnings(), Warning.Code.ITEMS_DIFFER));
        assertEquals(6, item(analysis, 10).attempts());
        assertEquals(5, item(analysis, 30).attempts());
        // A and B over six attempts: A = 1,1,1,0,0,1 and B = 1,1,0,1,0,1: V(A) = V(B) = 4 x (1/3)² ... = 0.2667;
        // A+B = 2,2,1,1,0,2 (mean 4/3): V = (4/9 x 3 + 1/9 x 2 + 16/9) / 5 = (12 + 2 + 16)/45 = 0.6667
        // CIC = 100 x 2 x (1 - 0.5333/0.6667) = 40
        assertEquals(40.0, analysis.test().coefficientOfInternalConsistency(), EPS);
        // The attempt without C scores 2/2 = 100%: scores are percentages of each attempt's own maximum.
        assertEquals(List.of(1L, 6L), analysis.groups().topAttemptIds(), "27% of 6 = 1.62 → 2; ties by attempt id");
    }

    @Test
    void kelleyGroupsAreTwentySevenPercentRounded() {
        assertEquals(0, groupSize(1));
        assertEquals(1, groupSize(2));
        assertEquals(3, groupSize(10));
        assertEquals(27, groupSize(100));
        assertEquals(54, groupSize(200));
    }

    @Test
    void aDistractorAlmostNobodyChoosesIsNonFunctional() {
        List<AnswerSheet> sheets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long choice = i < 10 ? 101 : i < 15 ? 102 : 103; // 104 is never chosen
            sheets.add(new AnswerSheet(i + 1, List.of(new AnswerSheet.Answer(10, choice))));
        }
        ItemStatistics a = item(ItemAnalysis.analyse(List.of(A), sheets), 10);
        assertEquals(1, a.warnings().stream().filter(w -> w.code() == Warning.Code.NON_FUNCTIONAL_DISTRACTOR).count());
        assertTrue(a.warnings().stream().anyMatch(w -> w.message().startsWith("Option D")));
    }

    private static int groupSize(int attempts) {
        List<AnswerSheet> sheets = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            sheets.add(new AnswerSheet(i, List.of(new AnswerSheet.Answer(10, i % 2 == 0 ? 101L : 102L))));
        }
        return ItemAnalysis.analyse(List.of(A), sheets).groups().size();
    }
}
