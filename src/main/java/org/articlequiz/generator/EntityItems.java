package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.articlequiz.generator.nlp.Token;

/**
 * Items whose key is one span of a fact: a name, a place, a date, a quantity or a title ({@link Form#WHO_WHAT},
 * {@link Form#WHERE_WHEN}, {@link Form#QUANTITY}, {@link Form#COMPLETION}). Turns a fact into a candidate with its
 * stem ({@link StemWriter}) and distractors ({@link DistractorPicker}), or says why it gives none.
 */
final class EntityItems {

    /** A definite noun phrase that stands for the article's subject ("the club", "the company"). */
    private static final java.util.regex.Pattern GENERIC_SUBJECT = java.util.regex.Pattern.compile(
            "\\b[Tt]he (club|company|band|group|firm|team|stadium|organi[sz]ation|party|museum|airline|government)\\b");

    /** A question longer than this has kept clauses that do not belong to what it asks. */
    private static final int MAX_QUESTION_WORDS = 26;

    private final StemWriter stems;
    private final DistractorPicker picker;
    private final Sources sources;
    private final Names names;
    private final GenerationOptions options;

    EntityItems(StemWriter stems, DistractorPicker picker, Sources sources, Names names, GenerationOptions options) {
        this.stems = stems;
        this.picker = picker;
        this.sources = sources;
        this.names = names;
        this.options = options;
    }

