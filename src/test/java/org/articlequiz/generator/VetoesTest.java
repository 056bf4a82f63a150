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
}
