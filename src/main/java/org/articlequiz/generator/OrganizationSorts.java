package org.articlequiz.generator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What sort of body an organization is, as its name or the gazetteer tells it, and whether another organization is
 * a plausible option beside it (a club beside a club, never an armed group beside an alliance).
 */
final class OrganizationSorts {
    private static final String ARMED_GROUP = "ARMED_GROUP";

    private OrganizationSorts() {
    }

    /** Last words that say what sort of body an organization is ("Liverpool FC", "Keystone Studios"). */
    private static final Pattern ORG_HEAD = Pattern.compile("(?i).*\\b(fc|f\\.c\\.|club|united|city|rovers|athletic|"
            + "wanderers|university|college|school|academy|institute|society|association|museum|gallery|company|"
            + "corporation|corp|inc|ltd|plc|group|bank|party|council|committee|league|federation|union|studios?|"
            + "records|hospital|infirmary|church|army|navy|regiment|agency|ministry|department|times|post|news|"
            + "journal|magazine|gazette|herald)\\.?$");

    /**
     * Whether a name the article tags as an organization reads as an option beside the key: a word the tagger
     * misread ("Catholic", "Continental"), a plural ("FA Cups") or a fragment with lower-case words ("ex-West Ham
     * Utd") never does, and when the key says what sort of body it is, the option must say the same sort.
     */
    static boolean sameShape(String key, String candidate) {
        String c = candidate.strip();
        boolean acronym = c.matches("[A-Z][A-Z&.]{1,7}");
        if (!acronym && !c.contains(" ") || c.matches(".*\\b[a-z]{3,}\\b.*") && !c.matches("(?i).*\\b(of|the|and|for|de|du|des|la|le|von|van)\\b.*")
                || c.matches(".*[a-z]s$") && !ORG_HEAD.matcher(c).matches() && !c.contains(" of ")) {
            return false;
        }
        java.util.regex.Matcher k = ORG_HEAD.matcher(key.strip());
        if (!k.matches()) {
            return true;
        }
        java.util.regex.Matcher m = ORG_HEAD.matcher(c);
        return m.matches() && sortOf(m.group(1)).equals(sortOf(k.group(1)));
    }

    private static String sortOf(String head) {
        String h = head.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (h) {
            case "fc", "club", "united", "city", "rovers", "athletic", "wanderers" -> "club";
            case "university", "college", "school", "academy", "institute" -> "school";
            case "company", "corporation", "corp", "inc", "ltd", "plc", "group", "bank", "studio", "studios",
                 "records" -> "company";
            case "times", "post", "news", "journal", "magazine", "gazette", "herald" -> "press";
            case "army", "navy", "regiment" -> "military";
            default -> h;
        };
    }

    /**
     * Whether an organization of {@code candidateSort} is a plausible option beside a key of {@code keySort} (either
     * empty when the gazetteer does not know it): two known sorts must agree, and an armed group stands only beside
     * another one, since beside anything else it is the option nobody picks.
     */
    static boolean plausible(String keySort, String candidateSort) {
        if (candidateSort.equals(ARMED_GROUP)) {
            return keySort.equals(ARMED_GROUP);
        }
        return keySort.isEmpty() || candidateSort.isEmpty() || keySort.equals(candidateSort);
    }

    /** Whether a name ends in a word that says it is a body ("… Systems", "… Oy", "… Company"). */
    static boolean namesABody(String name) {
        return ORG_HEAD.matcher(name.strip()).matches() || name.strip().matches("(?i).*\\b(systems|oy|ab|ag|gmbh|sa|co)\\.?$");
    }
}
