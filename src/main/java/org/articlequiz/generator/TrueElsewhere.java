package org.articlequiz.generator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the article itself may make a distractor true: an option is only wrong when the article says nothing that
 * makes it right too (ITEM-RUBRIC: one defensible answer).
 */
final class TrueElsewhere {

    private TrueElsewhere() {
    }

    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("which", "where", "when", "what",
            "whom", "whose", "does", "were", "have", "been", "from", "with", "that", "this", "into", "their", "there",
            "about", "after", "before", "according", "article", "complete", "statement", "year", "many", "much");

    /**
     * Whether the article may make an option true as well: it names the option beside the key ("In Britain and
     * Ireland, tea was …"), or says of it much of what the stem asks (blind read 12: "Where did tea become a
     * fashionable drink?" beside London, where the article has tea sold and drunk at court).
     */
    static boolean inArticle(List<Fact> all, Fact f, String key, String c, String stemKey) {
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (String w : stemKey.strip().split(" ")) {
            if (w.length() >= 4 && !QUESTION_WORDS.contains(w)) {
                asked.add(stem5(w));
            }
        }
        String k = Pattern.quote(Names.key(key));
        String o = Pattern.quote(Names.key(c));
        Pattern together = Pattern.compile(" (" + k + " (and|or) (the )?" + o + "|" + o + " (and|or) (the )?" + k + ") ");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fact g : all) {
            if (!g.article().equals(f.article()) || !seen.add(g.sentence().text())) {
                continue;
            }
            String text = " " + Names.key(g.sentence().text()) + " ";
            if (together.matcher(text).find()) {
                return true;
            }
            if (g.sentence().start() == f.sentence().start() || !text.contains(" " + Names.key(c) + " ")
                    || asked.size() < 2) {
                continue;
            }
            long shared = java.util.Arrays.stream(text.strip().split(" ")).map(TrueElsewhere::stem5)
                    .distinct().filter(asked::contains).count();
            if (shared >= Math.max(2, Math.ceil(asked.size() / 2.0))) {
                return true;
            }
        }
        return false;
    }

    /** A word's first five letters: "drink", "drinking" and "drinks" compare alike. */
    private static String stem5(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}
