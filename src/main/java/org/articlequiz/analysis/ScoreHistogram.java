package org.articlequiz.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * How many scores fall in each of equal-width bands from 0% to 100%, like the bar chart of Moodle's grades
 * overview report. Each band includes its lower bound and excludes its upper one, except the last, which
 * includes 100%.
 */
public record ScoreHistogram(List<Bin> bins, int total) {
    public static final int MAX_BINS = 100;

    public ScoreHistogram {
        bins = List.copyOf(bins);
    }

    /** One band, {@code [fromPercent, toPercent)}, with the number of scores in it. */
    public record Bin(double fromPercent, double toPercent, int count) {
    }

    /** @param fractions scores between 0 and 1 */
    public static ScoreHistogram of(List<Double> fractions, int binCount) {
        if (binCount < 1 || binCount > MAX_BINS) {
            throw new IllegalArgumentException("between 1 and " + MAX_BINS + " bins, not " + binCount);
        }
        int[] counts = new int[binCount];
        for (double fraction : fractions) {
            if (fraction < 0 || fraction > 1 || Double.isNaN(fraction)) {
                throw new IllegalArgumentException("a score fraction must be within 0..1, not " + fraction);
            }
            // The epsilon keeps 0.7 (stored as 0.69999…) in the 70% band, where a person expects it.
            int bin = (int) Math.floor(fraction * binCount + 1e-9);
            counts[Math.min(bin, binCount - 1)]++;
        }
        List<Bin> bins = new ArrayList<>(binCount);
        double width = 100.0 / binCount;
        for (int i = 0; i < binCount; i++) {
            bins.add(new Bin(i * width, i == binCount - 1 ? 100.0 : (i + 1) * width, counts[i]));
        }
        return new ScoreHistogram(bins, fractions.size());
    }
}
