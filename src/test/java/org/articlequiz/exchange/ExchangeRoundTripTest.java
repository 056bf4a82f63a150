package org.articlequiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.articlequiz.generator.AnswerKind;
import org.articlequiz.generator.ItemDraft;
import org.junit.jupiter.api.Test;

/**
 * Each format is written and parsed back (issue 3, item 6). No 1EdTech QTI 3.0 XSD is published on Maven Central,
 * so the QTI items are checked with the JDK's parser for the QTI 3.0 namespace and the structure an importer reads.
 */
class ExchangeRoundTripTest {

    private static final List<ItemDraft> DRAFTS = List.of(
            new ItemDraft("002.txt", "On March 13, 2025, where did President Donald Trump meet with NATO Secretary "
                    + "General Mark Rutte?", List.of("White House", "Camp David", "Capitol", "Kremlin"), 0,
                    AnswerKind.PLACE, "On March 13, 2025, President Donald Trump met with NATO Secretary General Mark "
                    + "Rutte at the White House.", 0, 95, "The article states: “On March 13, 2025, …”", 0.9,
                    List.of("question formed from the source sentence"), List.of("002.txt", "003.txt"), false),
            new ItemDraft("x.txt", "Complete the statement: “Costs rose {sharply} by _____ = a #1 ~record: <high> & "
                    + "'odd' \\ \"quoted\".”", List.of("2%", "3% <", "4% & more", "~5% = {x}"), 2, AnswerKind.PERCENT,
                    "s", 0, 1, "Feedback with {braces} & <tags> #hash", 0.5, List.of("r"), List.of("x.txt"), true));

    private static final List<ExportItem> ITEMS = ExportItem.of(DRAFTS);

    private static void assertSame(List<ExchangeItem> read) {
        assertEquals(ITEMS.size(), read.size());
        for (int i = 0; i < ITEMS.size(); i++) {
            assertEquals(ITEMS.get(i).stem(), read.get(i).stem());
            assertEquals(ITEMS.get(i).options(), read.get(i).options());
            assertEquals(ITEMS.get(i).answer(), read.get(i).answer());
            assertEquals(ITEMS.get(i).explanation(), read.get(i).feedback());
        }
    }

    @Test
    void giftRoundTrips() {
        assertSame(ExchangeReaders.gift(GiftWriter.write(ITEMS)));
    }

    /** Issue 13: Moodle auto-formats GIFT text unless told otherwise; every text is marked [plain] and escaped. */
    @Test
    void giftMarksEveryTextPlainSoMoodleShowsItAsWritten() {
        String gift = GiftWriter.write(ITEMS);
        ExportItem first = ITEMS.get(0);
        assertTrue(gift.contains("::[plain]" + GiftWriter.escape(first.stem()) + " {"), gift);
        assertTrue(gift.contains("\t=[plain]" + GiftWriter.escape(first.options().get(first.answer())) + "\n"), gift);
        assertTrue(gift.contains("\t####[plain]"), gift);
        assertEquals("a \\{b\\} \\= c\\: <b>d</b>", GiftWriter.escape("a {b} = c: <b>d</b>"));
    }

    @Test
    void moodleXmlRoundTrips() {
        String xml = MoodleXmlWriter.write(ITEMS);
        assertTrue(xml.contains("<question type=\"multichoice\">"));
        assertSame(ExchangeReaders.moodleXml(xml));
    }

    @Test
    void qtiPackageRoundTrips() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        QtiWriter.writePackage(ITEMS, "Seeds & more", zip);
        assertSame(ExchangeReaders.qtiPackage(zip.toByteArray()));
    }

    @Test
    void qtiItemsAreInTheQti3NamespaceWithTheExpectedStructure() {
        Map<String, String> files = QtiWriter.files(ITEMS, "t");
        assertTrue(files.keySet().containsAll(List.of("imsmanifest.xml", "test.xml", "items/item001.xml")));
        String item = files.get("items/item001.xml");
        assertTrue(item.contains("xmlns=\"" + QtiWriter.NS + "\""));
        assertTrue(item.contains("<qti-correct identifier=\"RESPONSE\"/>"));
        assertTrue(item.indexOf("</qti-response-processing>") < item.indexOf("<qti-modal-feedback"),
                "modal feedback follows response processing, as the QTI 3.0 item content model orders them");
        assertTrue(files.get("imsmanifest.xml").contains("type=\"imsqti_item_xmlv3p0\""));
        ExchangeItem read = ExchangeReaders.qtiItem(item.getBytes(StandardCharsets.UTF_8));
        assertEquals("White House", read.options().get(read.answer()));
        assertThrows(IllegalArgumentException.class, () -> ExchangeReaders.qtiItem(
                item.replace(QtiWriter.NS, "http://www.imsglobal.org/xsd/imsqti_v2p1").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyFormatWritesAnItemWithoutArticleOrExplanation() throws IOException {
        // An instructor's own item has no source article and may have no explanation.
        List<ExportItem> own = List.of(new ExportItem(null, "INSTRUCTOR", "Which: {a} or ~b?", List.of("a", "~b"), 1, null, 1.0));
        for (ExchangeFormat format : ExchangeFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(own, "Own", out);
            List<ExchangeItem> read = switch (format) {
                case QTI -> ExchangeReaders.qtiPackage(out.toByteArray());
                case QTI12 -> ExchangeReaders.qti12Package(out.toByteArray());
                case MOODLE_XML -> ExchangeReaders.moodleXml(out.toString(StandardCharsets.UTF_8));
                case GIFT -> ExchangeReaders.gift(out.toString(StandardCharsets.UTF_8));
            };
            assertEquals(List.of(new ExchangeItem("Which: {a} or ~b?", List.of("a", "~b"), 1, "")), read, format.name());
        }
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertEquals(ExchangeFormat.MOODLE_XML, ExchangeFormat.named(" Moodle-XML ").orElseThrow());
        assertEquals(ExchangeFormat.MOODLE_XML, ExchangeFormat.named("moodle").orElseThrow());
        assertTrue(ExchangeFormat.named("json").isEmpty());
        assertTrue(ExchangeFormat.named(null).isEmpty());
        assertEquals("qti, qti12, moodle-xml, gift", ExchangeFormat.names());
        assertEquals(ExchangeFormat.QTI12, ExchangeFormat.named("Canvas").orElseThrow());
    }

    @Test
    void jsonHasTheSchemaOfIssue3() {
        String json = JsonItems.write(DRAFTS);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            var items = reader.readObject().getJsonArray("items");
            assertEquals(2, items.size());
            var first = items.getJsonObject(0);
            assertEquals("002.txt", first.getString("article"));
            assertEquals(0, first.getInt("answer"));
            assertEquals("PLACE", first.getString("kind"));
            assertEquals(95, first.getJsonObject("source").getInt("end"));
            assertEquals(List.of("002.txt", "003.txt"), first.getJsonArray("sources").getValuesAs(
                    jakarta.json.JsonString::getString));
            assertEquals(0.9, first.getJsonNumber("confidence").doubleValue(), 1e-9);
            assertEquals(ITEMS.get(1).stem(), items.getJsonObject(1).getString("stem"));
        }
    }
}
