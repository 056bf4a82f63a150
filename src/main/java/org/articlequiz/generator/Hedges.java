package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * Finds sentences that do not state a fact, judged by what the sentence claims (QG-NOTES §6): epistemic hedges
 * ("probably", "could", "might", "is expected to", "appears to"), evaluative predictions ("will be crucial", "will
 * test"), conditionals, opinions in the first person and questions; and whole articles that read as chat or whose
 * fact sentences are mostly speculation (seeds/000_…), which yield no facts at all.
 *
 * <p>"Will" alone is no hedge: "the company will build a plant in Gdansk" and "the law will take effect on 1 July"
 * report a decision or a schedule the author commits to. Nor is "can", which in an explainer states a capacity
 * ("bats can echolocate").
 */
final class Hedges {

    private static final Set<String> HEDGE_WORDS = Set.of(
            "probably", "likely", "unlikely", "possibly", "perhaps", "maybe", "presumably", "apparently",
            "reportedly", "allegedly", "supposedly", "undoubtedly", "seemingly", "arguably", "rumored", "rumoured",
            "speculation", "speculate", "speculated", "speculative", "guess", "guesses", "predict", "predicted",
            "uncertain", "unclear", "potentially", "conceivably", "hopefully", "if", "whether", "unless");
    /** Epistemic modals: the author does not commit to the event. */
    private static final Set<String> HEDGE_MODALS = Set.of("could", "might", "may", "would", "should", "'d");
    /** Future modals: a hedge only in an evaluative prediction, not in a reported decision or schedule. */
    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "wo", "'ll");
    /** Verbs after "will" that predict or evaluate rather than report a plan: "will test", "will remain". */
    private static final Set<String> PREDICTING_VERBS = Set.of("be", "test", "determine", "shape", "remain", "need",
            "prove", "depend", "continue", "face", "help", "likely", "decide", "have", "see", "mean", "change");
    private static final Set<String> HEDGE_VERB_LEMMAS = Set.of("seem", "suggest", "expect", "believe",
            "think", "imagine", "wonder", "suppose", "hope", "guess", "speculate", "anticipate");
    private static final Pattern HEDGE_PHRASES = Pattern.compile(
            "(?i)\\b(educated guess|remains to be seen|too early to|it is possible|it's possible|chances are|"
                    + "in theory|so to speak|we're talking|let's|you know|think about|keep an eye)\\b");
    private static final Pattern CHAT_MARKERS = Pattern.compile(
            "(?i)\\b(guys|folks|buckle up|what's up|alright|pow-wow|let's|we're talking|you know|brass tacks|"
                    + "big deal|keep an eye)\\b");

    private Hedges() {
    }

    /** Why a sentence states nothing for sure, or empty when it states something. */
    static Optional<String> hedge(AnnotatedSentence s) {
        String text = s.text().strip();
        if (text.endsWith("?") || text.endsWith("?\"") || text.endsWith("?”")) {
            return Optional.of("question");
        }
        if (text.endsWith("!")) {
            return Optional.of("exclamation");
        }
        var phrase = HEDGE_PHRASES.matcher(text);
        if (phrase.find()) {
            return Optional.of("hedge phrase \"" + phrase.group(1) + "\"");
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (HEDGE_WORDS.contains(w)) {
                return Optional.of("hedge word \"" + w + "\"");
            }
            if (t.pos().equals("MD") && HEDGE_MODALS.contains(w)) {
                return Optional.of("modal \"" + w + "\"");
            }
            if (t.pos().equals("MD") && FUTURE_MODALS.contains(w) && predicts(tokens, i)) {
                return Optional.of("prediction \"" + w + " " + tokens.get(Math.min(i + 1, tokens.size() - 1)).word() + "\"");
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && HEDGE_VERB_LEMMAS.contains(lemma)) {
                return Optional.of("hedging verb \"" + t.word() + "\"");
            }
            if (t.pos().startsWith("VB") && lemma.equals("appear") && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().matches("(?i)to|that")) {
                return Optional.of("hedging verb \"" + t.word() + " " + tokens.get(i + 1).word() + "\"");
            }
            if (t.pos().equals("PRP") && (w.equals("we") || w.equals("i") || w.equals("you"))) {
                return Optional.of("first or second person: opinion, not report");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether "will" at {@code modal} predicts (an evaluation, or an event with nothing concrete to check: "the coming
     * months will be crucial", "his presidency will test the alliance") rather than reports a plan or schedule with
     * a name, date or number the author commits to ("the plant will employ 2,400 people from 2027").
     */
    private static boolean predicts(List<Token> tokens, int modal) {
        int v = modal + 1;
        while (v < tokens.size() && (tokens.get(v).pos().equals("RB") || tokens.get(v).word().equalsIgnoreCase("not"))) {
            v++;
        }
        if (v >= tokens.size() || !tokens.get(v).pos().startsWith("VB")) {
            return true;
        }
        String lemma = tokens.get(v).lemma().toLowerCase(Locale.ROOT);
        if (PREDICTING_VERBS.contains(lemma) && !(lemma.equals("be") && v + 1 < tokens.size()
                && tokens.get(v + 1).pos().equals("VBN"))) {
            return true;
        }
        for (int k = v + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("CD") || t.isProperNoun() || !t.ner().equals("O")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a whole article is speculation or chat (then it yields no facts), or empty. An article is speculative when
     * most of its sentences are hedged (three in five), or when it addresses the reader as chat does ("guys", "folks").
     */
    static Optional<String> speculativeArticle(String text, int sentences, int hedged) {
        var chat = CHAT_MARKERS.matcher(text);
        int markers = 0;
        while (chat.find()) {
            markers++;
        }
        if (markers >= 3) {
            return Optional.of("chatty article (" + markers + " chat markers such as \"guys\", \"folks\")");
        }
        if (sentences >= 6 && hedged * 5 >= sentences * 3) {
            return Optional.of("speculative article (" + hedged + " of " + sentences + " sentences hedged)");
        }
        return Optional.empty();
    }
}
