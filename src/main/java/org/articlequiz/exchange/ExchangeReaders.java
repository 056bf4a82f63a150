package org.articlequiz.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the exchange formats back into {@link ExchangeItem}s with the JDK's XML parser (namespace-aware, no external
 * entities), the way an importing platform would: the writers' tests parse every format back with these.
 */
public final class ExchangeReaders {

    private ExchangeReaders() {
    }

    /** Reads a QTI 3.0 package (zip): the items the manifest lists, in order. */
    public static List<ExchangeItem> qtiPackage(byte[] zip) throws IOException {
        Map<String, byte[]> files = unzip(zip);
        Document manifest = parse(files.get("imsmanifest.xml"));
        List<ExchangeItem> items = new ArrayList<>();
        NodeList resources = manifest.getElementsByTagNameNS(QtiWriter.MANIFEST_NS, "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element r = (Element) resources.item(i);
            if (r.getAttribute("type").equals("imsqti_item_xmlv3p0")) {
                items.add(qtiItem(files.get(r.getAttribute("href"))));
            }
        }
        return items;
    }

    /**
     * Reads a QTI 1.2 package (zip) as Canvas's importer does: the manifest's {@code imsqti_xmlv1p2} resources, each
     * a {@code questestinterop} assessment in the QTI 1.2 namespace whose items are multiple-choice questions. Fails on
     * a missing manifest, a resource whose file is not in the zip, or an assessment of another namespace.
     */
    public static List<ExchangeItem> qti12Package(byte[] zip) throws IOException {
        Map<String, byte[]> files = unzip(zip);
        if (!files.containsKey("imsmanifest.xml")) {
            throw new IllegalArgumentException("no imsmanifest.xml in the package: " + files.keySet());
        }
        Document manifest = parse(files.get("imsmanifest.xml"));
        List<ExchangeItem> items = new ArrayList<>();
        NodeList resources = manifest.getElementsByTagNameNS(Qti12Writer.MANIFEST_NS, "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element r = (Element) resources.item(i);
            if (!r.getAttribute("type").equals(Qti12Writer.RESOURCE_TYPE)) {
                continue;
            }
            Element file = (Element) r.getElementsByTagNameNS(Qti12Writer.MANIFEST_NS, "file").item(0);
            String href = file == null ? r.getAttribute("href") : file.getAttribute("href");
            if (!files.containsKey(href)) {
                throw new IllegalArgumentException("the manifest lists " + href + ", which is not in the package");
            }
            Element root = parse(files.get(href)).getDocumentElement();
            if (!Qti12Writer.NS.equals(root.getNamespaceURI()) || !root.getLocalName().equals("questestinterop")) {
                throw new IllegalArgumentException("not a QTI 1.2 assessment: {" + root.getNamespaceURI() + "}" + root.getLocalName());
            }
            NodeList list = root.getElementsByTagNameNS(Qti12Writer.NS, "item");
            for (int j = 0; j < list.getLength(); j++) {
                items.add(qti12Item((Element) list.item(j)));
            }
        }
        return items;
    }

    private static ExchangeItem qti12Item(Element item) {
        String type = "";
        NodeList fields = item.getElementsByTagNameNS(Qti12Writer.NS, "qtimetadatafield");
        for (int i = 0; i < fields.getLength(); i++) {
            Element f = (Element) fields.item(i);
            if (text(first12(f, "fieldlabel")).equals("question_type")) {
                type = text(first12(f, "fieldentry"));
            }
        }
        if (!type.equals("multiple_choice_question")) {
            throw new IllegalArgumentException("item " + item.getAttribute("ident") + " is not a multiple_choice_question: " + type);
        }
        Element presentation = first12(item, "presentation");
        String stem = text(first12(first12(presentation, "material"), "mattext"));
        Element lid = first12(presentation, "response_lid");
        if (lid == null || !"Single".equals(lid.getAttribute("rcardinality"))) {
            throw new IllegalArgumentException("item " + item.getAttribute("ident") + " has no single-answer response_lid");
        }
        String key = "";
        NodeList equals = item.getElementsByTagNameNS(Qti12Writer.NS, "varequal");
        for (int i = 0; i < equals.getLength(); i++) {
            Element v = (Element) equals.item(i);
            Element condition = (Element) v.getParentNode().getParentNode();
            Element setvar = first12(condition, "setvar");
            if (v.getAttribute("respident").equals(lid.getAttribute("ident")) && setvar != null && text(setvar).strip().equals("100")) {
                key = text(v).strip();
            }
        }
        NodeList labels = lid.getElementsByTagNameNS(Qti12Writer.NS, "response_label");
        List<String> options = new ArrayList<>();
        int answer = -1;
        for (int i = 0; i < labels.getLength(); i++) {
            Element l = (Element) labels.item(i);
            options.add(text(first12(l, "mattext")));
            if (l.getAttribute("ident").equals(key)) {
                answer = i;
            }
        }
        Element feedback = first12(item, "itemfeedback");
        return new ExchangeItem(stem, options, answer, feedback == null ? "" : feedback.getTextContent().strip());
    }

