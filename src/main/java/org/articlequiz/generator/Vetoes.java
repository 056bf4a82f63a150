package org.articlequiz.generator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.articlequiz.generator.nlp.Token;

/**
 * Items a teacher rejects on sight, whatever their options: each rule names a fault the blind reads found (see
 * {@code src/test/resources/corpus/blind-reads/}). A veto is a reason, shown in the generator's report.
 */
final class Vetoes {
    /** Words that turn what follows around: "Outside North America, …", "not in Paris", "except Italy". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "outside", "except", "without",
            "neither", "nor", "unlike", "instead", "excluding", "besides", "beyond", "barring", "rather");
    static final Pattern MONTH = Pattern.compile("(?i).*\\b(january|february|march|april|may|june|july|"
            + "august|september|october|november|december)\\b.*");
    /** "Which place did when the family move to?": an inversion across a subordinate clause. */
    private static final Pattern INVERTED_ACROSS = Pattern.compile(
            "(?i)\\b(did|does|do|was|were|is|are|has|have|had)\\s+(when|if|while|although|because|as|after|before|since|"
                    + "until|though|whereas|once|word)\\b");
    /** "…, where Einstein's father?": a relative clause cut off before its verb. */
    private static final Pattern CUT_RELATIVE = Pattern.compile(
            "(?i)\\S.*,\\s+(where|who|whom|whose|which|when)(\\s+[^\\s,?]+){1,4}\\?$");

    /** Kinds whose name before a noun is a modifier ("a US airline", "the 1836 serial"); a number before a noun counts it. */
    private static final Set<AnswerKind> MODIFIER_KINDS = Set.of(AnswerKind.PLACE, AnswerKind.ORGANIZATION,
            AnswerKind.TERM, AnswerKind.TITLE, AnswerKind.DATE);

    private Vetoes() {
    }

