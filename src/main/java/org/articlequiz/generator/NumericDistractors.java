package org.articlequiz.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distractors made from the key's own value: dates near it at its precision and in its format, years a few apart,
 * quantities of its unit and scale. Such options are listed in order, so the key's rank among them is drawn at
 * random; it must not tell the answer.
 */
final class NumericDistractors {

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern YEAR_OR_DECADE = Pattern.compile("\\b(\\d{4})s?\\b");

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private NumericDistractors() {
    }

    /**
     * Years either side of a year, at uneven distances that widen for a distant past (2, 3, 5, 6, 8 … after 1950;
     * 5, 10, 15, 25 … before 1800), nearest first. Blind read 12 read 2012/2014/2016/2018 as a pattern.
     */
    static List<String> yearsAround(int year) {
        int[] offsets = year < 1800 ? new int[] {5, 10, 15, 20, 25, 35, 50}
                : year < 1950 ? new int[] {2, 3, 5, 7, 9, 12, 15} : new int[] {2, 3, 4, 5, 7, 9, 11};
        List<String> out = new ArrayList<>();
        for (int k : offsets) {
            for (int y : new int[] {year - k, year + k}) {
                if (y > 0 && y <= java.time.Year.now().getValue() + 1) {
                    out.add(Integer.toString(y));
                }
            }
        }
        return out;
    }

