package org.articlequiz.analysis;

import java.util.Arrays;

/** Sample moments with Moodle's divisor: n - 1 for variances and covariances. */
final class Sample {
    /** Below this a variance or covariance is zero: sums of 0/1 marks carry rounding noise, nothing else. */
    static final double ZERO = 1e-12;

    private Sample() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Needs at least two values. */
    static double variance(double[] values) {
        return covariance(values, values);
    }

    /** Needs at least two pairs. */
    static double covariance(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        double covariance = sum / (a.length - 1);
        return isZero(covariance) ? 0 : covariance;
    }

    /**
     * The largest covariance two variables with these marginal distributions can have: both sorted ascending and
     * paired in order (Moodle's {@code covariancemax}, the denominator of discriminative efficiency).
     */
    static double maximumCovariance(double[] a, double[] b) {
        double[] sortedA = a.clone();
        double[] sortedB = b.clone();
        Arrays.sort(sortedA);
        Arrays.sort(sortedB);
        return covariance(sortedA, sortedB);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static boolean isZero(double value) {
        return Math.abs(value) < ZERO;
    }
}
