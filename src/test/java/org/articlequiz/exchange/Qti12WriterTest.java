package org.articlequiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 13: Canvas imports QTI 1.2 (classic quizzes, "QTI .zip file"), not QTI 3.0. The package's structure is
 * checked as Canvas's importer reads it: the manifest's imsqti_xmlv1p2 resource and its file, the questestinterop
 * assessment with one multiple_choice_question per item, single-answer response_lid, the key scored 100.
 */
class Qti12WriterTest {
    private static final List<ExportItem> ITEMS = List.of(
            new ExportItem("a.txt", "PLACE", "Where did <Trump> & Rutte meet?", List.of("White House", "Camp David", "Kremlin"), 0,
                    "The article says: “at the White House”.", 0.9),
            new ExportItem(null, "INSTRUCTOR", "Which: {a} or ~b?", List.of("a", "~b"), 1, null, 1.0));

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> all(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS(Qti12Writer.NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExchangeFormat.QTI12.write(ITEMS, "Canals & locks", out);
        return out.toByteArray();
    }

    @Test
    void aManifestAndOneAssessmentAsCanvasExportsThem() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(ExchangeReaders.unzip(written()));
        String path = "article_quiz_assessment/article_quiz_assessment.xml";
        assertEquals(java.util.Set.of("imsmanifest.xml", path), files.keySet());

        Element manifest = parse(files.get("imsmanifest.xml")).getDocumentElement();
        assertEquals(Qti12Writer.MANIFEST_NS, manifest.getNamespaceURI());
        assertEquals("manifest", manifest.getLocalName());
        NodeList resources = manifest.getElementsByTagNameNS(Qti12Writer.MANIFEST_NS, "resource");
        assertEquals(1, resources.getLength());
        Element resource = (Element) resources.item(0);
        assertEquals("imsqti_xmlv1p2", resource.getAttribute("type"));
        assertEquals(path, ((Element) resource.getElementsByTagNameNS(Qti12Writer.MANIFEST_NS, "file").item(0)).getAttribute("href"));

        Element root = parse(files.get(path)).getDocumentElement();
        assertEquals(Qti12Writer.NS, root.getNamespaceURI());
        assertEquals("questestinterop", root.getLocalName());
        Element assessment = all(root, "assessment").get(0);
        assertEquals("Canals & locks", assessment.getAttribute("title"));
        assertEquals(1, all(assessment, "section").size());
        List<Element> items = all(root, "item");
        assertEquals(2, items.size());
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            ExportItem expected = ITEMS.get(i);
            Map<String, String> metadata = new LinkedHashMap<>();
            for (Element field : all(item, "qtimetadatafield")) {
                metadata.put(all(field, "fieldlabel").get(0).getTextContent(), all(field, "fieldentry").get(0).getTextContent());
            }
            assertEquals("multiple_choice_question", metadata.get("question_type"), "the type Canvas reads");
            assertEquals("1.0", metadata.get("points_possible"));
            Element lid = all(item, "response_lid").get(0);
            assertEquals("Single", lid.getAttribute("rcardinality"));
            List<Element> labels = all(lid, "response_label");
            assertEquals(expected.options().size(), labels.size());
            for (int j = 0; j < labels.size(); j++) {
                assertEquals(String.valueOf((char) ('A' + j)), labels.get(j).getAttribute("ident"));
                assertEquals(expected.options().get(j), labels.get(j).getTextContent().strip());
            }
            List<Element> keys = all(item, "varequal");
            assertEquals(1, keys.size());
            assertEquals(lid.getAttribute("ident"), keys.get(0).getAttribute("respident"));
            assertEquals(String.valueOf((char) ('A' + expected.answer())), keys.get(0).getTextContent());
            assertEquals("100", all((Element) keys.get(0).getParentNode().getParentNode(), "setvar").get(0).getTextContent());
            assertEquals(expected.explanation().isEmpty() ? 0 : 1, all(item, "itemfeedback").size());
            assertEquals(all(item, "itemfeedback").size(), all(item, "displayfeedback").size(), "feedback shown only if there is one");
        }
    }

    @Test
    void readsBackAsTheItemsWritten() throws IOException {
        assertEquals(List.of(new ExchangeItem("Where did <Trump> & Rutte meet?", List.of("White House", "Camp David", "Kremlin"), 0,
                        "The article says: “at the White House”."), new ExchangeItem("Which: {a} or ~b?", List.of("a", "~b"), 1, "")),
                ExchangeReaders.qti12Package(written()));
    }

    @Test
    void theReaderRefusesAPackageThatCanvasWouldNot() throws IOException {
        ByteArrayOutputStream qti3 = new ByteArrayOutputStream();
        ExchangeFormat.QTI.write(ITEMS, "Canals", qti3);
        assertEquals(List.of(), ExchangeReaders.qti12Package(qti3.toByteArray()), "a QTI 3.0 package has no QTI 1.2 assessment");
        Map<String, String> missing = new LinkedHashMap<>(Qti12Writer.files(ITEMS, "Canals"));
        missing.remove("article_quiz_assessment/article_quiz_assessment.xml");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        QtiWriter.zip(missing, zip);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExchangeReaders.qti12Package(zip.toByteArray()));
        assertTrue(e.getMessage().contains("not in the package"), e.getMessage());
    }
}
