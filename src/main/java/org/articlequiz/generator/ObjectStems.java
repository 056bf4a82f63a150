package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Token;

/**
 * Object questions ({@link Form#WHO_WHAT}): the key follows the main verb, as its object or after a preposition
 * the verb takes. "In 1919, Chaplin co-founded United Artists." → "In 1919, which organization did Chaplin
 * co-found?"; "At 19, Chaplin was signed to the Fred Karno company." → "At 19, which organization was Chaplin signed
 * to?". The subject must read alone (no pronoun, no comma) and the clause after the key stays with the question.
 */
final class ObjectStems {

    private ObjectStems() {
    }

    static Optional<StemWriter.Stem> write(Fact f, String wh, String antecedent) {
        AnnotatedSentence s = f.analysis();
        List<Token> t = s.tokens();
        if (Clauses.fused(s)) {
            return Optional.empty();
        }
        int verb = Clauses.finiteVerb(t, 0);
        int a0 = f.firstToken();
        if (a0 > 0 && t.get(a0 - 1).word().equalsIgnoreCase("the")) {
            a0--;
        }
        if (verb < 1 || a0 <= verb || a0 - verb > 5) {
            return Optional.empty();
        }
        int start = Clauses.subjectStart(t, verb);
        if (start < 0) {
            start = Clauses.pronounSubjectStart(t, verb, antecedent);
        }
        if (Clauses.embedded(t, verb, a0)) {
            return Optional.empty();
        }
        Optional<String> subjectText = Clauses.subject(s, verb, antecedent);
        if (start < 0 || subjectText.isEmpty()
                || f.endToken() < t.size() && t.get(f.endToken()).pos().matches("NNP?S?|POS")) {
            return Optional.empty();
        }
        String subject = subjectText.get();
        String head;
        int groupEnd;
        Token v = t.get(verb);
        int by = a0 - 1;
        while (by > verb + 1 && t.get(by).pos().matches("JJ|NN|NNS|NNP")) {
            by--;
        }
        if (v.lemma().equalsIgnoreCase("be") && by > verb && t.get(by).word().equalsIgnoreCase("by")) {
            // Passive with its agent: "The first goal was scored by Lucien Laurent of France" asks
            // "Who scored the first goal?", a subject question on the active clause.
            if (by < a0 - 1 && t.get(a0 - 1).isNoun() && !t.get(a0 - 1).isProperNoun()) {
                // "by Scottish scientist Alexander Fleming" → "Which Scottish scientist …?"
                wh = "Which " + FactExtractor.span(s, by + 1, a0);
            }
            return agentQuestion(f, s, start, verb, by + 1, wh, subject);
        }
        if (v.lemma().equalsIgnoreCase("be")) {
            // Passive: "was signed to X" → "was Chaplin signed to?"; a bare copula ("was X") is not asked here.
            if (verb + 1 >= t.size() || !t.get(verb + 1).pos().equals("VBN")) {
                return Optional.empty();
            }
            head = v.word().toLowerCase(Locale.ROOT) + " " + subject + " " + t.get(verb + 1).word();
            groupEnd = verb + 2;
        } else {
            int[] end = {verb + 1};
            Optional<String> inv = Clauses.inverted(s, verb, subject, end);
            if (inv.isEmpty()) {
                return Optional.empty();
            }
            head = inv.get();
            groupEnd = end[0];
        }
        if (groupEnd > a0) {
            return Optional.empty();
        }
        for (int i = groupEnd; i < a0; i++) {
            if (!t.get(i).pos().matches("IN|TO|RP|DT")) {
                return Optional.empty();
            }
        }
        String between = groupEnd < a0 ? " " + FactExtractor.span(s, groupEnd, a0).replaceFirst("(?i)\\s*\\bthe$", "")
                .replaceFirst("(?i)^the$", "") : "";
        int end = clauseEnd(t, f.endToken());
        String rest = f.endToken() < end ? " " + Clauses.withoutConnectives(s, f.endToken(), end) : "";
        if (rest.startsWith(" ,") || rest.matches(" (and|or|,).*")) {
            rest = "";
        }
        String intro = Clauses.introPrefix(s, start);
        String question = intro + (intro.isEmpty() ? wh : lower(wh)) + " " + head + between.stripTrailing() + rest
                + "?";
        String key = FactExtractor.span(s, f.firstToken(), f.endToken());
        return Optional.of(new StemWriter.Stem(Clauses.tidy(question.replaceAll("\\s{2,}", " ")), Form.WHO_WHAT, key));
    }

