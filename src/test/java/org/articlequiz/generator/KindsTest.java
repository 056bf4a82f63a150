package org.articlequiz.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Blind read 5's most common fault: options of another kind than the key (rivers for a lake, Newton's relatives as
 * co-inventors of calculus, astronauts beside "President", "DC" as a town). Each case failed before {@link Kinds}.
 */
class KindsTest {

    private final Kinds kinds = Kinds.shared();

    /** Blind read 11: Napoleon I among the emperors who could have seen the Salon des Refusés of 1863. */
    @Test
    void aPersonOptionLivedAtTheTimeOfTheEvent() {
        assertFalse(kinds.livedAt("Napoleon I", 1863));
        assertTrue(kinds.livedAt("Napoleon III", 1863));
        assertFalse(kinds.livedAt("Milton Snavely Hershey", 1815));
        assertTrue(kinds.livedAt("Someone Nobody Knows", 1815));
    }

    /** Blind read 10: "Scottish Rugby Union" in a stem points to Edinburgh. */
    @Test
    void aDemonymInTheStemIsFound() {
        assertTrue(kinds.demonymIn("Where did the Scottish Rugby Union play?").isPresent());
        assertTrue(kinds.demonymIn("Where was the first match played?").isEmpty());
    }

    @Test
    void aLakeTakesLakesOfTheSameRegionAndNoRiver() {
        assertFalse(kinds.fits(AnswerKind.PLACE, "", "Lake Tana", "Nile River", false));
        assertFalse(kinds.fits(AnswerKind.PLACE, "", "Lake Tana", "White Nile", false));
        Map<String, Integer> siblings = kinds.siblings(AnswerKind.PLACE, "Lake Tana");
        assertTrue(siblings.containsKey("Lake Victoria"), siblings.toString());
        assertTrue(siblings.keySet().stream().allMatch(s -> s.startsWith("Lake ")), siblings.toString());
    }

    @Test
    void aKnownPersonTakesPeopleOfTheSameKindOnly() {
        assertTrue(kinds.fits(AnswerKind.PERSON, "", "Gottfried Wilhelm Leibniz", "Rene Descartes", false));
        assertFalse(kinds.fits(AnswerKind.PERSON, "", "Gottfried Wilhelm Leibniz", "Barnabas Smith", false));
        assertFalse(kinds.fits(AnswerKind.PERSON, "", "John F. Kennedy", "Yuri Gagarin", false));
        Map<String, Integer> presidents = kinds.siblings(AnswerKind.PERSON, "John F. Kennedy");
        assertTrue(presidents.keySet().stream().anyMatch(p -> p.contains("Eisenhower")), presidents.toString());
    }

    @Test
    void aSurnameWordNetGivesTwoPeopleIsUnknownNotGuessed() {
        // Alexander Fleming the bacteriologist and Ian Fleming the novelist: no siblings rather than novelists.
        assertTrue(kinds.siblings(AnswerKind.PERSON, "Fleming").isEmpty());
    }

    @Test
    void aWordKnownAsSomethingElseIsNoTown() {
        assertFalse(kinds.fits(AnswerKind.PLACE, "CITY", "Ulm", "DC", false));
        assertTrue(kinds.fits(AnswerKind.PLACE, "CITY", "Ulm", "Munich", false));
    }

    @Test
    void anOrganizationWhoseNameSaysItsSortTakesThatSortOnly() {
        assertFalse(kinds.fits(AnswerKind.ORGANIZATION, "", "Lambeth Workhouse", "Keystone Studios", false));
        assertTrue(kinds.fits(AnswerKind.ORGANIZATION, "", "Lambeth Workhouse", "Newington Workhouse", false));
    }

    @Test
    void oneNameTwiceIsNoTwoOptions() {
        assertTrue(Names.nearlyTheSame("Zürich", "Zurich"));
        assertTrue(Names.nearlyTheSame("Delta Airline", "Delta Airlines"));
        assertFalse(Names.nearlyTheSame("Austria", "Australia"));
    }

    @Test
    void aQuestionAskingAPersonForAThingIsFound() {
        // Blind read 12: "Who is the language of the people of the area?" keyed on a language tagged as a person.
        assertTrue(kinds.whoIsAThing("Who is the language of the people of the area?"));
        assertFalse(kinds.whoIsAThing("Who is the ruler of the area?"));
        assertFalse(kinds.whoIsAThing("Who devised an influential set of rules in 1862?"));
    }
}
