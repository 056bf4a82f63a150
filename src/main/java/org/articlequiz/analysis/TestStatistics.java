package org.articlequiz.analysis;

/**
 * Figures for the quiz as a whole, as Moodle's statistics report gives them. Scores are percentages of each
 * attempt's maximum. {@code null} where the data cannot define a figure (for example a standard deviation of one
 * attempt).
 *
 * @param attempts                          number of attempts analysed (Moodle's "number of complete graded attempts")
 * @param meanPercent                       average score
 * @param medianPercent                     median score
 * @param standardDeviation                 sample standard deviation (divisor n-1) of the scores, in percentage points
 * @param skewness                          Moodle's skewness k3 / k2^(3/2)
 * @param kurtosis                          Moodle's (excess) kurtosis k4 / k2^2
 * @param coefficientOfInternalConsistency  Cronbach's alpha times 100 (Moodle's CIC)
 * @param errorRatio                        100 sqrt(1 - CIC/100)
 * @param standardError                     errorRatio x standardDeviation / 100, in percentage points
 * @param itemsInConsistency                how many items the consistency was computed over (those all attempts share)
 */
public record TestStatistics(int attempts, Double meanPercent, Double medianPercent, Double standardDeviation,
                             Double skewness, Double kurtosis, Double coefficientOfInternalConsistency,
                             Double errorRatio, Double standardError, int itemsInConsistency) {
}