    /** Why a fact asked with this stem is no item, or empty when nothing is wrong that a rule can see. */
    static Optional<String> of(Fact f, StemWriter.Stem stem) {
        List<Token> t = f.analysis().tokens();
        String text = stem.text();
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ") + " ";
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (!NEGATIONS.contains(w)) {
                continue;
            }
            boolean nearKey = i < f.firstToken() && f.firstToken() - i <= 3;
            if (nearKey || !lower.contains(" " + w + " ")) {
                // The key sits in what the negation governs, or the stem drops the negation the sentence makes.
                return Optional.of("the sentence negates or excepts (\"" + t.get(i).word() + "\"), which the item "
                        + "would turn around");
            }
        }
        if (f.kind() == AnswerKind.NUMBER || f.kind() == AnswerKind.PERCENT || f.kind() == AnswerKind.MONEY) {
            String before = f.firstToken() >= 2 ? (t.get(f.firstToken() - 2).word() + " "
                    + t.get(f.firstToken() - 1).word()).toLowerCase(Locale.ROOT) : "";
            if (before.matches("(more|less|fewer|greater|higher|lower) than|at least|at most|up to|as many|as much")
                    || before.matches(".* (over|under)")) {
                return Optional.of("the number is a bound (\"" + before + "\"), not the amount");
            }
        }
        if (f.kind() == AnswerKind.PLACE && f.firstToken() >= 2 && (t.get(f.firstToken() - 1).word()
                .equalsIgnoreCase("of") && t.get(f.firstToken() - 2).word().toLowerCase(Locale.ROOT)
                .matches("north|south|east|west|northeast|northwest|southeast|southwest|outside|ahead"))) {
            // "north of Aswan": Sudan and Rwanda lie north of something too, so every option can be true.
            return Optional.of("the place is a landmark of a direction (\"" + t.get(f.firstToken() - 1).word()
                    + "\"), which other places satisfy as well");
        }
        if (f.kind() == AnswerKind.DATE && MONTH.matcher(f.answer()).matches()
                && !f.answer().matches(".*\\b\\d{4}\\b.*")) {
            // A month with a year is asked by its year ("When was the probe launched?": 2020); one without cannot.
            return Optional.of("a month is a passing detail, and neighbouring months make no question");
        }
        if ((f.kind() == AnswerKind.NUMBER || f.kind() == AnswerKind.DATE) && f.firstToken() > 0
                && t.get(f.firstToken() - 1).isProperNoun()) {
            return Optional.of("the number is part of a name (\"" + t.get(f.firstToken() - 1).word() + " "
                    + f.answer() + "\")");
        }
        if (stem.form() == Form.COMPLETION && text.chars().filter(c -> c == '"').count() > 0) {
            return Optional.of("a completion inside a quotation copies its punctuation and rarely reads as a sentence");
        }
        if (stem.form() == Form.COMPLETION && MODIFIER_KINDS.contains(f.kind()) && f.endToken() < t.size()
                && (t.get(f.endToken()).pos().matches("NNS?") || t.get(f.endToken()).pos().startsWith("JJ")
                && f.endToken() + 1 < t.size() && t.get(f.endToken() + 1).pos().startsWith("NN"))) {
            // "a(n) _____ airline attendant": the blank is a modifier, and "a(n)" shows the sentence was cut.
            return Optional.of("the blank would be a modifier of \"" + t.get(f.endToken()).word() + "\"");
        }
        if (f.kind() == AnswerKind.PERSON && stem.form() != Form.COMPLETION
                && lower.matches(".* (he|she|his|her|him|hers|himself|herself|marry|married|wife|husband|widow) .*")) {
            // "… her career?" beside men's names: the pronoun's gender answers the item (blind read 6).
            return Optional.of("a gendered pronoun in the stem would rule out options of the other gender");
        }
        java.util.regex.Matcher longer = Pattern.compile("\\b(\\p{Lu}\\p{L}+) of (the )?" + Pattern.quote(f.answer()))
                .matcher(f.sentence().text());
        if ((f.kind() == AnswerKind.PLACE || f.kind() == AnswerKind.ORGANIZATION) && longer.find()
                && !longer.group(1).matches("In|On|At|From|Of|For|By|To|The|Most|Many|Some|All|One|Part|Parts")) {
            // "the Sea of _____": the key is the tail of a longer name, which rules out every other kind of option.
            return Optional.of("the key is part of a longer name (\"" + longer.group() + "\")");
        }
        if (stem.form() != Form.COMPLETION && lower.matches(".* (now|currently|today|nowadays|recently) .*")) {
            // "Which organization is doing its own podcast now?": true of whenever the article was written only.
            return Optional.of("the stem says \"now\", which holds only when the article was written");
        }
        if (f.kind() == AnswerKind.PERSON
                && lower.matches(".* (correspondent|reporter|columnist|writes for|reports for) .*")) {
            // The article's byline, not what the article is about.
            return Optional.of("it asks for the reporter, not for what the article reports");
        }
        if (stem.form() != Form.COMPLETION && (f.kind() == AnswerKind.ORGANIZATION || f.kind() == AnswerKind.PERSON)
                && text.split("\\s+").length <= 5) {
            // "Which organization did Lister leave?": too little context for only one answer.
            return Optional.of("the question is too short to have only one answer: " + text);
        }
        if (INVERTED_ACROSS.matcher(text).find()) {
            return Optional.of("the question is inverted across a subordinate clause: " + text);
        }
        if (stem.form() != Form.COMPLETION && CUT_RELATIVE.matcher(text).matches()
                && text.substring(0, text.lastIndexOf(',')).matches("(?i)(.*\\b)?(who|what|where|when|which|how|why)\\b.*")) {
            return Optional.of("a relative clause is cut off before its verb: " + text);
        }
        return Optional.empty();
    }

    /** A phrase that points back to a sentence the stem does not print. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\b(that same|the same (year|day|month|time"
            + "|period|decade|century|season)|in that (year|decade|period)|all (two|three|four|five|six)|the latter"
            + "|the former|these|those|this (year|time|period|decade|process|method|way|system|point|case|stage"
            + "|idea|work|event|type|kind|form|one)|such (a|an)?|for example|for instance|e\\.g\\.|i\\.e\\.)\\b");

    /** A question that ends on a word that needs more: "… by the Soviet Union's?", "… the development of?". */
    private static final Pattern CUT_END = Pattern.compile("(?i).*(\\s(of|the|a|an|to|by|with|for|and|or|from|than|as|one)"
            + "|['\u2019]s|\\s[\u2013\u2014-])\\s*\\?$");

    private static final Pattern PLURAL_VERB = Pattern.compile("^Which \\p{Ll}+[^s\\s] (were|are|have)\\b");

    /** "Where were a physical education training center combined?" (blind read 16): the parse lost the subject. */
    private static final Pattern PLURAL_BEFORE_ONE = Pattern.compile("^\\p{Lu}\\p{Ll}+ (were|are|do|have) (a|an|one)\\b");

    /** "By whom had the championship been organised by 1927?": one preposition asked twice. */
    private static final Pattern TWICE_BY = Pattern.compile("^By (whom|which \\p{Ll}+)\\b.*\\bby\\b");

    /** Two numbers side by side where a sign was lost: "six bricks of 2 4 studs" (2×4). */
    private static final Pattern LOST_SIGN = Pattern.compile("(?<![\\d,.])\\d{1,3} \\d{1,3}(?![\\d,.])");

    /**
     * Whether a stem reads on its own: blind reads 10 to 12 rejected "Who is credited in that same year?", "all
     * three" with nothing to count, "When was the Moon first reached by the Soviet Union's?" and "2 4 studs".
     */
    static Optional<String> unreadable(String stem) {
        String text = stem.replace("Complete the statement: \u201C", "");
        java.util.regex.Matcher back = BACK_REFERENCE.matcher(text);
        if (back.find()) {
            return Optional.of("\"" + back.group() + "\" points to a sentence the stem does not print: " + stem);
        }
        if (CUT_END.matcher(stem).matches()) {
            return Optional.of("the question breaks off: " + stem);
        }
        if (text.matches("(?s).+\\b(whose|whom)\\b.*") && !text.matches("(?i)^(to |by |from |with |for )?(whose|whom)\\b.*")) {
            // "Where have whose deposits been found?" (blind read 14): a relative word left inside the question.
            return Optional.of("a relative \"whose\" or \"whom\" inside the question: " + stem);
        }
        if (PLURAL_VERB.matcher(stem).find()) {
            // "Which organization were particularly influential …": the key is a plural thing the tagger misread.
            return Optional.of("a singular question with a plural verb: " + stem);
        }
        if (PLURAL_BEFORE_ONE.matcher(stem).find() || TWICE_BY.matcher(stem).find()) {
            return Optional.of("the question's verb does not agree with what it asks of: " + stem);
        }
        if (LOST_SIGN.matcher(text).find()) {
            return Optional.of("two numbers side by side, a sign lost: " + stem);
        }
        return Optional.empty();
    }

    /**
     * Whether the stem ends where the source goes on with a clause that says which one ("… descended from varieties"
     * where the article has "varieties that originated in south-central Chile", blind read 16): without it the stem
     * says something else, or nothing.
     */
    static boolean cutBeforeItsRestriction(String stem, String sentence) {
        String body = stem.replace("Complete the statement: \u201C", "").replaceAll("[.?!\u201D\\s]+$", "");
        String[] words = body.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String tail = Pattern.quote(words[words.length - 2] + " " + words[words.length - 1]);
        return Pattern.compile(tail + "\\s+(that|which|who|whose|where)\\b").matcher(sentence).find();
    }
}