    private static Element first12(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        NodeList l = parent.getElementsByTagNameNS(Qti12Writer.NS, localName);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    /** A zip's files by path. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** Reads one QTI 3.0 assessment item; fails unless it is in the QTI 3.0 namespace. */
    public static ExchangeItem qtiItem(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        if (!QtiWriter.NS.equals(root.getNamespaceURI()) || !root.getLocalName().equals("qti-assessment-item")) {
            throw new IllegalArgumentException("not a QTI 3.0 item: {" + root.getNamespaceURI() + "}"
                    + root.getLocalName());
        }
        String correct = text(first(first(root, "qti-correct-response"), "qti-value"));
        String prompt = text(first(root, "qti-prompt"));
        NodeList choices = root.getElementsByTagNameNS(QtiWriter.NS, "qti-simple-choice");
        List<String> options = new ArrayList<>();
        int answer = -1;
        for (int i = 0; i < choices.getLength(); i++) {
            Element c = (Element) choices.item(i);
            options.add(c.getTextContent());
            if (c.getAttribute("identifier").equals(correct)) {
                answer = i;
            }
        }
        Element feedback = first(root, "qti-modal-feedback");
        return new ExchangeItem(prompt, options, answer, feedback == null ? "" : feedback.getTextContent().strip());
    }

    /** Reads Moodle XML multichoice questions. */
    public static List<ExchangeItem> moodleXml(String xml) {
        Element quiz = parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        List<ExchangeItem> items = new ArrayList<>();
        NodeList questions = quiz.getElementsByTagName("question");
        for (int i = 0; i < questions.getLength(); i++) {
            Element q = (Element) questions.item(i);
            String stem = stripHtml(text(firstPlain(firstPlain(q, "questiontext"), "text")));
            String feedback = stripHtml(text(firstPlain(firstPlain(q, "generalfeedback"), "text")));
            List<String> options = new ArrayList<>();
            int answer = -1;
            NodeList answers = q.getElementsByTagName("answer");
            for (int j = 0; j < answers.getLength(); j++) {
                Element a = (Element) answers.item(j);
                options.add(stripHtml(text(firstPlain(a, "text"))));
                if (a.getAttribute("fraction").equals("100")) {
                    answer = j;
                }
            }
            items.add(new ExchangeItem(stem, options, answer, feedback));
        }
        return items;
    }

    /** Reads GIFT multiple-choice questions ({@code ::title:: stem {=right ~wrong ####feedback}}). */
    public static List<ExchangeItem> gift(String text) {
        List<ExchangeItem> items = new ArrayList<>();
        StringBuilder question = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (question.length() > 0) {
                    items.add(giftQuestion(question.toString()));
                    question.setLength(0);
                }
                continue;
            }
            question.append(line).append('\n');
        }
        if (question.length() > 0) {
            items.add(giftQuestion(question.toString()));
        }
        return items;
    }

    private static ExchangeItem giftQuestion(String q) {
        int open = unescapedIndex(q, '{', 0);
        int close = unescapedIndex(q, '}', open);
        String head = q.substring(0, open).strip();
        if (head.startsWith("::")) {
            head = head.substring(unescapedIndex(head, ':', 2) + 2);
        }
        String body = q.substring(open + 1, close);
        String feedback = "";
        int fb = body.indexOf("####");
        if (fb >= 0) {
            feedback = unescape(body.substring(fb + 4).strip());
            body = body.substring(0, fb);
        }
        List<String> options = new ArrayList<>();
        int answer = -1;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if ((c == '=' || c == '~') && (i == 0 || body.charAt(i - 1) != '\\')) {
                int j = i + 1;
                while (j < body.length() && !((body.charAt(j) == '=' || body.charAt(j) == '~')
                        && body.charAt(j - 1) != '\\')) {
                    j++;
                }
                if (c == '=') {
                    answer = options.size();
                }
                options.add(unescape(body.substring(i + 1, j).strip()));
                i = j;
            } else {
                i++;
            }
        }
        return new ExchangeItem(unescape(head.strip()), options, answer, feedback);
    }

    private static int unescapedIndex(String s, char c, int from) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("no unescaped '" + c + "' in: " + s);
    }

    /** A GIFT text as written: its format marker ({@code [plain]}, {@code [html]}, …) dropped, its escapes undone. */
    private static String unescape(String s) {
        return s.replaceFirst("^\\[(plain|html|moodle|markdown)\\]", "").replaceAll("\\\\([~=#{}:\\\\])", "$1");
    }

    private static String stripHtml(String s) {
        return s.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&").strip();
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        NodeList l = parent.getElementsByTagNameNS(QtiWriter.NS, localName);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static Element firstPlain(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        NodeList l = parent.getElementsByTagName(name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent();
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            try (InputStream in = new ByteArrayInputStream(xml)) {
                return b.parse(in);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
