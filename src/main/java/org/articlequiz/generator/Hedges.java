package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * Finds sentences that do not state a fact: hedged or speculative ones ("probably", "likely", "could",
 * "we can make some educated guesses"), predictions, conditionals and questions; and whole articles that read as
 * chat or speculation (seeds/000_…), whose sentences yield no facts at all.
 */
final class Hedges {

    private static final Set<String> HEDGE_WORDS = Set.of(
            "probably", "likely", "unlikely", "possibly", "perhaps", "maybe", "presumably", "apparently",
            "reportedly", "allegedly", "supposedly", "undoubtedly", "seemingly", "arguably", "rumored", "rumoured",
            "speculation", "speculate", "speculated", "speculative", "guess", "guesses", "predict", "predicted",
            "uncertain", "unclear", "potentially", "conceivably", "hopefully", "if", "whether", "unless");
    private static final Set<String> HEDGE_MODALS = Set.of("could", "might", "may", "would", "should", "will", "shall",
            "wo", "'ll", "'d");
    private static final Set<String> HEDGE_VERB_LEMMAS = Set.of("seem", "appear", "suggest", "expect", "believe",
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
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (HEDGE_WORDS.contains(w)) {
                return Optional.of("hedge word \"" + w + "\"");
            }
            if (t.pos().equals("MD") && HEDGE_MODALS.contains(w)) {
                return Optional.of("modal \"" + w + "\"");
            }
            if (t.pos().startsWith("VB") && HEDGE_VERB_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return Optional.of("hedging verb \"" + t.word() + "\"");
            }
            if (t.pos().equals("PRP") && (w.equals("we") || w.equals("i") || w.equals("you"))) {
                return Optional.of("first or second person: opinion, not report");
            }
        }
        return Optional.empty();
    }

    /**
     * Why a whole article is speculation or chat (then it yields no facts), or empty. An article is speculative when
     * three in five or more of its sentences are hedged, or when it addresses the reader as chat does ("guys", "folks").
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
