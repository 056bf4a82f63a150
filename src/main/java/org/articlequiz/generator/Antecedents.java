package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.articlequiz.generator.nlp.Mention;
import org.articlequiz.generator.nlp.Token;

/** Whom a sentence's leading pronoun names, where the sentences before leave no doubt. */
final class Antecedents {

    private Antecedents() {
    }

    /**
     * For each sentence that opens with "He", "She", "His", "Her", "It" or "Its": whom it names, when the sentences
     * just before leave no doubt (exactly one person, or for "it" one organization, named in the nearest sentence
     * that names any). A light stand-in for coreference (Heilman & Smith replace pronouns by their antecedents);
     * anything unclear stays unresolved and such a stem is not written. A "he" or "she" names only the person the
     * article is about (the one it names most): in a life of Newton, "he" after a sentence about Stokes is still
     * Newton more often than Stokes, so such a sentence stays unresolved rather than name a bystander.
     */
    static Map<Integer, String> of(List<AnnotatedSentence> sentences, Names names) {
        Map<Integer, String> out = new java.util.HashMap<>();
        String main = mainPerson(sentences, names);
        for (AnnotatedSentence s : sentences) {
            List<Token> t = s.tokens();
            int k = 0;
            for (int i = 0; i < Math.min(t.size(), 8); i++) {
                if (t.get(i).word().equals(",")) {
                    k = i + 1;
                    break;
                }
            }
            if (k >= t.size()) {
                continue;
            }
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            String kind = w.matches("he|she|his|her") ? "PERSON" : w.matches("it|its") ? "ORGANIZATION" : null;
            if (kind == null) {
                continue;
            }
            for (int back = s.index() - 1; back >= Math.max(0, s.index() - 2); back--) {
                Set<String> named = new java.util.LinkedHashSet<>();
                String display = null;
                for (Mention m : sentences.get(back).mentions()) {
                    if (m.type().equals(kind) && !FactExtractor.isPronoun(sentences.get(back), m)) {
                        AnswerKind ak = kind.equals("PERSON") ? AnswerKind.PERSON : AnswerKind.ORGANIZATION;
                        named.add(names.canonical(ak, m.text()));
                        display = names.display(ak, m.text());
                    }
                }
                boolean bystander = kind.equals("PERSON") && !named.contains(main);
                if (named.size() == 1 && display != null && !bystander) {
                    out.put(s.index(), kind.equals("PERSON") ? Names.surname(display) : display);
                }
                if (!named.isEmpty()) {
                    break;
                }
            }
        }
        return out;
    }

    /** The person the article names most, by canonical name, or "" when no one is named three times. */
    private static String mainPerson(List<AnnotatedSentence> sentences, Names names) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (AnnotatedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.type().equals("PERSON") && !FactExtractor.isPronoun(s, m)) {
                    counts.merge(names.canonical(AnswerKind.PERSON, m.text()), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("");
    }
}
