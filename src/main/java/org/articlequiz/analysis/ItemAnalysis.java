package org.articlequiz.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Item analysis with the formulas of Moodle's quiz statistics report ({@code question/classes/statistics/questions/
 * calculator.php} and {@code mod/quiz/report/statistics/statistics.php}; documented at docs.moodle.org/dev/
 * Quiz_statistics_calculations). With s attempts given item i, x its mark (0 or 1), T an attempt's total and
 * X = T - x the rest of the test, every variance V and covariance C taking the divisor s - 1:
 * <ul>
 *   <li>facility index F = 100 mean(x) / max mark;</li>
 *   <li>standard deviation SD = 100 sqrt(V(x)) / max mark;</li>
 *   <li>discrimination index D = 100 C(x, X) / sqrt(V(x) V(X)), the corrected item-total correlation;</li>
 *   <li>discriminative efficiency DE = 100 C(x, X) / Cmax(x, X), Cmax pairing x and X each sorted ascending;</li>
 *   <li>effective weight 100 sqrt(C(x, T)) / sum over items of sqrt(C(x, T));</li>
 *   <li>coefficient of internal consistency CIC = 100 P/(P-1) (1 - sum V(x) / V(T)) over P items (Cronbach's
 *       alpha), error ratio ER = 100 sqrt(1 - CIC/100), standard error SE = ER x SD(T) / 100.</li>
 * </ul>
 * The distractor analysis counts each option overall and in Kelley's top and bottom 27% (see {@link Groups}).
 * Items are scored against the keys given here, so after a key is corrected the analysis already shows the item
 * as a regrade will score it.
 */
public final class ItemAnalysis {
    /** Below this many attempts the figures are flagged as estimates with wide error (a common rule of thumb). */
    public static final int FEW = 30;
    /** Top and bottom groups smaller than this are flagged. */
    public static final int SMALL_GROUP = 10;
    /** Kelley's share for the top and bottom groups. */
    public static final double GROUP_SHARE = 0.27;
    /** Moodle's {@code is_dubious_question}: discriminative efficiency under 15%. */
    static final double DUBIOUS_EFFICIENCY = 15;
    /** A distractor chosen by fewer than 5% of respondents does not distract (Haladyna and Downing, 1993). */
    static final double NON_FUNCTIONAL_PERCENT = 5;
    static final int NON_FUNCTIONAL_MIN_RESPONSES = 20;

    private ItemAnalysis() {
    }

