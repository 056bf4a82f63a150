package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * Quantity questions ({@link Form#QUANTITY}): "How many workers will the plant employ?", "How much did the company
 * pay for the site?", "By what percentage did sales fall in the third quarter?", "What percentage of the country's
 * power comes from wind?". The number is asked where it stands as the subject, as the object of the main verb, or
 * as the amount of a change; the options are numbers of the key's unit and scale ({@link DistractorPicker}).
 */
final class QuantityStems {

    /** Verbs whose object or complement is the amount of a change: "fell 12%", "rose by 3 percent". */
    private static final Set<String> CHANGE_VERBS = Set.of("rise", "fall", "grow", "increase", "decline", "drop",
            "jump", "climb", "slide", "gain", "lose", "shrink", "cut", "raise", "reduce", "surge", "slip", "plunge",
            "soar", "tumble", "expand", "boost", "lift", "lower");
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "roughly", "some",
            "approximately", "over", "under", "only", "just", "than", "more", "less", "fewer", "up", "to", "least", "at");

    private QuantityStems() {
    }

    static Optional<StemWriter.Stem> write(Fact f, String antecedent) {
        AnnotatedSentence s = f.analysis();
        List<Token> t = s.tokens();
        if (Clauses.fused(s)) {
            return Optional.empty();
        }
        int q0 = f.firstToken();
        while (q0 > 0 && APPROXIMATORS.contains(t.get(q0 - 1).word().toLowerCase(Locale.ROOT))) {
            q0--;
            if (t.get(q0).word().matches("(?i)than|least|over|under|up")) {
                // "more than 300 papers": 300 is a bound, not the count, and "300" as the key would misstate it.
                return Optional.empty();
            }
        }
        int verb = Clauses.finiteVerb(t, 0);
        if (verb < 0 || q0 > verb && Clauses.embedded(t, verb, q0)) {
            return Optional.empty();
        }
        String stem = switch (f.kind()) {
            case PERCENT -> percent(f, s, q0, verb, antecedent);
            case MONEY -> amount(f, s, q0, verb, "How much", antecedent);
            default -> count(f, s, q0, verb, antecedent);
        };
        if (stem == null) {
            return Optional.empty();
        }
        stem = stem.replace(", How many ", ", how many ").replace(", How much ", ", how much ")
                .replace(", What percentage ", ", what percentage ").replace(", By what ", ", by what ");
        return Optional.of(new StemWriter.Stem(Clauses.tidy(stem), Form.QUANTITY, f.answer()));
    }

    /** "2,400 workers": the noun after the number, if the number counts something. */
    private static int nounEnd(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && (t.get(i).pos().matches("JJ|NNS|NN|VBN") && !t.get(i).isProperNoun())) {
            i++;
        }
        if (i < t.size() && t.get(i).word().startsWith("-")) {
            // "12 half-siblings" split by the tokenizer: the noun is the whole compound.
            return -1;
        }
        return i > from && t.get(i - 1).isNoun() ? i : -1;
    }

    private static String count(Fact f, AnnotatedSentence s, int q0, int verb, String antecedent) {
        List<Token> t = s.tokens();
        int nounEnd = nounEnd(t, f.endToken());
        if (nounEnd < 0) {
            return null;
        }
        String noun = FactExtractor.span(s, f.endToken(), nounEnd);
        if (noun.matches("(?i)(year|years|month|months|day|days|times?|percent|per)( .*)?")) {
            // "in 30 years", "three times": durations and ratios read badly as "How many years …?"
            return null;
        }
        int clauseStart = Clauses.subjectStart(t, verb);
        if (q0 == clauseStart && nounEnd <= verb && (nounEnd == verb || t.get(nounEnd).pos().equals("RB"))) {
            // The number counts the subject: "About 3,000 runners started the race."
            int end = clauseEnd(t, verb);
            if (end - verb < 3) {
                return null;
            }
            return Clauses.introPrefix(s, clauseStart) + "How many " + noun + " " + Clauses.withoutConnectives(s, verb, end) + "?";
        }
        int subjectStart = clauseStart >= 0 ? clauseStart : Clauses.pronounSubjectStart(t, verb, antecedent);
        if (subjectStart >= 0 && q0 > verb && objectOf(t, verb, q0)) {
            return asObject(s, subjectStart, verb, q0, nounEnd, "How many " + noun, antecedent);
        }
        return null;
    }

    private static String amount(Fact f, AnnotatedSentence s, int q0, int verb, String wh, String antecedent) {
        List<Token> t = s.tokens();
        int start = Clauses.subjectStart(t, verb);
        if (start < 0) {
            start = Clauses.pronounSubjectStart(t, verb, antecedent);
        }
        if (start >= 0 && q0 > verb && objectOf(t, verb, q0)) {
            return asObject(s, start, verb, q0, f.endToken(), wh, antecedent);
        }
        return null;
    }

    private static String percent(Fact f, AnnotatedSentence s, int q0, int verb, String antecedent) {
        List<Token> t = s.tokens();
        int start = Clauses.subjectStart(t, verb);
        // "12% of voters backed the plan": the share is the subject.
        if (q0 == start && f.endToken() + 1 < verb && t.get(f.endToken()).word().equalsIgnoreCase("of")) {
            int end = clauseEnd(t, verb);
            if (end - verb < 2) {
                return null;
            }
            return Clauses.introPrefix(s, start) + "What percentage of " + FactExtractor.span(s, f.endToken() + 1, verb) + " "
                    + Clauses.withoutConnectives(s, verb, end) + "?";
        }
        if (start < 0) {
            start = Clauses.pronounSubjectStart(t, verb, antecedent);
        }
        if (start < 0 || q0 <= verb) {
            return null;
        }
        int change = -1;
        for (int i = verb; i < q0; i++) {
            if (t.get(i).pos().startsWith("VB") && CHANGE_VERBS.contains(t.get(i).lemma().toLowerCase(Locale.ROOT))) {
                change = i;
            }
        }
        if (change < 0 || q0 - change > 2 || q0 - change == 2 && !t.get(change + 1).word().equalsIgnoreCase("by")) {
            return null;
        }
        int[] groupEnd = {verb + 1};
        String subject = Clauses.subject(s, verb, antecedent).orElse(null);
        if (subject == null) {
            return null;
        }
        java.util.Optional<String> head = Clauses.inverted(s, verb, subject, groupEnd);
        if (head.isEmpty() || groupEnd[0] != change + 1) {
            return null;
        }
        String rest = restAfter(s, f.endToken(), clauseEnd(t, verb));
        return Clauses.introPrefix(s, start) + "By what percentage " + head.get() + rest + "?";
    }

    /** "The plant will employ 2,400 workers from 2027" → "How many workers will the plant employ from 2027?" */
    private static String asObject(AnnotatedSentence s, int start, int verb, int q0, int qEnd, String wh,
                                   String antecedent) {
        List<Token> t = s.tokens();
        int[] groupEnd = {verb + 1};
        String subject = Clauses.subject(s, verb, antecedent).orElse(null);
        if (subject == null) {
            return null;
        }
        java.util.Optional<String> head = Clauses.inverted(s, verb, subject, groupEnd);
        if (head.isEmpty()) {
            return null;
        }
        for (int i = groupEnd[0]; i < q0; i++) {
            if (t.get(i).pos().matches("VBD|VBZ|VBP")) {
                // "making sure the buttons worked took 45 hours": the verb asked about is not the sentence's.
                return null;
            }
        }
        String between = groupEnd[0] < q0 ? " " + FactExtractor.span(s, groupEnd[0], q0) : "";
        if (between.matches(".*\\b(by|to|from|of)$")) {
            // "rose to 2,400": the number is the end point of a change, not what the verb acts on.
            return null;
        }
        String rest = restAfter(s, qEnd, clauseEnd(t, verb));
        return Clauses.introPrefix(s, start) + wh + " " + head.get() + between + rest + "?";
    }

    /** True when the number follows the verb group directly or after a particle: "employ 2,400", "paid $4bn". */
    private static boolean objectOf(List<Token> t, int verb, int q0) {
        for (int i = verb + 1; i < q0; i++) {
            if (!t.get(i).pos().matches("VB.*|RB|RP|TO|IN|DT") || t.get(i).word().equals(",")
                    || t.get(i).word().matches("(?i)that|whether|if|because|as|while")) {
                // "said that 23 boats had returned": the number belongs to a clause of its own.
                return false;
            }
        }
        return q0 - verb <= 4;
    }

    private static String restAfter(AnnotatedSentence s, int from, int end) {
        if (from >= end) {
            return "";
        }
        String rest = Clauses.withoutConnectives(s, from, end).strip();
        // "… publish and more than 150 other works": a second conjunct is no part of the question.
        return rest.isEmpty() || rest.startsWith(",") || rest.matches("(?i)(and|or|but)\\b.*") ? "" : " " + rest;
    }

    private static int clauseEnd(List<Token> t, int verb) {
        int end = Clauses.bodyEnd(t);
        for (int k = verb + 1; k < end; k++) {
            String w = t.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(",") && k + 1 < end
                    && t.get(k + 1).pos().matches("CC|WDT|WP|WRB|VBG|IN")) {
                return k;
            }
        }
        return end;
    }
}