    /** Dates near the key, at the key's precision and in its format. */
    static List<String> dates(Fact f, String key) {
        // "May 2020" asked as its year ("When was the probe launched?") takes years.
        String value = key.matches("\\d{4}") ? key : f.normalized();
        List<String> out = new ArrayList<>();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value);
                String pattern = key.matches("(?i)[a-z]+ \\d{1,2}, \\d{4}") ? "MMMM d, yyyy"
                        : key.matches("\\d{1,2} [A-Za-z]+ \\d{4}") ? "d MMMM yyyy"
                        : key.matches("(?i)[a-z]+ \\d{1,2}") ? "MMMM d"
                        : key.matches("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day") ? "EEEE" : "MMMM d, yyyy";
                DateTimeFormatter fmt = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
                int[] shifts = pattern.equals("EEEE") ? new int[] {-1, 1, -2, 2, 3} : new int[] {-7, 7, 14, -14, 3};
                for (int s : shifts) {
                    out.add(d.plusDays(s).format(fmt));
                }
                if (!pattern.equals("EEEE")) {
                    out.add(d.plusMonths(1).format(fmt));
                    out.add(d.minusMonths(1).format(fmt));
                }
            } else if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(value);
                boolean monthOnly = !key.matches(".*\\d{4}.*");
                DateTimeFormatter fmt = monthOnly ? MONTH_NAME : DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
                for (int s : new int[] {-1, 1, -2, 2, 3}) {
                    out.add(ym.plusMonths(s).atDay(1).format(fmt));
                }
            } else if (value.matches("\\d{4}")) {
                // Years at uneven distances either side, the number below the key drawn from the key and place.
                int y = Integer.parseInt(value);
                List<String> around = yearsAround(y);
                Random random = new Random(mix(key.hashCode() * 31L + f.start()));
                for (String year : aroundYear(y, around, 3, random)) {
                    out.add(key.replace(value, year));
                }
            }
        } catch (RuntimeException unparseable) {
            return List.of();
        }
        return out;
    }

    /** The number a quantity option shows, for ordering options: "2,400 workers" → 2400. */
    static java.util.Optional<Double> value(String option) {
        Matcher m = NUMBER.matcher(option);
        return m.find() ? java.util.Optional.of(Double.parseDouble(m.group(1).replace(",", ""))) : java.util.Optional.empty();
    }

    /**
     * Quantities of the key's unit and scale: {@code wanted} options spread unevenly on both sides of the key, how
     * many of them below it drawn at random, then spares. Blind read 12 rejected every number item built by formula
     * (the key ×1.25, ×1.5, ×1.75, so always the smallest; 10-20-30-40): a student reads an even series within one
     * quiz. So the ratios (or, for a percentage, the points; for a small count, the counts) are drawn from uneven
     * sets, the options keep the key's precision, and no four options form an even series.
     */
    static List<String> quantities(String key, int wanted, Random random) {
        Matcher m = NUMBER.matcher(key);
        if (!m.find()) {
            return List.of();
        }
        String digits = m.group(1);
        boolean decimal = digits.contains(".");
        double v = Double.parseDouble(digits.replace(",", ""));
        boolean percent = key.contains("%") || key.toLowerCase(Locale.ROOT).contains("percent");
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        if (percent && v > 12) {
            // Points, not shares of the key: 84% against 63% and 42% is a pattern; against 71% and 90% a question.
            double scale = Math.max(0.6, Math.min(1.4, Math.min(v, 100 - v) / 25.0));
            double[] tenths = {0.3, -0.2, 0.6, -0.4, 0.2, 0.5};
            int k = 0;
            for (int d : new int[] {4, 7, 9, 13, 16, 22}) {
                // A key with decimals gets options with other decimals: 15.4, 23.4 and 27.4 beside 19.4 single the
                // key out by their shared ".4" (blind read 14).
                double points = Math.max(2, Math.round(d * scale)) + (decimal ? tenths[k++] : 0);
                lower.add(v - points);
                upper.add(v + points);
            }
        } else if (v <= 12 && !decimal) {
            for (int d = 1; d <= 8; d++) {
                lower.add(v - d);
                upper.add(v + d);
            }
        } else {
            for (double r : new double[] {0.45, 0.55, 0.6, 0.7, 0.8, 0.85}) {
                lower.add(v * r);
            }
            for (double r : new double[] {1.2, 1.3, 1.45, 1.6, 1.8, 2.0, 2.4, 3.0}) {
                upper.add(v * r);
            }
        }
        List<String> below = distinctShown(key, m, digits, decimal, lower, v, percent);
        List<String> above = distinctShown(key, m, digits, decimal, upper, v, percent);
        java.util.Collections.shuffle(below, random);
        java.util.Collections.shuffle(above, random);
        int least = Math.max(0, wanted - above.size());
        int most = Math.min(wanted, below.size());
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (least <= most) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int fromBelow = belowKey(least, most, wanted, 1, random);
                List<String> chosen = new ArrayList<>(below.subList(0, fromBelow));
                chosen.addAll(above.subList(0, wanted - fromBelow));
                chosen.add(key);
                if (!patterned(chosen, key) || attempt == 7) {
                    chosen.remove(key);
                    out.addAll(chosen);
                    break;
                }
                java.util.Collections.shuffle(below, random);
                java.util.Collections.shuffle(above, random);
            }
        }
        out.addAll(below);
        out.addAll(above);
        out.remove(key);
        return new ArrayList<>(out);
    }

    /** The values as the key would print them, without zero, the key itself, repeats or shares past 100%. */
    private static List<String> distinctShown(String key, Matcher m, String digits, boolean decimal, List<Double> values,
                                              double v, boolean percent) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (double d : values) {
            if (d <= 0 || percent && d >= 100) {
                continue;
            }
            String shown = format(key, m, d, decimal, digits);
            double back = value(shown).orElse(0.0);
            if (back > 0 && back != v && !(percent && back >= 100)) {
                out.add(shown);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Whether options (the key among them) show a pattern that singles the key out: an even series with or without
     * the key, or the key alone at one end past a gap wider than any between the others. Blind read 13: 1232, 1237,
     * 1242 against 1257; 1960, 1961, 1962 against 1958.
     */
    static boolean patterned(List<String> options, String key) {
        if (evenSeries(options)) {
            return true;
        }
        List<String> others = options.stream().filter(o -> !o.equals(key)).toList();
        if (others.size() >= 3 && evenSeries(others)) {
            return true;
        }
        List<Double> values = options.stream().map(o -> value(o).orElse(0.0)).sorted().toList();
        double k = value(key).orElse(0.0);
        int at = values.indexOf(k);
        if (values.size() < 3 || at != 0 && at != values.size() - 1) {
            return false;
        }
        double keyGap = at == 0 ? values.get(1) - values.get(0) : values.get(at) - values.get(at - 1);
        double widest = 0;
        for (int i = 1; i < values.size(); i++) {
            if (i != (at == 0 ? 1 : at)) {
                widest = Math.max(widest, values.get(i) - values.get(i - 1));
            }
        }
        return keyGap > widest * 1.5;
    }

    /** Whether the options, in order, step evenly (10, 20, 30, 40 or 43, 55, 67, 79): a pattern a student reads. */
    static boolean evenSeries(List<String> options) {
        List<Double> values = options.stream().map(o -> value(o).orElse(0.0)).sorted().toList();
        if (values.size() < 3) {
            return false;
        }
        double step = values.get(1) - values.get(0);
        double logStep = values.get(0) > 0 ? Math.log(values.get(1) / values.get(0)) : 0;
        boolean even = true;
        boolean geometric = logStep > 0;
        for (int i = 2; i < values.size(); i++) {
            double d = values.get(i) - values.get(i - 1);
            even &= Math.abs(d - step) <= Math.max(1e-9, Math.abs(step) * 0.05);
            geometric &= Math.abs(Math.log(values.get(i) / values.get(i - 1)) - logStep) <= logStep * 0.05;
        }
        return even || geometric;
    }

    private static String format(String key, Matcher m, double d, boolean decimal, String digits) {
        int places = decimal ? digits.length() - digits.indexOf('.') - 1 : 0;
        String formatted = decimal ? String.format(Locale.ROOT, "%." + places + "f", d)
                : formatInteger(Math.round(d), digits);
        return key.substring(0, m.start(1)) + formatted + key.substring(m.end(1));
    }

    /** A value printed as round as the key: 3,000 gives 1,800 and 4,500, not 1,650; 915,103,765 keeps its digits. */
    private static String formatInteger(long n, String like) {
        String plain = like.replace(",", "");
        int zeros = plain.length() - plain.replaceAll("0+$", "").length();
        // One digit finer than the key: 3,000 gives 1,400 and 4,500; 250 gives 140 and 380; 40 and 90% by fives.
        int roundTo = plain.length() < 3 ? 0 : zeros >= 2 ? zeros - 1 : zeros;
        long unit = (long) Math.pow(10, Math.min(roundTo, Math.max(0, Long.toString(n).length() - 1)));
        if (unit > 1) {
            n = Math.round(n / (double) unit) * unit;
        } else if (n >= 20 && n % 5 != 0 && like.endsWith("0")) {
            n = Math.round(n / 5.0) * 5;
        }
        return like.contains(",") ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
    }

    /**
     * How many options go below the key, between {@code least} and {@code most}: the key first or last a quarter as
     * often as in the middle. Drawn evenly, it stood at an end in half the items, and teachers read that as a cue
     * (blind reads 15 and 16: "the key is the largest option" in six of nine number items). {@code endWeight} (of 3
     * for a middle rank) is higher for years, whose pattern check already turns down many keys at an end.
     */
    static int belowKey(int least, int most, int wanted, int endWeight, Random random) {
        int total = 0;
        for (int b = least; b <= most; b++) {
            total += b == 0 || b == wanted ? endWeight : 3;
        }
        int draw = random.nextInt(total);
        for (int b = least; b <= most; b++) {
            draw -= b == 0 || b == wanted ? endWeight : 3;
            if (draw < 0) {
                return b;
            }
        }
        return most;
    }

    /**
     * Years on both sides of the key, the number before it drawn at random: options listed in order otherwise show
     * the key first or last whenever the article's span cuts one side (blind read 9: five of six year keys were the
     * earliest option).
     */
    static List<String> aroundYear(int key, List<String> years, int wanted, Random random) {
        List<Integer> lower = years.stream().map(Integer::parseInt).filter(y -> y < key)
                .sorted(Comparator.reverseOrder()).toList();
        List<Integer> higher = years.stream().map(Integer::parseInt).filter(y -> y > key).sorted().toList();
        int least = Math.max(0, wanted - higher.size());
        int most = Math.min(wanted, lower.size());
        if (least > most) {
            return years;
        }
        List<String> out = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            int below = belowKey(least, most, wanted, 2, random);
            List<Integer> nearLower = new ArrayList<>(lower.subList(0, Math.min(lower.size(), Math.max(below, 5))));
            List<Integer> nearHigher = new ArrayList<>(higher.subList(0,
                    Math.min(higher.size(), Math.max(wanted - below, 5))));
            java.util.Collections.shuffle(nearLower, random);
            java.util.Collections.shuffle(nearHigher, random);
            out.clear();
            nearLower.subList(0, below).forEach(y -> out.add(Integer.toString(y)));
            nearHigher.subList(0, wanted - below).forEach(y -> out.add(Integer.toString(y)));
            List<String> withKey = new ArrayList<>(out);
            withKey.add(Integer.toString(key));
            if (!patterned(withKey, Integer.toString(key))) {
                break;
            }
        }
        // The rest stay as spares for an option the picker turns down (a year another article states).
        years.stream().filter(y -> !out.contains(y)).forEach(out::add);
        return out;
    }

    /**
     * Whether a year option lies within the years the article spans: "1443" for a man the article says was born in
     * 1451 is ruled out by the article itself (blind read 6). Articles naming fewer than three years set no bounds.
     */
    /** The year an option names, if any. */
    static java.util.Optional<Integer> year(String option) {
        Matcher m = YEAR.matcher(option);
        return m.find() ? java.util.Optional.of(Integer.parseInt(m.group(1))) : java.util.Optional.empty();
    }

    static boolean withinYears(java.util.IntSummaryStatistics span, String option) {
        java.util.Optional<Integer> named = year(option);
        if (named.isEmpty() || span.getCount() < 3) {
            return true;
        }
        int year = named.get();
        // One step of slack either way: a key that is the article's last year still gets a later option.
        int slack = Math.max(2, (span.getMax() - span.getMin()) / 10);
        return year >= span.getMin() - slack && year <= span.getMax() + slack;
    }

    /** A seed spread over all its bits: {@code new Random(s)} draws alike first numbers for nearby seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** The year the fact's sentence names (the first one), or 0. */
    static int eventYear(Fact f) {
        // "in the 1960s" dates the sentence as "in 1960" does.
        Matcher m = YEAR_OR_DECADE.matcher(f.sentence().text());
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1000 && y <= java.time.Year.now().getValue()) {
                return y;
            }
        }
        return 0;
    }
}
