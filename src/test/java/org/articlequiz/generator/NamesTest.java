package org.articlequiz.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Aliases and containment: two related names never stand as two options (issue 3, item 4). */
class NamesTest {

    private final Names names = new Names(Gazetteer.shared());

    @Test
    void surnameAndFullNameAreOnePerson() {
        names.see(AnswerKind.PERSON, "Michael Waltz");
        assertTrue(names.related(AnswerKind.PERSON, "Waltz", "Michael Waltz"));
        assertTrue(names.related(AnswerKind.PERSON, "Rutte", "Mark Rutte"));
        assertFalse(names.related(AnswerKind.PERSON, "Rutte", "Donald Trump"));
    }

    @Test
    void aPlaceIsRelatedToWhatContainsIt() {
        assertTrue(names.related(AnswerKind.PLACE, "White House", "Washington"));
        assertTrue(names.related(AnswerKind.PLACE, "the White House", "Washington, D.C."));
        assertTrue(names.related(AnswerKind.PLACE, "Palm Beach, Florida", "Florida"));
        assertTrue(names.related(AnswerKind.PLACE, "Palm Beach", "Palm Beach, Florida"));
        assertTrue(names.related(AnswerKind.PLACE, "Mar-a-Lago", "Palm Beach"));
        assertTrue(names.related(AnswerKind.PLACE, "U.S.", "United States"));
        assertFalse(names.related(AnswerKind.PLACE, "White House", "Palm Beach, Florida"));
    }

    @Test
    void acronymsFromTheGazetteerAreAliases() {
        assertTrue(names.related(AnswerKind.ORGANIZATION, "NATO", "North Atlantic Treaty Organization"));
        assertTrue(names.related(AnswerKind.ORGANIZATION, "EU", "European Union"));
    }

    @Test
    void aSurnameKeepsItsParticles() {
        assertEquals("de Vries", Names.surname("Femke de Vries"));
        assertEquals("von der Leyen", Names.surname("Ursula von der Leyen"));
        assertEquals("Rutte", Names.surname("Mark Rutte"));
        assertEquals("Oscar II", Names.surname("Oscar II"));
    }
}
