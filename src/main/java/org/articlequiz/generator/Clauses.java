package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * Reading one sentence's clause structure from its tokens, for the question forms: where the subject and the finite
 * verb are, how to ask with an inverted auxiliary, and what makes a stem unfocused (Heilman & Smith's
 * simplification: leading connectives are dropped, a clause that starts with a pronoun or demonstrative is not asked
 * about, two sentences run together are not a sentence).
 */
final class Clauses {

    /** Words and phrases that tie a sentence to the one before it; taken out of a stem they dangle. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)(however|therefore|thus|hence|meanwhile|"
            + "nonetheless|nevertheless|still|also|moreover|furthermore|besides|instead|indeed|in addition|"
            + "at last|finally|then|so|yet|but|and|as a result|consequently|in turn|in fact|despite this|"
            + "despite that|because of this|after that|afterwards|later|previously|similarly|likewise|"
            + "in contrast|by contrast|on the other hand|for example|for instance|in the end|eventually|"
            + "meanwhile|accordingly|otherwise|notably|importantly|ultimately|overall|again|since then|by then|"
            + "at that time|at the time|in the meantime|even so|as such|this way|in this way|for this reason)");
    /** Adverbs that only link to the previous sentence ("then", "later", "still" carry meaning and stay). */
    private static final Set<String> CONNECTIVE_ADVERBS = Set.of("therefore", "thus", "hence", "however", "also",
            "meanwhile", "nonetheless", "nevertheless", "consequently", "moreover", "furthermore", "accordingly",
            "indeed", "subsequently");

    private Clauses() {
    }

    /** True when an introductory phrase is only a connective ("However", "At last", "Despite this"). */
    static boolean isConnective(String intro) {
        return CONNECTIVE.matcher(intro.strip().replaceAll("[,;:]$", "").strip()).matches();
    }

    /**
     * An introductory phrase as a stem should keep it: without a leading connective ("However, two years earlier"
     * → "Two years earlier"), nothing when only a connective or an anaphor ("Since then", "At the time") is left.
     */
    static String intro(String intro) {
        String in = intro.strip().replaceAll("[,;:]$", "").strip();
        String[] parts = in.split(",\\s*", 2);
        if (parts.length == 2 && isConnective(parts[0])) {
            in = parts[1].strip();
        }
        // Each comma-separated part must stand alone: "Nearly a month later" or "after his return" points at a
        // sentence the student does not see, so it goes; "On March 13, 2025" and "In 1919" stay.
        List<String> kept = new java.util.ArrayList<>();
        for (String part : in.split(",\\s*")) {
            if (part.matches("\\d{4}") && !kept.isEmpty()) {
                kept.set(kept.size() - 1, kept.get(kept.size() - 1) + ", " + part);
            } else if (!part.isBlank() && !ANAPHORIC_INTRO.matcher(part).find()) {
                kept.add(part.strip());
            }
        }
        in = String.join(", ", kept);
        if (in.isEmpty() || isConnective(in) || in.matches("(?i).*\\b(this|that|these|those|then)\\b.*")) {
            return "";
        }
        return Character.toUpperCase(in.charAt(0)) + in.substring(1);
    }

    /** Words that make an introductory phrase lean on what came before ("a month later", "in his absence"). */
    private static final java.util.regex.Pattern ANAPHORIC_INTRO = java.util.regex.Pattern.compile(
            "(?i)\\b(later|earlier|afterwards?|next|previous|following|meanwhile|then|this|that|these|those|such|"
                    + "his|her|its|their|there|same|soon|thereafter|subsequently|eventually|finally|again)\\b");

    /** The introduction before a clause starting at {@code clauseStart}, as a stem's prefix ("In 1919, "), or "". */
    static String introPrefix(AnnotatedSentence s, int clauseStart) {
        if (clauseStart <= 1) {
            return "";
        }
        String kept = intro(FactExtractor.span(s, 0, clauseStart - 1));
        return kept.isEmpty() ? "" : kept + ", ";
    }

