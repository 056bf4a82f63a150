package org.articlequiz.analysis;

import java.util.List;

/**
 * Moodle's statistics for one item, in percent as Moodle's report shows them, and its distractor analysis.
 * {@code null} where the data cannot define a figure.
 *
 * @param attempts                 attempts that were given the item (Moodle's "attempts" column, s)
 * @param facilityIndex            mean mark as a percentage of the item's mark
 * @param standardDeviation        sample standard deviation of the item's marks, as a percentage of its mark
 * @param randomGuessScore         the expected score of a blind guess, 100 / number of options
 * @param discriminationIndex      100 x correlation of the item's mark with the rest of the test
 * @param discriminativeEfficiency 100 x covariance(item, rest) / the largest covariance the two marginal
 *                                 distributions allow
 * @param effectiveWeight          the item's share of the spread of total scores; null when any item covaries
 *                                 negatively with the total (Moodle then shows none)
 * @param topGroupFacility         percentage of the top group that was given the item and got it right
 * @param bottomGroupFacility      the same for the bottom group
 * @param options                  every option in display order, then a {@code null}-choice row for no answer
 */
public record ItemStatistics(long itemId, int attempts, double facilityIndex, Double standardDeviation,
                             double randomGuessScore, Double discriminationIndex, Double discriminativeEfficiency,
                             Double effectiveWeight, Double topGroupFacility, Double bottomGroupFacility,
                             List<OptionCount> options, List<Warning> warnings) {
    public ItemStatistics {
        options = List.copyOf(options);
        warnings = List.copyOf(warnings);
    }

    /**
     * How often one option was chosen: overall and within the top and bottom groups (counting only group members
     * that were given the item). {@code choiceId} null is "no answer".
     */
    public record OptionCount(Long choiceId, boolean key, int count, double percent, int topCount, Double topPercent,
                              int bottomCount, Double bottomPercent) {
    }
}
