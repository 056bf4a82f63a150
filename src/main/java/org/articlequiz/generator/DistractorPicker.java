package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3: distractors of the key's kind and form. People for a person, places of the same sort for a place
 * (cities for a city, buildings for a building), titles for a title, dates near the key's date written the same way,
 * numbers of the same scale and unit. Candidates come from the same article first, then the other articles of its
 * story, then the gazetteer (its people and organizations for politics stories only), then (dates and quantities)
 * from the key itself ({@link NumericDistractors}). A candidate is refused when it is related to the key or to an
 * option already chosen (alias, acronym, containment), when any article states it for the same question, when the
 * stem shows it, or when it is an organization of another sort or a misread one.
 */
final class DistractorPicker {

    /** Where a distractor came from, for an item's reasons. */
    enum Origin { ARTICLES, LEXICON, GAZETTEER, GENERATED }

    record Pick(List<String> distractors, List<Origin> origins) {
    }

    /** Questions a later year would also answer truly. */
    private static final Pattern EARLIER_ONLY = Pattern.compile("^(By|Since|Before) (which|what) year\\b");

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)");

    private final Gazetteer gazetteer;
    private final Names names;
    private final List<Fact> all;
    private final Kinds kinds;

    DistractorPicker(Gazetteer gazetteer, Names names, List<Fact> all) {
        this(gazetteer, names, all, Kinds.shared());
    }

    DistractorPicker(Gazetteer gazetteer, Names names, List<Fact> all, Kinds kinds) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.all = all;
        this.kinds = kinds;
    }

    /** The year each dated article was published: no year option may come after it (an article cannot report it). */
    DistractorPicker published(Map<String, Integer> yearByArticle) {
        published.putAll(yearByArticle);
        return this;
    }

    private final Map<String, Integer> published = new java.util.HashMap<>();

    Pick pick(Fact f, String key, String stem, List<Fact> contested, String domain, int wanted, Random random) {
        Map<String, Origin> candidates = new LinkedHashMap<>();
        Map<String, Integer> plausibility = new java.util.HashMap<>();
        switch (f.kind()) {
            case DATE -> {
                java.util.IntSummaryStatistics span = yearSpan(f.article());
                List<String> dates = (key.matches("\\d{4}") ? NumericDistractors.yearsAround(Integer.parseInt(key))
                        : NumericDistractors.dates(f, key)).stream().filter(c -> NumericDistractors.withinYears(span, c))
                        .filter(c -> !published.containsKey(f.article())
                                || NumericDistractors.year(c).orElse(0) <= published.get(f.article())).toList();
                if (key.matches("\\d{4}") && EARLIER_ONLY.matcher(stem).find()) {
                    // "By which year had …?", "Since which year …?": what held by 1952 holds by 1954 too, so every
                    // other option must come before the key (blind read 13).
                    int year = Integer.parseInt(key);
                    dates = NumericDistractors.aroundYear(year,
                            dates.stream().filter(d -> Integer.parseInt(d) < year).toList(), wanted, random);
                } else if (key.matches("\\d{4}")) {
                    dates = NumericDistractors.aroundYear(Integer.parseInt(key), dates, wanted, random);
                }
                dates.forEach(c -> candidates.putIfAbsent(c, Origin.GENERATED));
            }
            case NUMBER, PERCENT, MONEY -> NumericDistractors.quantities(key, wanted, random)
                    .forEach(c -> candidates.putIfAbsent(c, Origin.GENERATED));
            default -> named(f, key, domain, candidates, plausibility);
        }
        List<Map.Entry<String, Origin>> ordered = new ArrayList<>(candidates.entrySet());
        Map<String, Double> tieBreak = new LinkedHashMap<>();
        for (var e : ordered) {
            tieBreak.put(e.getKey(), random.nextDouble());
        }
        boolean generated = f.kind() == AnswerKind.DATE || f.kind() == AnswerKind.NUMBER
                || f.kind() == AnswerKind.PERCENT || f.kind() == AnswerKind.MONEY;
        if (!generated) {
            ordered.sort(Comparator.<Map.Entry<String, Origin>>comparingInt(e -> e.getValue().ordinal())
                    .thenComparingInt(e -> -plausibility.getOrDefault(e.getKey(), 0))
                    .thenComparingDouble(e -> lengthGap(e.getKey(), key) + tieBreak.get(e.getKey())));
        }
        List<String> chosen = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        String stemKey = " " + Names.key(stem) + " ";
        for (var e : ordered) {
            if (chosen.size() == wanted) {
                break;
            }
            String c = e.getKey();
            if (acceptable(f, key, c, e.getValue() == Origin.GAZETTEER, chosen, contested, stemKey)) {
                chosen.add(c);
                origins.add(e.getValue());
            }
        }
        return new Pick(chosen, origins);
    }


    /** The distinct years an article's dates name. */
    private java.util.IntSummaryStatistics yearSpan(String article) {
        return all.stream()
                .filter(g -> g.kind() == AnswerKind.DATE && g.article().equals(article) && g.normalized().matches("\\d{4}.*"))
                .mapToInt(g -> Integer.parseInt(g.normalized().substring(0, 4))).distinct().summaryStatistics();
    }

    /** Articles of a run share distractors only when they share a named participant (the same story). */
    private boolean related(String a, String b) {
        return relatedArticles.computeIfAbsent(a + "\u0000" + b, k -> {
            java.util.Set<String> ea = entities(a);
            java.util.Set<String> eb = entities(b);
            return ea.stream().anyMatch(eb::contains);
        });
    }

    private java.util.Set<String> entities(String article) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Fact g : all) {
            if (g.article().equals(article) && (g.kind() == AnswerKind.PERSON || g.kind() == AnswerKind.ORGANIZATION)) {
                out.add(g.kind() + ":" + g.normalized());
            }
        }
        return out;
    }

    private final Map<String, Boolean> relatedArticles = new java.util.HashMap<>();

    private boolean acceptable(Fact f, String key, String c, boolean curated, List<String> chosen,
                               List<Fact> contested, String stemKey) {
        String ck = Names.key(c);
        if (ck.isEmpty() || ck.equals(Names.key(key)) || stemKey.contains(" " + ck + " ")) {
            return false;
        }
        if (generatedKind(f.kind())) {
            String n = normalizedQuantity(c);
            for (Fact g : contested) {
                if (Names.key(g.answer()).equals(ck) || !n.isEmpty() && n.equals(normalizedQuantity(g.answer()))) {
                    return false;
                }
            }
            return chosen.stream().noneMatch(x -> Names.key(x).equals(ck));
        }
        if (names.related(f.kind(), key, c) || f.context().contains(f.kind() + ":" + names.canonical(f.kind(), c))) {
            return false;
        }
        if (TrueElsewhere.inArticle(all, f, key, c, stemKey)) {
            return false;
        }
        if (f.kind() == AnswerKind.PLACE && c.matches("(?i)(the )?(north|south|east|west)(ern)?")) {
            // "West" beside Korea (blind read 13): a direction the tagger took for a place.
            return false;
        }
        if (f.kind() == AnswerKind.PLACE && inside(c, key)) {
            // Santa Barbara beside "Southern California" (blind read 13): an option within the key is right too.
            return false;
        }
        if (f.kind() == AnswerKind.PERSON && stemKey.contains(" " + Names.key(Names.surname(c)) + " ")) {
            return false;
        }
        if (!kinds.fits(f.kind(), f.subtype(), key, c, curated) || Names.nearlyTheSame(key, c)
                || chosen.stream().anyMatch(x -> Names.nearlyTheSame(x, c))) {
            return false;
        }
        if (f.kind() == AnswerKind.PERSON && !kinds.livedAt(c, NumericDistractors.eventYear(f))) {
            // Napoleon I for an 1863 exhibition, Hershey for an 1815 invention (blind reads 10 and 11).
            return false;
        }
        if (f.kind() == AnswerKind.TITLE && ck.startsWith("former ") && !Names.key(key).startsWith("former ")) {
            return false;
        }
        for (String x : chosen) {
            if (names.related(f.kind(), x, c)) {
                return false;
            }
        }
        for (Fact g : contested) {
            if (names.related(f.kind(), g.answer(), c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the gazetteer puts one place within the other ("Santa Barbara" in "Southern California"). */
    private boolean inside(String candidate, String key) {
        String k = " " + Names.key(key) + " ";
        String c = " " + Names.key(candidate) + " ";
        return gazetteer.containers(candidate).stream().anyMatch(x -> !x.isBlank() && k.contains(" " + x + " "))
                || gazetteer.containers(key).stream().anyMatch(x -> !x.isBlank() && c.contains(" " + x + " "));
    }

    /**
     * Whether the key's year (0: none) and the year a candidate's sentence names lie more than a working life apart
     * (60 years): a person the article places in 1759 did not invent a burner in 1901 (blind read 16: Smeaton and
     * Stevenson beside 1901; Smith and Marx beside "the 1960s"). Blind read 10 had a pope of the 1660s beside 1815.
     */
    private static boolean outOfEra(int a, Fact g) {
        int b = NumericDistractors.eventYear(g);
        return a > 0 && b > 0 && Math.abs(a - b) > 60;
    }

    private static boolean generatedKind(AnswerKind k) {
        return k == AnswerKind.DATE || k == AnswerKind.NUMBER || k == AnswerKind.PERCENT || k == AnswerKind.MONEY;
    }

    private static String normalizedQuantity(String s) {
        Matcher m = NUMBER.matcher(s);
        return m.find() ? m.group(1).replace(",", "") + s.replaceAll("[\\d,.\\s]", "").toLowerCase(Locale.ROOT) : "";
    }

    private static double lengthGap(String a, String b) {
        return Math.abs(a.length() - b.length()) / (double) Math.max(4, b.length()) * 3;
    }

    private void named(Fact f, String key, String domain, Map<String, Origin> out, Map<String, Integer> plausibility) {
        // Places the story mentions, and what contains them: a gazetteer country in the same part of the world as
        // the key or as the story's places is a more plausible distractor than one picked at random.
        java.util.Set<String> storyPlaces = new java.util.HashSet<>();
        for (Fact g : all) {
            if (g.kind() == AnswerKind.PLACE && g.article().equals(f.article())) {
                storyPlaces.add(Names.key(g.answer()));
                storyPlaces.addAll(gazetteer.containers(g.answer()));
            }
        }
        java.util.Set<String> keyContainers = gazetteer.containers(key.replaceFirst("(?i)^the ", ""));
        boolean surnameOnly = f.kind() == AnswerKind.PERSON && !key.strip().contains(" ");
        boolean withThe = key.toLowerCase(Locale.ROOT).startsWith("the ");
        // The stem may ask for "Palm Beach" alone (the state dropped from the key): options are then plain cities.
        boolean cityState = "CITY_STATE".equals(f.subtype()) && key.contains(",");
        // An organization's sort (an alliance, an agency, a sports body, an armed group) as the gazetteer knows it:
        // an option of another sort is no plausible alternative ("ISIS" beside "NATO" in "the ___ alliance").
        String orgSort = f.kind() == AnswerKind.ORGANIZATION ? organizationSort(key) : "";
        // "Palm Beach, Florida" takes US cities from the gazetteer; "Kourou, French Guiana" only the articles' places.
        boolean usCityState = cityState && gazetteer.lookup(AnswerKind.PLACE, key.substring(key.indexOf(',') + 1))
                .filter(w -> w.subtype().equals("STATE")).isPresent();
        // From the articles: the same article first, then the others.
        int keyYear = f.kind() == AnswerKind.PERSON ? NumericDistractors.eventYear(f) : 0;
        List<Fact> pool = new ArrayList<>(all);
        pool.sort(Comparator.comparing((Fact g) -> !g.article().equals(f.article())));
        for (Fact g : pool) {
            if (g.kind() != f.kind() || !g.article().equals(f.article()) && !related(f.article(), g.article())) {
                continue;
            }
            if (g.kind() == AnswerKind.PERSON && !names.isFullName(g.answer())
                    && !(surnameOnly && g.answer().matches("\\p{Lu}\\p{L}+"))) {
                // A lone name stands beside a key named by one name only ("Claudius", "Polonius").
                continue;
            }
            if (f.kind() == AnswerKind.PERSON && outOfEra(keyYear, g)) {
                // The article's own people of another century: a pope of the 1660s beside an 1815 invention.
                continue;
            }
            if (f.kind() == AnswerKind.PLACE && !samePlaceSort(f.subtype(), g.subtype(), false)) {
                continue;
            }
            if (names.otherKind(g.kind(), g.answer())) {
                continue;
            }
            if (f.kind() == AnswerKind.ORGANIZATION && !OrganizationSorts.plausible(orgSort, organizationSort(g.answer()))) {
                continue;
            }
            if (f.kind() == AnswerKind.ORGANIZATION && !OrganizationSorts.sameShape(key, names.display(g.kind(), g.answer()))) {
                continue;
            }
            String form = names.display(g.kind(), g.answer());
            if (surnameOnly) {
                form = Names.surname(form);
            } else if (f.kind() == AnswerKind.PERSON && !form.contains(" ")) {
                continue;
            }
            if (f.kind() == AnswerKind.TITLE) {
                // Titles from the gazetteer's clean forms only: "NATO chief" would make a poor option.
                continue;
            }
            if (f.kind() == AnswerKind.TERM) {
                form = g.answer();
            }
            out.putIfAbsent(matchCase(form, key, f.kind()), Origin.ARTICLES);
        }
        if (f.kind() == AnswerKind.PERSON) {
            // People come from the article (its story) alone: WordNet's siblings of "Claudius" are Roman emperors,
            // strangers to Hamlet whom no reader would pick (blind reads 10 to 12).
            addGazetteer(f, key, domain, out, plausibility, storyPlaces, keyContainers, surnameOnly, withThe, cityState,
                    orgSort, usCityState);
            return;
        }
        kinds.siblings(f.kind(), key).forEach((form, nearness) -> {
            if (out.putIfAbsent(form, Origin.LEXICON) == null) {
                plausibility.put(form, nearness);
            }
        });
        addGazetteer(f, key, domain, out, plausibility, storyPlaces, keyContainers, surnameOnly, withThe, cityState,
                orgSort, usCityState);
    }

    private void addGazetteer(Fact f, String key, String domain, Map<String, Origin> out,
                              Map<String, Integer> plausibility, java.util.Set<String> storyPlaces,
                              java.util.Set<String> keyContainers, boolean surnameOnly, boolean withThe,
                              boolean cityState, String orgSort, boolean usCityState) {
        for (Gazetteer.Entry e : gazetteer.entries(f.kind())) {
            if (!e.domain().equals("any") && !e.domain().equals(domain)) {
                continue;
            }
            if ((f.kind() == AnswerKind.PERSON || f.kind() == AnswerKind.ORGANIZATION)
                    && (!e.domain().equals(domain) || !domain.equals("politics"))) {
                // The gazetteer's people and organizations are a politics desk's: beside a composer, a scientist or
                // an airline they are strangers of another field or era (Galileo beside a 1930 pathologist), which
                // no student would pick. Elsewhere distractors come from the article alone.
                continue;
            }
            if (f.kind() == AnswerKind.PLACE && f.subtype().isEmpty()) {
                // A place of no known sort ("Sichuan" read as a bare place): only the article's places fit.
                continue;
            }
            if (f.kind() == AnswerKind.PLACE && !samePlaceSort(f.subtype(), e.subtype(), true)) {
                continue;
            }
            if (f.kind() == AnswerKind.ORGANIZATION && !OrganizationSorts.plausible(orgSort, e.subtype())) {
                continue;
            }
            String form = e.name();
            if (cityState) {
                if (!usCityState || e.within().isEmpty() || gazetteer.lookup(AnswerKind.PLACE, e.within())
                        .filter(w -> w.subtype().equals("STATE")).isEmpty()) {
                    continue;
                }
                form = e.name() + ", " + e.within();
            } else if (surnameOnly) {
                form = e.aliases().stream().filter(a -> e.name().endsWith(" " + a))
                        .min(java.util.Comparator.comparingInt(String::length)).orElse(Names.surname(e.name()));
            } else if (withThe) {
                form = e.withArticle();
            }
            String candidate = matchCase(form, key, f.kind());
            if (f.kind() == AnswerKind.PLACE) {
                String within = Names.key(e.within());
                int score = (!within.isEmpty() && keyContainers.contains(within) ? 2 : 0)
                        + (!within.isEmpty() && storyPlaces.contains(within) ? 1 : 0);
                if (score == 0 && !keyContainers.isEmpty()) {
                    // "Miami" beside "Paris": a place of another part of the world than the key's fools nobody.
                    continue;
                }
                if (out.putIfAbsent(candidate, Origin.GAZETTEER) == null) {
                    plausibility.put(candidate, score);
                }
            } else {
                out.putIfAbsent(candidate, Origin.GAZETTEER);
            }
        }
    }

    private String organizationSort(String name) {
        return gazetteer.lookup(AnswerKind.ORGANIZATION, name.replaceFirst("(?i)^the ", "")).map(Gazetteer.Entry::subtype).orElse("");
    }

    private static boolean samePlaceSort(String keySubtype, String candidateSubtype, boolean fromGazetteer) {
        if (keySubtype.isEmpty()) {
            // A place neither the gazetteer nor the tagger knows as a country or state is most often a town.
            return candidateSubtype.isEmpty() || candidateSubtype.equals("CITY");
        }
        if (keySubtype.equals("CITY_STATE")) {
            return candidateSubtype.equals("CITY_STATE") || candidateSubtype.equals("CITY") && fromGazetteer;
        }
        return keySubtype.equals(candidateSubtype);
    }

    /** Titles follow the key's capitalization, so case gives no cue. */
    private static String matchCase(String form, String key, AnswerKind kind) {
        if (kind != AnswerKind.TITLE && kind != AnswerKind.TERM) {
            return form;
        }
        boolean capital = !key.isEmpty() && Character.isUpperCase(key.charAt(0));
        boolean allLower = key.equals(key.toLowerCase(Locale.ROOT));
        if (allLower) {
            return form.toLowerCase(Locale.ROOT);
        }
        if (capital) {
            StringBuilder b = new StringBuilder();
            for (String w : form.split(" ")) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(w.length() > 2 || b.length() == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            }
            return b.toString();
        }
        return form;
    }
}
