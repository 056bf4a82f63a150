package org.articlequiz.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.articlequiz.article.Sentence;
import org.articlequiz.generator.nlp.AnnotatedSentence;
import org.junit.jupiter.api.Test;

/** Dates near the key in the key's format, quantities of the key's scale and unit (issue 3, item 3). */
class DistractorPickerTest {

    private static Fact date(String answer, String normalized) {
        AnnotatedSentence s = new AnnotatedSentence(0, answer, 0, answer.length(), List.of(), List.of());
        return new Fact("a.txt", AnswerKind.DATE, answer, 0, answer.length(), 0, 1, normalized, "",
                new Sentence(answer, 0, answer.length(), 0), s, Set.of(), Set.of(), false, 0);
    }

    @Test
    void fullDatesMoveByWeeksAndKeepTheirFormat() {
        List<String> d = NumericDistractors.dates(date("March 13, 2025", "2025-03-13"), "March 13, 2025");
        assertEquals(List.of("March 6, 2025", "March 20, 2025", "March 27, 2025", "February 27, 2025",
                "March 16, 2025", "April 13, 2025", "February 13, 2025"), d);
    }

    @Test
    void monthsStayMonthsAndYearsStayYears() {
        assertEquals("September 2024", NumericDistractors.dates(date("October 2024", "2024-10"), "October 2024").get(0));
        assertEquals("September", NumericDistractors.dates(date("October", "2024-10"), "October").get(0));
        // Years a few apart, not one: ten apart before 1800, four before 1950, two after.
        List<String> old = NumericDistractors.dates(date("1774", "1774"), "1774");
        assertTrue(old.stream().allMatch(y -> Math.abs(Integer.parseInt(y) - 1774) % 10 == 0 && !y.equals("1774")), old.toString());
        List<String> recent = NumericDistractors.dates(date("2008", "2008"), "2008");
        assertTrue(recent.stream().allMatch(y -> Math.abs(Integer.parseInt(y) - 2008) % 2 == 0 && !y.equals("2008")), recent.toString());
    }

    @Test
    void quantitiesKeepUnitAndScale() {
        assertEquals(List.of("1%", "3%", "4%"), NumericDistractors.quantities("2%").subList(0, 3));
        List<String> money = NumericDistractors.quantities("2.5 billion euros");
        assertTrue(money.stream().allMatch(m -> m.endsWith(" billion euros")), money.toString());
        List<String> counts = NumericDistractors.quantities("3,000");
        assertTrue(counts.contains("2,250") && counts.contains("4,500"), counts.toString());
    }

    @Test
    void aPercentageMovesByPointsNotByQuartersOfItself() {
        // Blind read 7: 84% against 21%, 42% and 63% (quarters of the key) gave the key away by its pattern.
        List<String> shares = NumericDistractors.quantities("84%", 3, 3).subList(0, 3);
        assertTrue(shares.stream().allMatch(p -> Math.abs(Double.parseDouble(p.replace("%", "")) - 84) <= 15),
                shares.toString());
    }

    @Test
    void theKeysRankAmongOrderedNumbersIsDrawnNotFixed() {
        // Issue 10: options are listed in order, so the key must not always be second smallest.
        assertEquals(List.of("3,750", "4,500", "5,250"), NumericDistractors.quantities("3,000", 0, 3).subList(0, 3));
        assertEquals(List.of("2,250", "1,500", "750"), NumericDistractors.quantities("3,000", 3, 3).subList(0, 3));
        assertTrue(NumericDistractors.quantities("90%", 0, 3).stream()
                .allMatch(p -> Double.parseDouble(p.replace("%", "")) <= 100), "a share stays within 100%");
    }

    @Test
    void aMisreadOrganizationIsNoOptionAndASortedKeyGetsItsSort() {
        // Blind read 3: "Catholic" offered as a regiment, "FA Cups" and "ex-West Ham Utd" beside a league.
        assertFalse(DistractorPicker.sameOrganizationShape("Lambeth Workhouse", "Catholic"));
        assertFalse(DistractorPicker.sameOrganizationShape("Football League", "FA Cups"));
        assertFalse(DistractorPicker.sameOrganizationShape("Football League", "ex-West Ham Utd"));
        assertTrue(DistractorPicker.sameOrganizationShape("Lambeth Workhouse", "Keystone Studios"));
        assertTrue(DistractorPicker.sameOrganizationShape("Lambeth Workhouse", "IOC"));
        assertTrue(DistractorPicker.sameOrganizationShape("Liverpool FC", "Everton Football Club"));
        assertFalse(DistractorPicker.sameOrganizationShape("Liverpool FC", "Football League"));
    }

    @Test
    void anOrganizationOfAnotherSortIsNoAlternative() {
        assertFalse(DistractorPicker.plausibleOrganization("INTERGOVERNMENTAL", "ARMED_GROUP"), "no ISIS beside NATO");
        assertFalse(DistractorPicker.plausibleOrganization("", "ARMED_GROUP"), "an armed group only beside another");
        assertTrue(DistractorPicker.plausibleOrganization("ARMED_GROUP", "ARMED_GROUP"));
        assertFalse(DistractorPicker.plausibleOrganization("INTERGOVERNMENTAL", "SPORTS_BODY"));
        assertTrue(DistractorPicker.plausibleOrganization("INTERGOVERNMENTAL", ""), "a sort the gazetteer does not know passes");
        assertTrue(DistractorPicker.plausibleOrganization("", "AGENCY"));
    }
}
