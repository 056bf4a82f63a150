package org.articlequiz.generator;

import static org.articlequiz.generator.DependencyTree.join;
import static org.articlequiz.generator.DependencyTree.preposition;
import static org.articlequiz.generator.DependencyTree.pruned;
import static org.articlequiz.generator.DependencyTree.subtree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.articlequiz.generator.ParsedStems.Role;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * The wh-phrase that asks for a key in its place in the clause ({@link ParsedStems}): "Who", "Whose", "To whom",
 * "Where", "From which country", "In which year", "Which university", "How many patents". Null when none reads well
 * ("In whom", a count inside a name).
 */
final class WhPhrases {

    private WhPhrases() {
    }

    private static final Set<String> ORGANIZATION_NOUNS = Set.of("university", "college", "school", "company",
            "club", "party", "church", "museum", "society", "association", "league", "council", "institute",
            "academy", "bank", "army", "navy", "agency", "committee", "band", "team", "union", "corporation",
            "foundation", "hospital", "newspaper", "magazine", "railway", "board", "court", "parliament", "ministry",
            "department", "federation", "observatory", "laboratory", "orchestra", "seminary", "firm");

    /** Prepositions that take a person ("To whom", "By whom"); "in" before a name is a misparse. */
    private static final Set<String> PERSON_PREPOSITIONS = Set.of("to", "with", "by", "for", "from", "after",
            "against", "under", "alongside", "among", "between", "of");

    /** Motion verbs whose "to" phrase is asked with "Where". */
    private static final Set<String> MOTION_VERBS = Set.of("move", "go", "travel", "emigrate", "immigrate", "return",
            "flee", "sail", "migrate", "relocate", "come", "send", "transfer", "fly", "retire", "escape", "spread",
            "bring", "take", "carry", "export", "expand", "extend", "walk", "ride", "drive", "head", "settle");

    /** The wh-phrase that asks for the key in its place in the clause, or null when none reads well. */
    static String of(Fact f, List<Token> t, Role role, int h, String key) {
        String preposition = preposition(t, h);
        String noun = switch (f.kind()) {
            case PLACE -> StemWriter.placeNoun(f.subtype());
            case ORGANIZATION -> organizationNoun(key);
            default -> null;
        };
        return switch (role) {
            case SUBJECT -> switch (f.kind()) {
                case PERSON -> "Who";
                case PLACE, ORGANIZATION -> "Which " + noun;
                default -> null;
            };
            case POSSESSOR -> "Whose";
            case OBJECT -> switch (f.kind()) {
                case PERSON -> "Who";
                case PLACE, ORGANIZATION -> "Which " + noun;
                default -> null;
            };
            case OBLIQUE -> switch (f.kind()) {
                case PERSON -> PERSON_PREPOSITIONS.contains(preposition) ? capitalize(preposition) + " whom" : null;
                case ORGANIZATION -> preposition.isEmpty() ? null : capitalize(preposition) + " which " + noun;
                case PLACE -> switch (preposition) {
                    case "in", "at" -> "Where";
                    case "to", "into" -> MOTION_VERBS.contains(t.get(t.get(h).head()).lemma().toLowerCase(Locale.ROOT))
                            ? "Where" : "To which " + noun;
                    case "" -> null;
                    default -> capitalize(preposition) + " which " + noun;
                };
                case DATE -> key.matches("\\d{4}") ? switch (preposition) {
                    case "in", "during", "" -> "In which year";
                    case "by", "since", "until", "before", "after" -> capitalize(preposition) + " which year";
                    default -> null;
                } : "When";
                default -> null;
            };
        };
    }

    /** "How many patents", "For how many years": the counted noun with its modifiers, without the count. */
    static String howMany(AnnotatedSentence s, Role role, int noun, int count) {
        List<Token> t = s.tokens();
        Set<Integer> phrase = pruned(t, noun);
        phrase.removeAll(subtree(t, count));
        phrase.removeIf(i -> t.get(i).head() == noun && t.get(i).rel().matches("det|case|nmod:poss"));
        if (phrase.stream().anyMatch(i -> t.get(i).pos().startsWith("PRP"))) {
            return null;
        }
        String np = join(s, new ArrayList<>(phrase));
        String preposition = preposition(t, noun);
        return switch (role) {
            case SUBJECT, OBJECT -> "How many " + np;
            case OBLIQUE -> preposition.isEmpty() ? null : capitalize(preposition) + " how many " + np;
            default -> null;
        };
    }

    private static String organizationNoun(String key) {
        String[] words = key.toLowerCase(Locale.ROOT).split("\\s+");
        for (String w : words) {
            if (ORGANIZATION_NOUNS.contains(w)) {
                return w;
            }
        }
        return "organization";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
