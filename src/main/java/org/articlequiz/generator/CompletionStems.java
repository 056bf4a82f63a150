package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * Completion stems ({@link Form#COMPLETION}): "Complete the statement: “… _____ …”", the fallback when no question
 * reads well. Kept short (the clause that holds the fact, not a paragraph copied whole), never a blank inside an
 * aside or one member of a list, never a clause that leans on the sentence before.
 */
final class CompletionStems {

    /** A completion reads well only when short: the fact, not a paragraph copied whole. */
    private static final int MAX_COMPLETION_TOKENS = 26;
    private static final String BLANK = "_____";

    private CompletionStems() {
    }

    static Optional<StemWriter.Stem> write(Fact f) {
        AnnotatedSentence s = f.analysis();
        int[] span = clauseAround(s, f);
        if (span == null || span[1] - span[0] > MAX_COMPLETION_TOKENS) {
            return Optional.empty();
        }
        int offset = s.tokens().get(span[0]).start();
        String text = s.text().substring(offset - s.start(), s.tokens().get(span[1] - 1).end() - s.start());
        if (span[1] < s.tokens().size() && !text.endsWith(".")) {
            text = text + ".";
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        int start = f.start() - offset;
        int end = f.end() - offset;
        if (span[0] == 0 && Clauses.startsUnfocused(s) || span[0] > 0 && UNFOCUSED.matcher(text).lookingAt()) {
            // "This marks …", "He stated …": a completion of it says nothing on its own.
            return Optional.empty();
        }
        String before = text.substring(0, start);
        String key = f.answer();
        if (before.matches("(?s).*[\\-\u2013\u2014/]$") || text.substring(end).matches("(?s)^[\\-\u2013\u2014/\\p{L}\\p{N}].*")) {
            // "1882–_____": the blank is half of a compound, which the other half gives away.
            return Optional.empty();
        }
        if (before.lastIndexOf('(') > before.lastIndexOf(')')) {
            // A blank in a parenthesis asks for an aside ("Hannah Chaplin (born _____)").
            return Optional.empty();
        }
        if (inList(s, f)) {
            // The sixth country of a list of six is a detail, and any of the others would read as well.
            return Optional.empty();
        }
        if (before.toLowerCase(Locale.ROOT).endsWith("the ") && f.kind() == AnswerKind.PLACE) {
            // Keep "the" out of the sentence, so "at _____" reads for "the Kremlin" and "Camp David" alike.
            before = before.substring(0, before.length() - 4);
            key = text.substring(start - 4, start) + key;
        }
        before = before.replaceAll("(?i)\\b(a|an) $", "a(n) ");
        String body = before + BLANK + text.substring(end);
        return Optional.of(new StemWriter.Stem("Complete the statement: \u201C" + body + "\u201D", Form.COMPLETION, key));
    }

    private static final java.util.regex.Pattern UNFOCUSED = java.util.regex.Pattern.compile(
            "(?i)(this|that|these|those|it|he|she|they|his|her|its|their|which|who|whose|whom|where|when|and|but|or|"
                    + "as|while|although|though|because|since|after|before|if|unless|at which|in which)\\b");

    /**
     * Tokens [start, end) of the clause that holds the fact: the whole sentence when it is short, else the stretch
     * between the commas or semicolons around the key, if that still has a finite verb ("shorten to the fact").
     */
    private static int[] clauseAround(AnnotatedSentence s, Fact f) {
        List<Token> t = s.tokens();
        int end = Clauses.bodyEnd(t);
        if (end <= MAX_COMPLETION_TOKENS) {
            return new int[] {0, t.size()};
        }
        int from = f.firstToken();
        while (from > 0 && !t.get(from - 1).word().matches("[,;:]")) {
            from--;
        }
        int to = f.endToken();
        while (to < end && !t.get(to).word().matches("[,;:]")) {
            to++;
        }
        if (to - from < 7 || !StemWriter.hasFiniteVerb(t, from, to) || t.get(from).pos().startsWith("VB")
                || t.get(from).pos().matches("IN|TO|CC|WDT|WP|WRB")) {
            // "Said the results were …", "in a third quarter when …": no subject, so no statement to complete.
            return null;
        }
        if (from > 1 && t.get(from - 2).isProperNoun() && t.get(from).isProperNoun()
                || to + 1 < end && t.get(to - 1).isProperNoun() && t.get(to + 1).isProperNoun()) {
            // The comma separates the names of a list ("John Lennon, Paul McCartney, George Harrison and …").
            return null;
        }
        return new int[] {from, to};
    }

    /** True when the answer is one member of a list of names: "Argentina, Bulgaria, Canada … and Poland". */
    private static boolean inList(AnnotatedSentence s, Fact f) {
        List<Token> t = s.tokens();
        int before = f.firstToken() - 1;
        int after = f.endToken();
        boolean listBefore = before >= 1 && t.get(before).word().matches(",|and|or")
                && t.get(before - 1).isProperNoun();
        boolean listAfter = after + 1 < t.size() && t.get(after).word().matches(",|and|or")
                && t.get(after + 1).isProperNoun() && f.kind() != AnswerKind.PERSON;
        return listBefore && f.kind() != AnswerKind.DATE || listAfter;
    }
}
