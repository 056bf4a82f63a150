package org.articlequiz.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlequiz.article.ArticleReader;
import org.junit.jupiter.api.Test;

/** Blind read 5's rejects that no option can save, each written as a small article; each failed before {@link Vetoes}. */
class VetoesTest {

    private static List<ItemDraft> items(String text) {
        return new QuestionGenerator(GenerationOptions.defaults())
                .generate(List.of(new ArticleReader().read("veto.txt", text)), ProgressListener.NONE).items();
    }

    @Test
    void aNegatedPlaceIsNeverTheKey() {
        List<ItemDraft> items = items("""
                Basketball around the world

                Basketball is played by millions of people in Europe, Asia and North America.
                Outside North America, the top clubs from national leagues qualify to continental championships such as the Euroleague.
                The Euroleague was founded in Spain in 1958 and now has teams from Greece, Turkey and Italy.
                """);
        assertTrue(items.stream().noneMatch(i -> i.key().equals("North America")), items.toString());
    }

    @Test
    void aMonthIsNeverAsked() {
        List<ItemDraft> items = items("""
                The Apollo missions

                In October 1968, Apollo 7 evaluated the command module in Earth orbit.
                In March 1969, Apollo 9 put the lunar module through its paces in Earth orbit.
                By July 1969, all was in readiness for Apollo 11 to take the final step onto the Moon.
                The Soviet Union launched Luna 15 from Baikonur three days before Apollo 11.
                """);
        assertFalse(items.stream().anyMatch(i -> i.kind() == AnswerKind.DATE
                && i.key().matches("(?i).*(january|february|march|april|may|june|july|august|september|october|"
                + "november|december).*")), items.toString());
    }

    @Test
    void aBystanderNamedJustBeforeIsNeverTheSubjectOfHe() {
        List<ItemDraft> items = items("""
                Louis Pasteur

                Louis Pasteur was a French chemist born in Dole in 1822. Pasteur grew up in Arbois.
                Pasteur attended lectures in Paris. Jean-Baptiste Dumas gave the lectures at the Sorbonne.
                In 1843, he passed the test with a high ranking and entered the Ecole Normale Superieure in Paris.
                Pasteur later worked in Strasbourg and Lille, where Pasteur studied fermentation.
                """);
        assertTrue(items.stream().noneMatch(i -> i.stem().contains("Dumas pass")), items.toString());
    }

    @Test
    void aBoundIsNeverAskedAsACount() {
        List<ItemDraft> items = items("""
                Albert Einstein

                Albert Einstein was a German-born theoretical physicist born in Ulm in 1879.
                Einstein published more than 300 scientific papers and more than 150 non-scientific works.
                He received the Nobel Prize in Physics in 1921 for his services to theoretical physics.
                Einstein moved to the United States in 1933 and worked at Princeton until his death.
                """);
        assertTrue(items.stream().noneMatch(i -> i.key().equals("300")), items.toString());
    }

    @Test
    void nowIsNeverAskedAndNeitherIsTheReporter() {
        List<ItemDraft> items = items("""
                Podcasts mark rise of DIY radio

                Adam Curry hosted a music show on MTV before he started making podcasts in 2004.
                Public broadcaster WGBH Boston is doing its own podcast now, and Heineken has one too.
                Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH Boston co-production.
                Doug Kaye runs IT Conversations, a podcast network based in California.
                """);
        assertTrue(items.stream().noneMatch(i -> i.stem().matches("(?i).*\\bnow\\b.*")
                || i.key().equals("Clark Boyd")), items.toString());
    }

    @Test
    void aStemThatDoesNotReadOnItsOwnIsRefused() {
        // Blind reads 10 to 12, each verbatim.
        assertTrue(Vetoes.unreadable("Who is credited in that same year?").isPresent());
        assertTrue(Vetoes.unreadable("Who classified all three as subspecies of the Asian elephant in 1940?").isPresent());
        assertTrue(Vetoes.unreadable("When was the Moon first reached by the Soviet Union's?").isPresent());
        assertTrue(Vetoes.unreadable("In how many ways can six bricks of 2 4 studs be combined?").isPresent());
        assertTrue(Vetoes.unreadable(
                "Which organization were particularly influential in the development of subsequent codes?").isPresent());
        assertTrue(Vetoes.unreadable("When were 400 million people subscribed to one?").isPresent());
        assertTrue(Vetoes.unreadable("How many protons does copper contain for example?").isPresent());
        assertTrue(Vetoes.unreadable("Where have whose deposits been found?").isPresent());
        assertFalse(Vetoes.unreadable("By whom was DNA first isolated in 1869?").isPresent());
        assertFalse(Vetoes.unreadable("Who devised an influential set of rules in 1862?").isPresent());
        assertFalse(Vetoes.unreadable("Where was the tea found in the tomb at Xi'an?").isPresent());
        assertFalse(Vetoes.unreadable("How many clubs did the Football League contain in 1888?").isPresent());
    }

    @Test
    void aYearThatDatesAFigureIsNotAsked() {
        // Blind read 12: "When had 600 billion Lego parts been produced?" (as of July 2015): the figure matters.
        List<ItemDraft> items = items("""
                Bricks

                The company was founded in Billund in 1932 by a carpenter.
                As of July 2015, 600 billion parts had been produced by the company in its plants.
                The company opened its first theme park in Billund in 1968, next to its factory.
                """);
        assertTrue(items.stream().noneMatch(i -> i.key().equals("2015")), items.toString());
    }

    @Test
    void theArticlesOwnSubjectIsNotDefined() {
        // Blind reads 11 and 12: "According to the article, what is Blood? A body fluid" is known without reading.
        List<ItemDraft> items = items("""
                Blood

                Blood is a body fluid in humans and other animals that delivers substances to the cells.
                Plasma is a fluid that is the liquid medium of the blood and makes up about half of it.
                Hemoglobin is an iron-containing protein that carries oxygen in red blood cells.
                Carbon dioxide is a waste product of metabolism that the blood carries to the lungs.
                Lymph is a clear fluid that flows through the lymphatic vessels of the body.
                """);
        assertTrue(items.stream().noneMatch(i -> i.stem().matches("(?i).*what is blood\\?")), items.toString());
    }

    @Test
    void aQuestionWhoseVerbDoesNotAgreeIsRefused() {
        // Blind read 16: "Where were a physical education training center combined?", "By whom had the first World
        // Snooker Championship been organised by 1927?".
        assertTrue(Vetoes.unreadable("Where were a physical education training center combined?").isPresent());
        assertTrue(Vetoes.unreadable("By whom had the first World Snooker Championship been organised by 1927?")
                .isPresent());
        assertTrue(Vetoes.unreadable("Where were the first Olympic Games held?").isEmpty());
        assertTrue(Vetoes.unreadable("By whom was the vaporized oil burner invented?").isEmpty());
    }
}
