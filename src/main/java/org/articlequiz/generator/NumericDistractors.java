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

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private NumericDistractors() {
    }

    /** Dates near the key, at the key's precision and in its format. */
    /** Years a few steps either side of a year (wider steps for a distant past), nearest first. */
    static List<String> yearsAround(int year) {
        int step = year < 1800 ? 10 : year < 1950 ? 4 : 2;
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            for (int y : new int[] {year - step * k, year + step * k}) {
                if (y > 0 && y <= java.time.Year.now().getValue() + 1) {
                    out.add(Integer.toString(y));
                }
            }
        }
        return out;
    }

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
                // Years a few apart, not one (a ±1 choice tests rote digits), wider for a distant past; listed in
                // order with the key's rank drawn at random.
                int y = Integer.parseInt(value);
                int step = y < 1800 ? 10 : y < 1950 ? 4 : 2;
                int below = f.kind() == AnswerKind.DATE ? Math.floorMod(key.hashCode() + f.start(), 4) : 1;
                List<Integer> years = new ArrayList<>();
                for (int k = below; k >= 1; k--) {
                    years.add(y - step * k);
                }
                for (int k = 1; k <= 3 - below; k++) {
                    years.add(y + step * k);
                }
                for (int k = 4; k <= 6; k++) {
                    years.add(y + step * k);
                    years.add(y - step * k);
                }
                for (int year : years) {
                    if (year > 0 && year <= java.time.Year.now().getValue() + 1) {
                        out.add(key.replace(value, Integer.toString(year)));
                    }
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

    /** Quantities of the key's unit and scale (2% gives 1%, 3%, 4%; 2,400 gives 1,800, 3,000 …), for a test. */
    static List<String> quantities(String key) {
        return quantities(key, 1, 3);
    }

    /**
     * Quantities of the key's unit and scale, {@code below} of them smaller than the key and the rest larger, nearest
     * first, then more on either side as spares. Options are shown in order, so the key's rank among them is drawn at
     * random by the caller: it must not tell the answer. Steps are ones for small counts, else quarters of the key,
     * rounded like the key; a percentage moves by a few points and stays within 0–100.
     */
    static List<String> quantities(String key, int below, int wanted) {
        Matcher m = NUMBER.matcher(key);
        if (!m.find()) {
            return List.of();
        }
        String digits = m.group(1);
        boolean decimal = digits.contains(".");
        double v = Double.parseDouble(digits.replace(",", ""));
        boolean percent = key.contains("%") || key.toLowerCase(Locale.ROOT).contains("percent");
        // A percentage moves by points, not by quarters of itself: 84% against 63% and 42% is a pattern a student
        // reads (blind read 7); against 74% and 64% it is a question.
        double step = percent && v > 12 ? Math.max(3, Math.round(Math.min(v, 100 - v) / 4.0 / 2) * 2)
                : v <= 12 && !decimal ? 1 : v * 0.25;
        List<String> lower = new ArrayList<>();
        List<String> upper = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            double lo = v - step * k;
            double hi = v + step * k;
            if (lo > 0 && !(decimal ? String.format(Locale.ROOT, "%.1f", lo).equals("0.0") : Math.round(lo) == 0)) {
                lower.add(format(key, m, lo, decimal, digits));
            }
            if (!percent || hi <= 100) {
                upper.add(format(key, m, hi, decimal, digits));
            }
        }
        lower.remove(key);
        upper.remove(key);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        int fromBelow = Math.min(below, lower.size());
        out.addAll(lower.subList(0, fromBelow));
        out.addAll(upper.subList(0, Math.min(upper.size(), wanted - fromBelow)));
        out.addAll(lower);
        out.addAll(upper);
        out.remove(key);
        return new ArrayList<>(out);
    }

    private static String format(String key, Matcher m, double d, boolean decimal, String digits) {
        String formatted = decimal ? String.format(Locale.ROOT, "%.1f", d) : formatInteger(Math.round(d), digits);
        return key.substring(0, m.start(1)) + formatted + key.substring(m.end(1));
    }

    private static String formatInteger(long n, String like) {
        if (n >= 20 && n % 5 != 0 && like.endsWith("0")) {
            n = Math.round(n / 5.0) * 5;
        }
        return like.contains(",") ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
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
        int below = least + random.nextInt(most - least + 1);
        List<String> out = new ArrayList<>();
        lower.subList(0, below).forEach(y -> out.add(Integer.toString(y)));
        higher.subList(0, wanted - below).forEach(y -> out.add(Integer.toString(y)));
        // The rest stay as spares for an option the picker turns down (a year another article states).
        years.stream().filter(y -> !out.contains(y)).forEach(out::add);
        return out;
    }

    /**
     * Whether a year option lies within the years the article spans: "1443" for a man the article says was born in
     * 1451 is ruled out by the article itself (blind read 6). Articles naming fewer than three years set no bounds.
     */
    static boolean withinYears(java.util.IntSummaryStatistics span, String option) {
        Matcher m = YEAR.matcher(option);
        if (!m.find() || span.getCount() < 3) {
            return true;
        }
        int year = Integer.parseInt(m.group(1));
        // One step of slack either way: a key that is the article's last year still gets a later option.
        int slack = Math.max(2, (span.getMax() - span.getMin()) / 10);
        return year >= span.getMin() - slack && year <= span.getMax() + slack;
    }

    /** The year the fact's sentence names (the first one), or 0. */
    static int eventYear(Fact f) {
        Matcher m = YEAR.matcher(f.sentence().text());
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1000 && y <= java.time.Year.now().getValue()) {
                return y;
            }
        }
        return 0;
    }
}