    /** The sentence's text for tokens [from, to) without connective adverbs ("who therefore supported" → "who supported"). */
    static String withoutConnectives(AnnotatedSentence s, int from, int to) {
        StringBuilder out = new StringBuilder();
        List<Token> t = s.tokens();
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && !isConnectiveAdverb(t, j)) {
                j++;
            }
            if (j > i) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(FactExtractor.span(s, i, j));
            }
            i = j + 1;
        }
        return out.toString().replaceAll(" ,", ",").replaceAll(",\\s*,", ",");
    }

    private static boolean isConnectiveAdverb(List<Token> t, int i) {
        return t.get(i).pos().startsWith("RB") && CONNECTIVE_ADVERBS.contains(t.get(i).word().toLowerCase(Locale.ROOT));
    }

    /** Removes connective adverbs set off in a stem: ", however," and a bare "therefore". */
    static String tidy(String stem) {
        String s = stem.replaceAll("(?i),\\s*(however|therefore|though|meanwhile|in turn|in fact|too),", ",")
                .replaceAll("(?i)\\s(therefore|thus|hence|meanwhile|nonetheless|nevertheless|subsequently)\\b", "")
                .replaceAll("\\s{2,}", " ").replace(" ?", "?").replace(",?", "?");
        if (s.chars().filter(c -> c == '"').count() % 2 == 1 && s.endsWith("?")) {
            // The closing quote went with the sentence's full stop: "… to "vulnerable?" → "… to "vulnerable"?"
            s = s.substring(0, s.length() - 1) + "\"?";
        }
        return s;
    }

    /**
     * True when two sentences run together because the source lacks a full stop ("… in Florida The meeting …"): a
     * capitalised determiner or pronoun in the middle of the sentence, after a lower-case word.
     */
    static boolean fused(AnnotatedSentence s) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).word();
            String prev = t.get(i - 1).word();
            if (w.matches("The|This|These|It|He|She|They|We|But|And|In|On|A") && prev.matches("[a-z][\\p{L}]*")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that report or judge a statement: what follows them is someone's claim, not the clause to invert. */
    private static final Set<String> REPORTING = Set.of("say", "state", "estimate", "show", "report", "believe",
            "call", "consider", "continue", "claim", "suggest", "note", "announce", "add", "argue", "find", "know",
            "think", "describe", "tell", "confirm", "reveal", "indicate", "explain", "insist", "warn", "write");
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose", "where", "when",
            "because", "while", "although", "though", "if", "whether", "as", "since", "after", "before", "until");

    /**
     * True when the answer at {@code answerStart} sits inside a clause embedded under the main verb at {@code verb}
     * ("archaeologists estimate that by the time …", "the firm, whose subsidiary operates 13 farms, …"): a question
     * made by inverting the main clause would ask about the wrong thing.
     */
    static boolean embedded(List<Token> t, int verb, int answerStart) {
        if (verb >= 0 && verb < t.size() && REPORTING.contains(mainLemma(t, verb))) {
            return true;
        }
        for (int i = Math.max(0, verb); i < answerStart && i < t.size(); i++) {
            if (SUBORDINATORS.contains(t.get(i).word().toLowerCase(Locale.ROOT)) && !t.get(i).pos().equals("DT")
                    || t.get(i).pos().matches("WDT|WP|WP\\$|WRB")) {
                return true;
            }
        }
        return false;
    }

    /** The lemma of the main verb of the group starting at {@code verb} ("has shown" → "show"). */
    private static String mainLemma(List<Token> t, int verb) {
        int v = verb;
        while (v + 1 < t.size() && (t.get(v).pos().equals("MD") || t.get(v).lemma().matches("(?i)have|be|do"))
                && t.get(v + 1).pos().matches("VB.*|RB")) {
            v++;
            while (v < t.size() && t.get(v).pos().equals("RB")) {
                v++;
            }
        }
        return v < t.size() ? t.get(v).lemma().toLowerCase(Locale.ROOT) : "";
    }

    /** Index of the last token before the final punctuation. */
    static int bodyEnd(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).pos().matches("[.:]|''|``|-RRB-")) {
            end--;
        }
        return end;
    }

    /** Index of the first finite verb (or modal) of the sentence at or after {@code from}, or -1. */
    static int finiteVerb(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            if (t.get(i).pos().matches("VBD|VBZ|VBP|MD")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The inverted head of a question asked about the clause whose subject is {@code subject} and whose finite verb
     * is at {@code verb}: "did the plant employ", "will the plant employ", "has the company sold". Empty for a form of
     * "be" (asked as "was X …", which reads poorly for these forms) or a verb the tagger left unclear.
     */
    static Optional<String> inverted(AnnotatedSentence s, int verb, String subject, int[] verbGroupEnd) {
        List<Token> t = s.tokens();
        Token v = t.get(verb);
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("be")) {
            return Optional.empty();
        }
        boolean emphatic = lemma.equals("do") && verb + 1 < t.size() && t.get(verb + 1).pos().matches("VB|RB");
        if (v.pos().equals("MD") || emphatic
                || lemma.equals("have") && verb + 1 < t.size() && t.get(verb + 1).pos().equals("VBN")) {
            int main = verb + 1;
            while (main < t.size() && t.get(main).pos().equals("RB")) {
                main++;
            }
            if (main >= t.size() || !t.get(main).pos().startsWith("VB")) {
                return Optional.empty();
            }
            int end = main + 1;
            if (t.get(main).lemma().equalsIgnoreCase("be") && end < t.size() && t.get(end).pos().equals("VBN")) {
                end++;
            }
            verbGroupEnd[0] = end;
            return Optional.of(v.word().toLowerCase(Locale.ROOT) + " " + subject + " "
                    + FactExtractor.span(s, main, end));
        }
        String aux = switch (v.pos()) {
            case "VBD" -> "did";
            case "VBZ" -> "does";
            default -> "do";
        };
        verbGroupEnd[0] = verb + 1;
        return Optional.of(aux + " " + subject + " " + lemma);
    }

    /**
     * The subject before the finite verb at {@code verb}, when it reads alone: 1 to 10 tokens, no comma, no pronoun.
     * Returns its first token, or -1.
     */
    static int subjectStart(List<Token> t, int verb) {
        int start = 0;
        for (int i = verb - 1; i >= 0; i--) {
            if (t.get(i).word().equals(",")) {
                start = i + 1;
                break;
            }
        }
        int len = verb - start;
        if (len < 1 || len > 10) {
            return -1;
        }
        if (start > 0 && (!t.get(0).pos().matches("IN|RB|TO|CD|VBG|JJ|DT") || finiteVerb(t, 0) < start - 1
                || t.get(0).pos().equals("DT") && !t.get(0).word().matches("(?i)the|a|an"))) {
            // Before the comma stands no introduction but a clause or a subject with an aside:
            // "The firm, whose subsidiary operates 13 farms, insisted …".
            return -1;
        }
        for (int i = start; i < verb; i++) {
            if (t.get(i).pos().matches("PRP|WDT|WP|WP\\$|EX") || t.get(i).word().matches("(?i)this|that|these|those")) {
                return -1;
            }
        }
        return start;
    }

    /**
     * The subject of the clause whose finite verb is at {@code verb}, as a stem should print it: the words as
     * written, or, when the subject is a lone "he", "she" or "it" or starts with "his", "her" or "its", the
     * sentence's antecedent in their place ("Chaplin", "Chaplin's first feature-length film"). Empty when there is
     * no subject that reads alone.
     */
    static Optional<String> subject(AnnotatedSentence s, int verb, String antecedent) {
        List<Token> t = s.tokens();
        int start = subjectStart(t, verb);
        if (start >= 0) {
            return Optional.of(lowerFirst(s, start, FactExtractor.span(s, start, verb)));
        }
        int k = pronounSubjectStart(t, verb, antecedent);
        if (k < 0) {
            return Optional.empty();
        }
        String w = t.get(k).word().toLowerCase(Locale.ROOT);
        if (verb - k == 1 && w.matches("he|she|it")) {
            return Optional.of(antecedent);
        }
        return Optional.of(antecedent + "'s " + FactExtractor.span(s, k + 1, verb));
    }

    /** Where a pronoun subject that the antecedent can replace starts (-1 if none): "He …", "His mother …". */
    static int pronounSubjectStart(List<Token> t, int verb, String antecedent) {
        if (antecedent.isEmpty() || verb < 1) {
            return -1;
        }
        int k = 0;
        for (int i = verb - 1; i >= 0; i--) {
            if (t.get(i).word().equals(",")) {
                k = i + 1;
                break;
            }
        }
        if (k > 0 && !t.get(0).pos().matches("IN|RB|TO|CD|VBG")) {
            return -1;
        }
        String w = t.get(k).word().toLowerCase(Locale.ROOT);
        boolean lone = verb - k == 1 && w.matches("he|she|it");
        boolean possessive = w.matches("his|her|its") && verb - k >= 2 && verb - k <= 6;
        if (!lone && !possessive) {
            return -1;
        }
        for (int i = k + 1; i < verb; i++) {
            if (t.get(i).pos().matches("PRP|PRP\\$|WDT|WP|WP\\$|EX|VB.*") || t.get(i).word().equals(",")) {
                return -1;
            }
        }
        return k;
    }

    /** A clause that starts with a pronoun, or an object pronoun anywhere ("mould them"): case matters ("US"). */
    private static final Pattern PRONOUN = Pattern.compile("^(He|She|It|They|We|I|You|Its|His|Her|Their)\\b|\\b(them|him)\\b");

    /** True when a stem leans on a pronoun it does not resolve: "When did manager Brian Epstein mould them?". */
    static boolean unresolvedPronoun(String stem) {
        String s = stem.replace("Complete the statement: \u201C", "").strip();
        java.util.regex.Matcher m = PRONOUN.matcher(s);
        if (!m.find()) {
            return false;
        }
        // "… United Artists, which gave him control": an object pronoun after a name the stem prints refers to it.
        return m.group(1) != null || !s.substring(0, m.start()).matches(".*\\s\\p{Lu}\\p{L}+.*");
    }

    /**
     * A completion whose clause opens with "he", "she", "his" or "her" (within its first words), with the
     * antecedent written in: "At 19, he was signed to …" → "At 19, Chaplin was signed to …".
     */
    static String resolveCompletion(String stem, String antecedent) {
        if (antecedent.isEmpty()) {
            return stem;
        }
        java.util.regex.Matcher m = Pattern.compile("\u201C((?:\\S+\\s+){0,4}?)(He|he|She|she|His|his|Her|her)\\b")
                .matcher(stem);
        if (!m.find()) {
            return stem;
        }
        String name = m.group(2).toLowerCase(Locale.ROOT).matches("his|her") ? antecedent + "'s" : antecedent;
        return stem.substring(0, m.start(2)) + name + stem.substring(m.end(2));
    }

    /** Lower-cases the first letter unless the word is a proper noun or an acronym. */
    static String lowerFirst(AnnotatedSentence s, int first, String text) {
        if (text.isEmpty() || s.tokens().get(first).isProperNoun()
                || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