    /** Past tenses of the irregular participles a passive sentence uses most ("was written by" → "wrote"). */
    private static final java.util.Map<String, String> PAST = java.util.Map.ofEntries(
            java.util.Map.entry("written", "wrote"), java.util.Map.entry("given", "gave"),
            java.util.Map.entry("taken", "took"), java.util.Map.entry("shown", "showed"),
            java.util.Map.entry("drawn", "drew"), java.util.Map.entry("sung", "sang"),
            java.util.Map.entry("begun", "began"), java.util.Map.entry("known", "knew"),
            java.util.Map.entry("seen", "saw"), java.util.Map.entry("beaten", "beat"),
            java.util.Map.entry("chosen", "chose"), java.util.Map.entry("driven", "drove"),
            java.util.Map.entry("thrown", "threw"), java.util.Map.entry("broken", "broke"),
            java.util.Map.entry("spoken", "spoke"), java.util.Map.entry("stolen", "stole"),
            java.util.Map.entry("ridden", "rode"), java.util.Map.entry("grown", "grew"),
            java.util.Map.entry("flown", "flew"), java.util.Map.entry("overthrown", "overthrew"),
            java.util.Map.entry("undertaken", "undertook"), java.util.Map.entry("rewritten", "rewrote"),
            java.util.Map.entry("forgotten", "forgot"), java.util.Map.entry("done", "did"),
            java.util.Map.entry("eaten", "ate"), java.util.Map.entry("fallen", "fell"),
            java.util.Map.entry("risen", "rose"), java.util.Map.entry("sworn", "swore"),
            java.util.Map.entry("worn", "wore"), java.util.Map.entry("torn", "tore"),
            java.util.Map.entry("blown", "blew"), java.util.Map.entry("sunk", "sank"));

    /** "X was VBN … by AGENT …" → "Who VBD X …?": the agent asked as the subject of the active clause. */
    private static Optional<StemWriter.Stem> agentQuestion(Fact f, AnnotatedSentence s, int start, int verb, int a0,
                                                           String wh, String object) {
        List<Token> t = s.tokens();
        if (!t.get(verb).pos().equals("VBD") || verb + 1 >= t.size() || !t.get(verb + 1).pos().equals("VBN")) {
            return Optional.empty();
        }
        String participle = t.get(verb + 1).word();
        String lower = participle.toLowerCase(Locale.ROOT);
        String past = PAST.getOrDefault(lower, lower.endsWith("ed") || lower.endsWith("t") || lower.endsWith("d")
                ? lower : null);
        if (past == null) {
            return Optional.empty();
        }
        for (int i = verb + 2; i < a0 - 1; i++) {
            if (t.get(i).word().equals(",") || t.get(i).pos().matches("VB.*|WDT|WP|WRB")) {
                return Optional.empty();
            }
        }
        String between = verb + 2 < a0 - 1 ? " " + FactExtractor.span(s, verb + 2, a0 - 1) : "";
        int end = clauseEnd(t, f.endToken());
        String rest = "";
        if (f.endToken() < end && t.get(f.endToken()).pos().equals("IN")
                && !t.get(f.endToken()).word().equalsIgnoreCase("of")) {
            rest = " " + Clauses.withoutConnectives(s, f.endToken(), end);
        }
        String intro = Clauses.introPrefix(s, start);
        String question = intro + (intro.isEmpty() ? wh : lower(wh)) + " " + past + " " + object + between + rest + "?";
        String key = FactExtractor.span(s, f.firstToken(), f.endToken());
        return Optional.of(new StemWriter.Stem(Clauses.tidy(question.replaceAll("\\s{2,}", " ")), Form.WHO_WHAT, key));
    }

    private static String lower(String wh) {
        return Character.toLowerCase(wh.charAt(0)) + wh.substring(1);
    }

    private static int clauseEnd(List<Token> t, int from) {
        int end = Clauses.bodyEnd(t);
        for (int k = from; k < end; k++) {
            String w = t.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(",") || t.get(k).pos().matches("WDT|WP|CC")) {
                return k;
            }
        }
        return end;
    }
}
