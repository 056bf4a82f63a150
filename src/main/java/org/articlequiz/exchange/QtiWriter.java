package org.articlequiz.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * QTI 3.0 (1EdTech): one {@code qti-assessment-item} per item (a single-response {@code qti-choice-interaction}
 * scored 1 when it matches the correct response, with the explanation as modal feedback shown after answering; the
 * same logic as the match_correct template, written out so the feedback outcome is set), an assessment test that lists them, and an IMS content package manifest,
 * zipped the way Canvas and other QTI 3.0 importers expect.
 */
public final class QtiWriter {

    public static final String NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    public static final String MANIFEST_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";

    private QtiWriter() {
    }

    /** The package's files by path: imsmanifest.xml, test.xml and items/itemNN.xml. */
    public static Map<String, String> files(List<ExportItem> items, String title) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder refs = new StringBuilder();
        StringBuilder resources = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String id = String.format("item%03d", i + 1);
            String path = "items/" + id + ".xml";
            files.put(path, item(id, items.get(i), i));
            refs.append("      <qti-assessment-item-ref identifier=\"").append(id).append("\" href=\"").append(path)
                    .append("\"/>\n");
            resources.append("    <resource identifier=\"").append(id).append("\" type=\"imsqti_item_xmlv3p0\" href=\"")
                    .append(path).append("\">\n      <file href=\"").append(path).append("\"/>\n    </resource>\n");
        }
        files.put("test.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-test xmlns="%s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="%s %s" identifier="test" title="%s">
                  <qti-test-part identifier="part1" navigation-mode="nonlinear" submission-mode="simultaneous">
                    <qti-assessment-section identifier="section1" title="%s" visible="true">
                %s    </qti-assessment-section>
                  </qti-test-part>
                </qti-assessment-test>
                """.formatted(NS, NS, SCHEMA, Xml.escape(title), Xml.escape(title), refs));
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest xmlns="%s" identifier="article-quiz-package">
                  <metadata>
                    <schema>QTI Package</schema>
                    <schemaversion>3.0.0</schemaversion>
                  </metadata>
                  <organizations/>
                  <resources>
                    <resource identifier="test" type="imsqti_test_xmlv3p0" href="test.xml">
                      <file href="test.xml"/>
                    </resource>
                %s  </resources>
                </manifest>
                """.formatted(MANIFEST_NS, resources);
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("imsmanifest.xml", manifest);
        ordered.putAll(files);
        return ordered;
    }

    /** One QTI 3.0 assessment item. */
    public static String item(String id, ExportItem it, int index) {
        StringBuilder choices = new StringBuilder();
        for (int j = 0; j < it.options().size(); j++) {
            choices.append("      <qti-simple-choice identifier=\"").append(choiceId(j)).append("\">")
                    .append(Xml.escape(it.options().get(j))).append("</qti-simple-choice>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item xmlns="%s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="%s %s"
                    identifier="%s" title="%s" adaptive="false" time-dependent="false" xml:lang="en">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                    <qti-correct-response>
                      <qti-value>%s</qti-value>
                    </qti-correct-response>
                  </qti-response-declaration>
                  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
                    <qti-default-value>
                      <qti-value>0</qti-value>
                    </qti-default-value>
                  </qti-outcome-declaration>
                  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>
                  <qti-item-body>
                    <qti-choice-interaction response-identifier="RESPONSE" shuffle="true" max-choices="1">
                      <qti-prompt>%s</qti-prompt>
                %s    </qti-choice-interaction>
                  </qti-item-body>
                  <qti-response-processing>
                    <qti-response-condition>
                      <qti-response-if>
                        <qti-match>
                          <qti-variable identifier="RESPONSE"/>
                          <qti-correct identifier="RESPONSE"/>
                        </qti-match>
                        <qti-set-outcome-value identifier="SCORE">
                          <qti-base-value base-type="float">1</qti-base-value>
                        </qti-set-outcome-value>
                      </qti-response-if>
                    </qti-response-condition>
                    <qti-set-outcome-value identifier="FEEDBACK">
                      <qti-base-value base-type="identifier">EXPLANATION</qti-base-value>
                    </qti-set-outcome-value>
                  </qti-response-processing>
                  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show">
                    <qti-content-body>
                      <p>%s</p>
                    </qti-content-body>
                  </qti-modal-feedback>
                </qti-assessment-item>
                """.formatted(NS, NS, SCHEMA, id, Xml.escape(GiftWriter.title(index, it)), choiceId(it.answer()),
                Xml.escape(it.stem()), choices, Xml.escape(it.explanation()));
    }

    static String choiceId(int j) {
        return "choice_" + (char) ('A' + j);
    }

    /** Writes the package as a zip. */
    public static void writePackage(List<ExportItem> items, String title, OutputStream out) throws IOException {
        zip(files(items, title), out);
    }

    /** Zips a package's files (path to UTF-8 text), in order: the QTI 3.0 and the QTI 1.2 packages. */
    static void zip(Map<String, String> files, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> f : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(f.getKey()));
            zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }
}