    /** The candidate for a fact, or the reason it gives none. */
    Result candidate(Fact f, Salience salience, String title, String domain, String antecedent) {
        if (f.kind() == AnswerKind.TITLE && titleBeforeName(f)) {
            return Result.drop("a title in front of a name tests no reading");
        }
        if (names.otherKind(f.kind(), f.answer()) || f.kind() != AnswerKind.PERSON && f.firstToken() > 0
                && f.analysis().tokens().get(f.firstToken() - 1).word().matches(
                "(?i)brother|sister|son|daughter|wife|husband|father|mother|uncle|aunt|cousin|friend|partner")) {
            // The tagger calls it a place (or an organization) here and a person elsewhere: the options would be of
            // one kind and the key of another ("Which place …?" → Wellington).
            return Result.drop("\"" + f.answer() + "\" is named as another kind elsewhere in the article");
        }
        if (Kinds.shared().contradicts(f.kind(), f.answer())
                && !(f.kind() == AnswerKind.PERSON && names.isFullName(f.answer()))) {
            // WordNet's "trump" is a playing card, yet "Trump" is the surname of "Donald Trump" in the same run: a
            // name the run (or the gazetteer) knows as a person's is no misreading.
            return Result.drop("\"" + f.answer() + "\" is no " + f.kind().name().toLowerCase(Locale.ROOT)
                    + " by WordNet: the tagger misread it");
        }
        if (aboutIt(salience, f) && (title.isBlank() || namedIn(title, f))) {
            // Without a headline the article's subject alone tells: "Of which organization has Trump been critical?"
            // → NATO, in a report about NATO that has no title line.
            return Result.drop("\"" + f.answer() + "\" is what the whole article is about");
        }
        if (f.kind() == AnswerKind.DATE && f.normalized().matches("\\d{4}-\\d{2}-\\d{2}")) {
            // Blind reads rejected every exact-day item as rote trivia against dates a week apart.
            return Result.drop("an exact day is rote trivia, not what a reader should remember");
        }
        if (f.kind() == AnswerKind.DATE && datesAFigure(f)) {
            // "As of July 2015, 600 billion parts had been produced", "In 2016, India supplied 62%": the year stamps
            // a figure, and the figure is what a reader should remember (blind read 12).
            return Result.drop("the year dates a figure in the same sentence; the figure is worth asking, not the year");
        }
        Optional<StemWriter.Stem> written = stems.write(f, antecedent);
        if (written.isEmpty()) {
            return Result.drop("no stem reads well for this sentence");
        }
        StemWriter.Stem stem = written.get();
        if (stem.form() == Form.COMPLETION) {
            stem = new StemWriter.Stem(Clauses.resolveCompletion(stem.text(), antecedent), stem.form(), stem.key());
        } else {
            // "Who did Ford marry (1866–1950) on April 11?": a lifespan in brackets belongs to a name, not a question.
            String tidy = LIFESPAN.matcher(Clauses.tidy(stem.text())).replaceAll("");
            // "Who had coined the word?" asks of the past as the article's narrative tense did: "Who coined …?".
            tidy = tidy.replaceFirst("^(Who|Which \\p{Ll}+) had (?!been\\b)(\\p{Ll}+ed)\\b", "$1 $2");
            stem = new StemWriter.Stem(wherePlace(tidy), stem.form(), stem.key());
        }
        if (f.kind() == AnswerKind.PLACE && CONTINENT.matcher(f.answer()).matches()) {
            // A continent among continents is guessed by anyone (blind read 10: Europe thrice, each the key).
            return Result.drop("a continent is guessed without reading");
        }
        Optional<String> demonym = f.kind() == AnswerKind.PLACE ? Kinds.shared().demonymIn(stem.text())
                : Optional.empty();
        if (demonym.isPresent()) {
            // "Scottish Rugby Union" → Murrayfield, "Spanish conquest" → Europe (blind read 10).
            return Result.drop("\"" + demonym.get() + "\" in the stem points to the place");
        }
        if (f.kind() == AnswerKind.PLACE && stem.form() != Form.COMPLETION) {
            Optional<String> other = placeInStem(f, stem.text());
            if (other.isPresent()) {
                // "Where is Lego Education North America …?" rules out Japan; "between Scotland and England" leaves
                // one Scottish city (blind reads 10 and 12): another place in the question narrows the options.
                return Result.drop("the stem names another place (\"" + other.get() + "\") that narrows the options");
            }
        }
        if (f.kind() == AnswerKind.PERSON && OrganizationSorts.namesABody(f.answer())) {
            // "Who …?" keyed "Ericsson Information Systems" beside three people (blind read 14).
            return Result.drop("\"" + f.answer() + "\" names a body, not a person");
        }
        if (f.kind() == AnswerKind.PERSON && Kinds.shared().whoIsAThing(stem.text())) {
            // "Who is the language of the people of the area?" (blind read 12): the tagger took a name for a person.
            return Result.drop("the question asks a person for a thing: " + stem.text());
        }
        Optional<String> veto = Vetoes.of(f, stem);
        if (veto.isPresent()) {
            return Result.drop(veto.get());
        }
        String key = stem.key();
        if (f.kind() == AnswerKind.DATE && Vetoes.MONTH.matcher(key).matches()) {
            // Asked by its year: a month is rote detail (blind reads 4 and 5), the year places the event. A
            // completion keeps the month in view: "launched in May _____".
            String year = key.replaceAll(".*\\b(\\d{4})\\b.*", "$1");
            if (stem.form() == Form.COMPLETION) {
                String shown = key.replace(year, "").strip().replaceAll(",$", "");
                stem = new StemWriter.Stem(stem.text().replace("_____", shown + " _____"), stem.form(), year);
            } else if (stem.text().startsWith("When ")) {
                // The options are years, so the question asks for one: "When did Rutte take over?" → 2024 alone
                // would leave a reader asking "in which month?".
                stem = new StemWriter.Stem("In which year " + stem.text().substring(5), stem.form(), year);
            }
            key = year;
        }
        if (f.kind() == AnswerKind.PLACE && stem.form() != Form.COMPLETION) {
            // "Louisville, Kentucky" among plain city names is the only option with a state (blind read 9): the
            // question asks for the place, the options name it as the others are named.
            key = key.replaceFirst("^([^,]+), [A-Z][\\p{L} .]+$", "$1");
        }
        Set<String> keyForms = keyForms(f, key);
        if (stem.form() != Form.COMPLETION && stem.text().split("\\s+").length > MAX_QUESTION_WORDS) {
            return Result.drop("the question runs past " + MAX_QUESTION_WORDS + " words: " + stem.text());
        }
        java.util.regex.Matcher generic = GENERIC_SUBJECT.matcher(stem.text());
        if (generic.find()) {
            // "When did the club move to Anfield?": "the club" means the article's subject, which the stem must name.
            Optional<String> subject = salience.subject().filter(x -> x.startsWith("ORGANIZATION:"))
                    .map(x -> names.display(AnswerKind.ORGANIZATION, x.substring(x.indexOf(':') + 1)));
            if (subject.isEmpty() || keyForms.contains(Names.key(subject.get()))) {
                return Result.drop("\"" + generic.group() + "\" names nothing the stem says");
            }
            stem = new StemWriter.Stem(stem.text().substring(0, generic.start()) + subject.get()
                    + stem.text().substring(generic.end()), stem.form(), stem.key());
        }
        if (Vetoes.cutBeforeItsRestriction(stem.text(), f.sentence().text())) {
            return Result.drop("the stem stops before the clause that says which: " + stem.text());
        }
        Optional<String> unreadable = Vetoes.unreadable(stem.text());
        if (unreadable.isPresent()) {
            return Result.drop(unreadable.get());
        }
        if (Clauses.unresolvedPronoun(stem.text())) {
            return Result.drop("the stem leans on a pronoun it does not resolve: " + stem.text());
        }
        if (!f.sentence().text().toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT))) {
            return Result.drop("key not in the source sentence");
        }
        String stemKey = " " + Names.key(stem.text()) + " ";
        if (keyForms.stream().anyMatch(k -> stemKey.contains(" " + k + " "))) {
            return Result.drop("key visible in the stem");
        }
        List<Fact> contested = sources.contested(f);
        Optional<String> ambiguous = sources.ambiguity(f, stem.text(), contested);
        if (ambiguous.isPresent()) {
            return Result.drop(ambiguous.get());
        }
        if (DEATH.matcher(stem.text()).find() && !sharesAName(stem.text(), title)) {
            // "Where did Don Francisco Amorós die on August 8?" in an article on gymnastics (blind read 16): who died,
            // where or when, of someone other than the article's subject, is a passing detail.
            return Result.drop("where or when a passing figure died is a passing detail");
        }
        if (f.kind() == AnswerKind.NUMBER) {
            Optional<String> other = sources.otherCount(f);
            if (other.isPresent()) {
                // "How many chromosomes does the potato genome contain?" → 12, where the article also gives 24 and 48
                // (blind read 16): the question must say which count, and the cut clause does not.
                return Result.drop("the article gives another count of the same thing: " + other.get());
            }
        }
        Random random = new Random(NumericDistractors.mix(options.seed() ^ stem.text().hashCode()));
        DistractorPicker.Pick pick = picker.pick(f, key, stem.text(), contested, domain,
                options.optionsPerItem() - 1, random);
        if (pick.distractors().size() < options.optionsPerItem() - 1) {
            return Result.drop("too few distractors of the same kind (" + pick.distractors().size() + ")");
        }
        long fromArticles = pick.origins().stream().filter(o -> o == DistractorPicker.Origin.ARTICLES).count();
        if (f.kind() == AnswerKind.PLACE && fromArticles < 2 && !"politics".equals(domain)) {
            // Countries drawn from a list beside the article's one (China, Romania, Finland beside France for a
            // French photographer; England, Portugal, Austria for kangaroos): blind reads 10 to 12 rejected them.
            return Result.drop("fewer than two other places of the article's own story to offer");
        }
        List<String> agreeing = sources.agreeing(f);
        List<String> reasons = new ArrayList<>();
        double importance = salience.importance(f.analysis().index());
        if (f.kind() == AnswerKind.DATE && salience.importanceRank(f.analysis().index()) < DATE_IMPORTANCE) {
            // Blind reads 4 to 7 rejected nearly every year of a passing sentence (a schoolboy's move, a failed exam)
            // and kept those of the article's main events: such a year is a reserve, asked only when the article
            // offers too little else (a space mission's report is its dates).
            reasons.add(Candidate.RESERVE);
        }
        double score = 0.25 + 0.45 * importance;
        reasons.add(String.format(Locale.ROOT, "sentence importance %.2f (lead, centrality, title)", importance));
        if (stem.form() != Form.COMPLETION) {
            score += 0.15;
            reasons.add("question formed from the source sentence");
        } else {
            reasons.add("completion of the source sentence");
        }
        if (agreeing.size() > 1) {
            score += 0.05;
            reasons.add("stated by " + agreeing.size() + " articles: " + String.join(", ", agreeing));
        }
        score += switch (f.kind()) {
            case PERSON, PLACE, DATE, ORGANIZATION, NUMBER, PERCENT, MONEY -> 0.05;
            default -> 0.0;
        };

        if (keyForms.stream().anyMatch(k -> (" " + Names.key(title) + " ").contains(" " + k + " "))) {
            score -= 0.1;
            reasons.add("the title names the key");
        }
        score += 0.05 * fromArticles / pick.origins().size();
        reasons.add("distractors: " + fromArticles + " from the article, "
                + (pick.origins().size() - fromArticles) + " of the key's kind from the gazetteer or near its value");
        if (!contested.isEmpty()) {
            reasons.add("kept out of the options what the articles state for the same question: "
                    + String.join(", ", contested.stream().map(Fact::answer).distinct().limit(4).toList()));
        }
        // A date is asked by its year: two facts of March and May 1888 are one key in a quiz (blind read 11).
        String keyId = f.kind() + ":" + (f.kind() == AnswerKind.DATE ? key : f.normalized());
        return Result.of(new Candidate(f.article(), stem.form(), f.kind(), stem.text(), key, pick.distractors(),
                f.sentence(), Math.min(1, score), reasons, agreeing, keyForms, keyId, stem.text()));
    }

    /** Whether the sentence also states an amount (not a year, an ordinal or a day of the month). */
    private static boolean datesAFigure(Fact f) {
        return f.analysis().tokens().stream().anyMatch(t -> t.pos().equals("CD")
                && !t.word().matches("(?i)\\d{4}s?|one|two")
                && !t.ner().matches("DATE|TIME|DURATION|ORDINAL"));
    }

    /** A place the sentence names besides the key, printed in the stem, or a part of the world the stem names. */
    private static Optional<String> placeInStem(Fact f, String stem) {
        String text = " " + Names.key(stem) + " ";
        for (String c : f.context()) {
            if (c.startsWith(AnswerKind.PLACE + ":")) {
                String name = c.substring(c.indexOf(':') + 1);
                if (!name.isBlank() && text.contains(" " + Names.key(name) + " ")) {
                    return Optional.of(name);
                }
            }
        }
        java.util.regex.Matcher region = REGION_WORD.matcher(stem);
        return region.find() ? Optional.of(region.group()) : Optional.empty();
    }

    private static final java.util.regex.Pattern REGION_WORD = java.util.regex.Pattern.compile(
            "\\b(Europe|Asia|Africa|North America|South America|Americas|Oceania|Middle East|Scandinavia|Caribbean"
            + "|(Northern|Southern|Eastern|Western|Central) \\p{Lu}\\p{L}+)\\b");

    private static final double DATE_IMPORTANCE = 0.75;
    private static final java.util.regex.Pattern CONTINENT = java.util.regex.Pattern.compile(
            "(?i)(the )?(Europe|Asia|Africa|North America|South America|Americas|Oceania|Antarctica|Eurasia)");

    /** Whether the fact's answer is the article's subject or one of its leading entities, under any of its names. */
    private boolean aboutIt(Salience salience, Fact f) {
        Set<String> forms = keyForms(f, f.answer());
        java.util.function.Predicate<String> same = id -> id.startsWith(f.kind() + ":")
                && forms.contains(Names.key(id.substring(id.indexOf(':') + 1)));
        return salience.subject().filter(same).isPresent() || salience.leadingIds().stream().anyMatch(same);
    }

    private static final java.util.regex.Pattern DEATH = java.util.regex.Pattern.compile(
            "(?i)\\b(die|died|buried|bury|laid to rest)\\b");

    /** Whether the stem names someone or something the title names (a capitalized word of four letters or more). */
    private static boolean sharesAName(String stem, String title) {
        String t = " " + Names.key(title) + " ";
        for (String w : stem.split("[^\\p{L}]+")) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !w.matches("Where|When|Which|What|Whom|Whose")
                    && t.contains(" " + Names.key(w) + " ")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern LIFESPAN = java.util.regex.Pattern.compile(
            "\\s*\\((?:c\\. ?)?\\d{3,4}\\s*[–-]\\s*\\d{2,4}\\)");

    private static final java.util.regex.Pattern WHICH_PLACE_IN = java.util.regex.Pattern.compile(
            "^(.*?)Which place (.+?) (?:in|at|to)((?: in [^?]+)?)\\?$");

    /** "Which place was Einstein born in?" reads as "Where was Einstein born?". */
    static String wherePlace(String stem) {
        java.util.regex.Matcher m = WHICH_PLACE_IN.matcher(stem);
        if (!m.matches()) {
            return stem;
        }
        return m.group(1) + (m.group(1).isEmpty() ? "Where " : "where ") + m.group(2) + m.group(3) + "?";
    }

    /** Every comparison key that names this answer: as written, its fullest form, a person's surname. */
    Set<String> keyForms(Fact f, String key) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Names.key(key));
        out.add(Names.key(f.answer()));
        switch (f.kind()) {
            case PERSON -> {
                out.add(Names.key(names.display(f.kind(), f.answer())));
                out.add(Names.key(Names.surname(names.display(f.kind(), f.answer()))));
            }
            case ORGANIZATION, PLACE -> {
                out.add(Names.key(names.display(f.kind(), f.answer())));
                out.add(names.canonical(f.kind(), f.answer()));
            }
            default -> { }
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /**
     * True when the title names the fact's answer: then the answer is what the whole article is about ("NATO" under
     * "Trump Meets NATO Chief"), while the person an article about penicillin names most is worth asking about.
     */
    private boolean namedIn(String title, Fact f) {
        String t = " " + Names.key(title) + " ";
        String joined = Names.key(title).replace(" ", "");
        return keyForms(f, f.answer()).stream().anyMatch(k -> t.contains(" " + k + " ")
                || k.length() >= 5 && joined.contains(k.replace(" ", "")));
    }

    /** "President-elect Donald Trump": the title stands right before a name. */
    private static boolean titleBeforeName(Fact f) {
        List<Token> t = f.analysis().tokens();
        return f.endToken() < t.size() && t.get(f.endToken()).isProperNoun();
    }

    /** A candidate, or why there is none. */
    record Result(Candidate candidate, String drop) {
        static Result of(Candidate c) {
            return new Result(c, null);
        }

        static Result drop(String why) {
            return new Result(null, why);
        }
    }
}
