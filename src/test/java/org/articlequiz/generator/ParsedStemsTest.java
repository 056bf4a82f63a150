package org.articlequiz.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.articlequiz.article.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * Blind read 9's stem faults, each written as a small article: stems copied from the middle of a sentence with a
 * second clause, half a parenthesis or a dangling "again" (each failed before {@link ParsedStems}).
 */
class ParsedStemsTest {

    private static List<ItemDraft> items(String text) {
        return new QuestionGenerator(GenerationOptions.defaults())
                .generate(List.of(new ArticleReader().read("stems.txt", text)), ProgressListener.NONE).items();
    }

    private static final String PAINTER = """
            Edvard Munch

            Edvard Munch was a Norwegian painter whose best known work is The Scream.
            Munch was born in the village of Adalsbruk in Loten, Norway, in 1863.
            The Munch family moved to Christiania (renamed Kristiania in 1877, and now Oslo) in 1864, when his father was appointed medical officer at Akershus Fortress.
            Munch studied at the Royal School of Art and Design in Kristiania from 1881, and he later travelled to Paris.
            In 1889 Munch again visited Paris, where he saw the work of Paul Gauguin and Vincent van Gogh.
            Munch moved to Berlin in 1892 and exhibited his paintings at the Union of Berlin Artists.
            The exhibition in Berlin was closed after one week because critics attacked the paintings.
            Munch returned to Norway in 1909 and bought a large estate at Ekely, where he lived until his death in 1944.
            """;

    @Test
    void aStemIsOneClauseWithoutAsidesOrDanglingAdverbs() {
        List<ItemDraft> items = items(PAINTER);
        assertFalse(items.isEmpty());
        for (ItemDraft it : items) {
            String stem = it.stem();
            assertFalse(stem.contains("(") || stem.contains(")"), stem);
            assertFalse(stem.matches("(?i).*\\b(again|when his father|where he)\\b.*"), stem);
            assertTrue(stem.split("\\s+").length <= 26, stem);
        }
    }

    @Test
    void aKeyInAnAdjunctIsAskedWithAnInvertedQuestion() {
        List<ItemDraft> items = items(PAINTER);
        assertTrue(items.stream().anyMatch(it -> it.stem().matches("(Where|In which year|Which city) "
                + "(did|was) Munch .*\\?")), items.toString());
    }

    @Test
    void aQuestionNeverStartsFromAPronounOrAVagueSubject() {
        List<ItemDraft> items = items("""
                Steam engines

                Thomas Savery built the first commercial steam pump in England in 1698.
                His pump used steam pressure operating directly on the water of flooded mines.
                Thomas Newcomen improved the design in 1712 with a piston and a beam.
                The engine was used in mines across Britain for fifty years.
                It was later improved by James Watt, who added a separate condenser in 1769.
                The family of Watt moved to London in 1790.
                """);
        for (ItemDraft it : items) {
            assertFalse(it.stem().matches("(?i).*\\b(did|was|does|is) (it|they|the engine|the family)\\b(?! of).*"),
                    it.stem());
        }
    }

