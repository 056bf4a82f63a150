package org.articlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Item#write} (what {@link Quiz#editItem} does) keeps options as the same objects, so the same rows:
 * responses that chose them survive and a regrade can re-mark them. Matched by text first, then by order for
 * reworded ones.
 */
class ItemEditTest {

    private static ItemContent content(int answer, String... options) {
        return new ItemContent("Where?", "PLACE", List.of(options), answer, "Because.", null, 0.5, "", false);
    }

    /** A new item's options are stored in a random order; an edit puts them in the order it gives. */
    private static Item item(Quiz quiz) {
        Item item = quiz.addItem(content(0, "Paris", "Lyon", "Nice", "Lille"));
        item.write(content(0, "Paris", "Lyon", "Nice", "Lille"));
        assertEquals(List.of("Paris", "Lyon", "Nice", "Lille"), item.choices().stream().map(Choice::text).toList());
        return item;
    }

    @Test
    void movingTheKeyKeepsEveryOption() {
        Quiz quiz = new Quiz("Q", null, QuizSettings.defaults(), Instant.EPOCH);
        Item item = item(quiz);
        List<Choice> before = item.choices();
        item.write(content(2, "Paris", "Lyon", "Nice", "Lille"));
        for (int i = 0; i < 4; i++) {
            assertSame(before.get(i), item.choices().get(i));
        }
        assertSame(before.get(2), item.key());
        assertEquals(1, item.choices().stream().filter(Choice::correct).count());
    }

    @Test
    void reorderedOptionsKeepTheirIdentityAndRewordedOnesTakeTheLeftoverSlots() {
        Quiz quiz = new Quiz("Q", null, QuizSettings.defaults(), Instant.EPOCH);
        Item item = item(quiz);
        List<Choice> before = item.choices();
        item.write(content(1, " lille", "Paris", "Nice (Côte d'Azur)", "Lyon"));
        List<Choice> after = item.choices();
        assertSame(before.get(3), after.get(0), "Lille, matched ignoring case and spaces");
        assertSame(before.get(0), after.get(1));
        assertSame(before.get(2), after.get(2), "Nice, reworded, takes the slot left over");
        assertSame(before.get(1), after.get(3));
        assertEquals(" lille", after.get(0).text());
        assertEquals(List.of(0, 1, 2, 3), after.stream().map(Choice::position).toList());
        assertSame(before.get(0), item.key());
    }

    @Test
    void fewerOptionsDropTheUnmatchedOnesAndMoreAddNewOnes() {
        Quiz quiz = new Quiz("Q", null, QuizSettings.defaults(), Instant.EPOCH);
        Item item = item(quiz);
        List<Choice> before = item.choices();
        item.write(content(0, "Paris", "Nice"));
        assertEquals(List.of(before.get(0), before.get(2)), item.choices());
        item.write(content(2, "Paris", "Nice", "Toulouse"));
        assertEquals(3, item.choices().size());
        assertTrue(before.stream().noneMatch(c -> c == item.choices().get(2)), "a new option");
        assertEquals("Toulouse", item.key().text());
    }
}