    /**
     * Analyses graded attempts.
     *
     * @param items  every item that appears on a sheet, in the order to report them
     * @param sheets one per analysed attempt
     */
    public static QuizAnalysis analyse(List<AnalysedItem> items, List<AnswerSheet> sheets) {
        Map<Long, AnalysedItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.itemId(), item));
        int n = sheets.size();
        List<Map<Long, AnswerSheet.Answer>> answers = new ArrayList<>(n);
        double[] totals = new double[n];
        double[] percents = new double[n];
        for (int a = 0; a < n; a++) {
            Map<Long, AnswerSheet.Answer> byItem = new HashMap<>();
            for (AnswerSheet.Answer answer : sheets.get(a).answers()) {
                AnalysedItem item = byId.get(answer.itemId());
                if (item == null) {
                    throw new IllegalArgumentException("attempt " + sheets.get(a).attemptId() + " has item "
                            + answer.itemId() + ", which was not given");
                }
                byItem.put(answer.itemId(), answer);
                totals[a] += mark(item, answer);
            }
            answers.add(byItem);
            percents[a] = byItem.isEmpty() ? 0 : 100 * totals[a] / byItem.size();
        }

        List<Warning> warnings = new ArrayList<>();
        Groups groups = groups(sheets, percents);
        List<AnalysedItem> common = items.stream()
                .filter(item -> answers.stream().allMatch(sheet -> sheet.containsKey(item.itemId()))).toList();
        TestStatistics test = testStatistics(percents, common, answers, byId);
        quizWarnings(n, groups, common.size(), items.stream()
                .filter(item -> answers.stream().anyMatch(sheet -> sheet.containsKey(item.itemId()))).count(), warnings);

        List<ItemStatistics> itemStatistics = new ArrayList<>();
        Map<Long, Double> covarianceWithTotal = new HashMap<>();
        for (AnalysedItem item : items) {
            int[] given = IntStream.range(0, n).filter(a -> answers.get(a).containsKey(item.itemId())).toArray();
            if (given.length == 0) {
                continue;
            }
            itemStatistics.add(itemStatistics(item, given, answers, totals, sheets, groups, covarianceWithTotal));
        }
        return new QuizAnalysis(test, groups, withEffectiveWeights(itemStatistics, covarianceWithTotal), warnings);
    }

    private static double mark(AnalysedItem item, AnswerSheet.Answer answer) {
        return answer.choiceId() != null && answer.choiceId() == item.keyChoiceId() ? 1 : 0;
    }

    /** Kelley's 27%: at least one attempt per group once there are two attempts, never overlapping. */
    static Groups groups(List<AnswerSheet> sheets, double[] percents) {
        int n = sheets.size();
        int size = n < 2 ? 0 : Math.max(1, (int) Math.round(GROUP_SHARE * n));
        List<Integer> ranked = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(a -> -percents[a])
                        .thenComparingLong(a -> sheets.get(a).attemptId()))
                .toList();
        List<Long> top = ranked.subList(0, size).stream().map(a -> sheets.get(a).attemptId()).toList();
        List<Long> bottom = ranked.subList(n - size, n).stream().map(a -> sheets.get(a).attemptId()).toList();
        return new Groups(GROUP_SHARE, size, top, bottom);
    }

    private static TestStatistics testStatistics(double[] percents, List<AnalysedItem> common,
                                                 List<Map<Long, AnswerSheet.Answer>> answers, Map<Long, AnalysedItem> byId) {
        int s = percents.length;
        if (s == 0) {
            return new TestStatistics(0, null, null, null, null, null, null, null, null, common.size());
        }
        double mean = Sample.mean(percents);
        double median = Sample.median(percents);
        Double sd = null;
        Double skewness = null;
        Double kurtosis = null;
        if (s > 1) {
            // Moodle's k-statistics from the central moments m2, m3, m4.
            double m2 = 0;
            double m3 = 0;
            double m4 = 0;
            for (double p : percents) {
                double d = p - mean;
                m2 += d * d;
                m3 += d * d * d;
                m4 += d * d * d * d;
            }
            m2 /= s;
            m3 /= s;
            m4 /= s;
            double k2 = s * m2 / (s - 1);
            sd = Math.sqrt(k2);
            if (s > 2 && !Sample.isZero(k2)) {
                double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
                skewness = k3 / Math.pow(k2, 1.5);
            }
            if (s > 3 && !Sample.isZero(k2)) {
                double k4 = (double) s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2) / ((s - 1.0) * (s - 2.0) * (s - 3.0));
                kurtosis = k4 / (k2 * k2);
            }
        }
        Double cic = null;
        Double errorRatio = null;
        Double standardError = null;
        int p = common.size();
        if (s > 1 && p > 1) {
            double sumOfItemVariances = 0;
            double[] commonTotals = new double[s];
            for (AnalysedItem item : common) {
                double[] marks = new double[s];
                for (int a = 0; a < s; a++) {
                    marks[a] = mark(byId.get(item.itemId()), answers.get(a).get(item.itemId()));
                    commonTotals[a] += marks[a];
                }
                sumOfItemVariances += Sample.variance(marks);
            }
            double totalVariance = Sample.variance(commonTotals);
            if (!Sample.isZero(totalVariance)) {
                cic = 100.0 * p / (p - 1) * (1 - sumOfItemVariances / totalVariance);
                errorRatio = 100 * Math.sqrt(1 - cic / 100);
                standardError = errorRatio * sd / 100;
            }
        }
        return new TestStatistics(s, mean, median, sd, skewness, kurtosis, cic, errorRatio, standardError, p);
    }

    private static void quizWarnings(int n, Groups groups, int commonItems, long itemsSeen, List<Warning> warnings) {
        if (n == 0) {
            warnings.add(new Warning(Warning.Code.NO_ATTEMPTS, "No graded attempt yet: there is nothing to analyse."));
            return;
        }
        if (n < 2) {
            warnings.add(new Warning(Warning.Code.TOO_FEW_ATTEMPTS,
                    "Only 1 graded attempt: spread, discrimination and consistency need at least 2."));
        } else if (n < FEW) {
            warnings.add(new Warning(Warning.Code.FEW_ATTEMPTS, "Only " + n + " graded attempts: with fewer than "
                    + FEW + " the figures are rough estimates; read them as hints, not verdicts."));
        }
        if (groups.size() > 0 && groups.size() < SMALL_GROUP) {
            warnings.add(new Warning(Warning.Code.SMALL_GROUPS, "The top and bottom groups (27% each) have only "
                    + groups.size() + " attempt(s) each: the distractor analysis by group is unreliable."));
        }
        if (itemsSeen > commonItems) {
            warnings.add(new Warning(Warning.Code.ITEMS_DIFFER, "Not every attempt was given the same items; the"
                    + " coefficient of internal consistency uses only the " + commonItems + " item(s) all attempts share."));
        }
        if (n >= 2 && commonItems < 2) {
            warnings.add(new Warning(Warning.Code.TOO_FEW_ITEMS,
                    "The coefficient of internal consistency needs at least 2 items common to all attempts."));
        }
    }

    private static ItemStatistics itemStatistics(AnalysedItem item, int[] given, List<Map<Long, AnswerSheet.Answer>> answers,
                                                 double[] totals, List<AnswerSheet> sheets, Groups groups,
                                                 Map<Long, Double> covarianceWithTotal) {
        int s = given.length;
        double[] x = new double[s];
        double[] rest = new double[s];
        double[] total = new double[s];
        for (int k = 0; k < s; k++) {
            int a = given[k];
            x[k] = mark(item, answers.get(a).get(item.itemId()));
            total[k] = totals[a];
            rest[k] = totals[a] - x[k];
        }
        List<Warning> warnings = new ArrayList<>();
        double facility = 100 * Sample.mean(x);
        Double sd = null;
        Double discrimination = null;
        Double efficiency = null;
        if (s > 1) {
            double vx = Sample.variance(x);
            double vRest = Sample.variance(rest);
            double c = Sample.covariance(x, rest);
            double cMax = Sample.maximumCovariance(x, rest);
            sd = 100 * Math.sqrt(vx);
            if (!Sample.isZero(vx * vRest)) {
                discrimination = 100 * c / Math.sqrt(vx * vRest);
            }
            if (!Sample.isZero(cMax)) {
                efficiency = 100 * c / cMax;
            }
            covarianceWithTotal.put(item.itemId(), Sample.covariance(x, total));
            if (Sample.isZero(vx)) {
                warnings.add(new Warning(Warning.Code.NO_VARIANCE, facility == 100
                        ? "Everyone got this item right: it cannot tell stronger from weaker students."
                        : "Nobody got this item right: check the key, or whether the article supports it."));
            }
        }
        if (s < 2) {
            warnings.add(new Warning(Warning.Code.TOO_FEW_RESPONSES, "Given in only 1 attempt: no spread or discrimination yet."));
        } else if (s < FEW) {
            warnings.add(new Warning(Warning.Code.FEW_RESPONSES, "Given in only " + s + " attempts: figures are rough estimates."));
        }
        if (discrimination != null && discrimination < 0) {
            warnings.add(new Warning(Warning.Code.NEGATIVE_DISCRIMINATION, "Students who did worse on the rest of the"
                    + " quiz did better on this item: check the key and the wording."));
        }
        if (efficiency != null && efficiency < DUBIOUS_EFFICIENCY) {
            warnings.add(new Warning(Warning.Code.LOW_DISCRIMINATIVE_EFFICIENCY, "Discriminative efficiency is below "
                    + (int) DUBIOUS_EFFICIENCY + "%: Moodle marks such questions as dubious."));
        }

        // Distractor analysis.
        Set<Long> top = new HashSet<>(groups.topAttemptIds());
        Set<Long> bottom = new HashSet<>(groups.bottomAttemptIds());
        int topGiven = 0;
        int bottomGiven = 0;
        Map<Long, int[]> counts = new LinkedHashMap<>(); // choice (null = no answer) → {all, top, bottom}
        item.choiceIds().forEach(choice -> counts.put(choice, new int[3]));
        counts.put(null, new int[3]);
        for (int a : given) {
            Long chosen = answers.get(a).get(item.itemId()).choiceId();
            int[] count = counts.computeIfAbsent(chosen, c -> new int[3]); // a choice since removed still counts
            long attemptId = sheets.get(a).attemptId();
            count[0]++;
            if (top.contains(attemptId)) {
                count[1]++;
                topGiven++;
            }
            if (bottom.contains(attemptId)) {
                count[2]++;
                bottomGiven++;
            }
        }
        List<ItemStatistics.OptionCount> options = new ArrayList<>();
        int[] noAnswer = counts.remove(null);
        counts.put(null, noAnswer); // no answer last
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            options.add(new ItemStatistics.OptionCount(e.getKey(), Objects.equals(e.getKey(), item.keyChoiceId()),
                    c[0], 100.0 * c[0] / s, c[1], percent(c[1], topGiven), c[2], percent(c[2], bottomGiven)));
        }
        int[] key = counts.get(item.keyChoiceId());
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            if (e.getKey() == null || e.getKey() == item.keyChoiceId()) {
                continue;
            }
            if (topGiven > 0 && e.getValue()[1] > key[1]) {
                warnings.add(new Warning(Warning.Code.DISTRACTOR_BEATS_KEY_IN_TOP_GROUP, "The top group chose option "
                        + label(item, e.getKey()) + " more often than the key: is the key right?"));
            }
            if (s >= NON_FUNCTIONAL_MIN_RESPONSES && 100.0 * e.getValue()[0] / s < NON_FUNCTIONAL_PERCENT) {
                warnings.add(new Warning(Warning.Code.NON_FUNCTIONAL_DISTRACTOR, "Option " + label(item, e.getKey())
                        + " was chosen by under " + (int) NON_FUNCTIONAL_PERCENT + "% of students: it does not distract."));
            }
        }
        return new ItemStatistics(item.itemId(), s, facility, sd, 100.0 / item.choiceIds().size(), discrimination,
                efficiency, null, percent(key[1], topGiven), percent(key[2], bottomGiven), options, warnings);
    }

    /** Moodle: no effective weights at all when the square roots sum to zero; none for an item that covaries negatively. */
    private static List<ItemStatistics> withEffectiveWeights(List<ItemStatistics> items, Map<Long, Double> covarianceWithTotal) {
        double sum = covarianceWithTotal.values().stream().filter(c -> c >= 0).mapToDouble(Math::sqrt).sum();
        if (Sample.isZero(sum)) {
            return items;
        }
        return items.stream().map(i -> {
            Double c = covarianceWithTotal.get(i.itemId());
            Double weight = c == null || c < 0 ? null : 100 * Math.sqrt(c) / sum;
            return new ItemStatistics(i.itemId(), i.attempts(), i.facilityIndex(), i.standardDeviation(),
                    i.randomGuessScore(), i.discriminationIndex(), i.discriminativeEfficiency(), weight,
                    i.topGroupFacility(), i.bottomGroupFacility(), i.options(), i.warnings());
        }).toList();
    }

    /** A, B, C… by display position; a choice no longer in the item by its id. */
    private static String label(AnalysedItem item, long choiceId) {
        int index = item.choiceIds().indexOf(choiceId);
        return index >= 0 && index < 26 ? String.valueOf((char) ('A' + index)) : "#" + choiceId;
    }

    private static Double percent(int count, int of) {
        return of == 0 ? null : 100.0 * count / of;
    }
}