    @Test
    void yearOptionsPutTheKeyAnywhere() {
        List<String> years = NumericDistractors.yearsAround(1868);
        Set<Integer> ranks = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            // Seeded as the picker seeds it: from the stem's hash.
            Random random = new Random(7L ^ ("In which year did Munch paint picture " + seed + "?").hashCode());
            List<String> chosen = NumericDistractors.aroundYear(1868, years, 3, random).subList(0, 3);
            ranks.add((int) chosen.stream().mapToInt(Integer::parseInt).filter(y -> y < 1868).count());
        }
        assertEquals(Set.of(0, 1, 2, 3), ranks);
        // An article whose years end at the key still gets an option after it (one step of slack).
        List<String> bounded = years.stream().filter(y -> Integer.parseInt(y) <= 1872).toList();
        assertTrue(NumericDistractors.aroundYear(1868, bounded, 3, new Random(1)).size() >= 3);
    }

    @Test
    void aPlaceTheParserHangsOnThePersonMetIsAskedOfTheMeeting() {
        // The seeds' meeting places were never asked: in "Trump met Rutte in Palm Beach" the parser attaches the place
        // to "Rutte", and no stem formed ("no stem reads well").
        org.articlequiz.article.Article article = new ArticleReader().read("meeting.txt", """
                Leaders meet

                Trump met Rutte in Palm Beach on Friday to discuss the alliance.
                """);
        Names names = new Names(Gazetteer.shared());
        FactExtractor extractor = new FactExtractor(Gazetteer.shared(), names);
        org.articlequiz.generator.nlp.AnnotatedText text = org.articlequiz.generator.nlp.NlpPipeline.shared()
                .annotate(article.text(), article.date());
        extractor.learnNames(text);
        Fact place = extractor.extract(article, text).facts().stream()
                .filter(f -> f.kind() == AnswerKind.PLACE && f.answer().equals("Palm Beach")).findFirst().orElseThrow();
        String stem = ParsedStems.write(place, "").orElseThrow().text();
        assertTrue(stem.startsWith("Where did Trump meet Rutte") && !stem.contains("Palm Beach"), stem);
    }

    @Test
    void aTimeTheParserHangsOnTheNounBeforeItIsAskedOfTheVerb() {
        // "took over as NATO's secretary general in October 2024": the parser hangs the date on "general", so Rutte's
        // start (a seed key fact) gave no stem; it is asked by its year, and the question says so.
        List<ItemDraft> items = items("""
                A new chief

                Mark Rutte, the former Dutch prime minister, took over as NATO's secretary general in October 2024.
                """);
        assertTrue(items.stream().anyMatch(it -> it.stem().equals(
                "In which year did Mark Rutte take over as NATO's secretary general?") && it.key().equals("2024")),
                items.toString());
    }

    @Test
    void aVagueEventSubjectGivesNoQuestion() {
        // "Where did the meeting take place on Friday?" (seed 004): which meeting, the stem does not say.
        List<ItemDraft> items = items("""
                Leaders meet

                Trump and Rutte held their first meeting since the election in Palm Beach, Florida.
                The meeting took place on Friday in Palm Beach, Florida, where both leaders discussed security.
                """);
        assertTrue(items.stream().noneMatch(it -> it.stem().startsWith("Where did the meeting")), items.toString());
    }

    @Test
    void aStemNeverLeansOnWhatTheParagraphSaidBefore() {
        // Blind read 16: "In which year did the modern era begin?", "Who popularised the term in the 1960s?", "In
        // which year was his true identity publicly revealed?", "Who designed the first screw-pile lighthouse –?".
        List<ItemDraft> items = items("""
                Magnetism and lighthouses

                Magnetism is a class of physical phenomena studied for centuries in Europe and China.
                The modern era began in 1969 with the first colour broadcasts from London.
                Gary Becker popularised the term in the 1960s at the University of Chicago.
                William Gosset worked at the Guinness brewery in Dublin. His true identity was only revealed upon his death in 1937.
                Alexander Mitchell designed the first screw-pile lighthouse – his lighthouse was built on piles that were screwed into the seabed.
                Electromagnetism was discovered in 1820 by Hans Christian Oersted in Copenhagen.
                """);
        for (ItemDraft it : items) {
            assertFalse(it.stem().matches("(?i).*\\b(the modern era|the term|his true identity)\\b.*"), it.stem());
            assertFalse(it.stem().matches(".*[\u2013\u2014-]\\?$"), it.stem());
            assertFalse(it.stem().contains("Electromagnetism"), it.stem());
        }
        assertTrue(items.stream().anyMatch(it -> it.stem().contains(" was electromagnetism discovered")),
                items.toString());
    }
}
