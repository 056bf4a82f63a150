package org.articlequiz.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * QTI 1.2 (IMS Question and Test Interoperability 1.2), the format of Canvas's classic quizzes ("QTI .zip file" in a
 * course's Import Course Content): an IMS content package whose manifest lists one {@code imsqti_xmlv1p2} resource, an
 * assessment file {@code <questestinterop>} with one section and one {@code multiple_choice_question} item per item (a
 * single-cardinality {@code response_lid}, the key's label setting SCORE to 100, the explanation as general feedback).
 * The layout is Canvas's own QTI export's: {@code imsmanifest.xml} and {@code <id>/<id>.xml}; the item metadata fields
 * ({@code question_type}, {@code points_possible}) are the ones Canvas reads.
 */
public final class Qti12Writer {
    public static final String NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    public static final String MANIFEST_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
    /** The resource type of a QTI 1.2 assessment in an IMS content package. */
    public static final String RESOURCE_TYPE = "imsqti_xmlv1p2";
    static final String ASSESSMENT_ID = "article_quiz_assessment";

    private Qti12Writer() {
    }

    /** The package's files by path: imsmanifest.xml, then the assessment. */
    public static Map<String, String> files(List<ExportItem> items, String title) {
        String path = ASSESSMENT_ID + "/" + ASSESSMENT_ID + ".xml";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            body.append(item(i, items.get(i)));
        }
        String assessment = """
                <?xml version="1.0" encoding="UTF-8"?>
                <questestinterop xmlns="%s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="%s http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">
                  <assessment ident="%s" title="%s">
                    <qtimetadata>
                      <qtimetadatafield>
                        <fieldlabel>cc_maxattempts</fieldlabel>
                        <fieldentry>1</fieldentry>
                      </qtimetadatafield>
                    </qtimetadata>
                    <section ident="root_section">
                %s    </section>
                  </assessment>
                </questestinterop>
                """.formatted(NS, NS, ASSESSMENT_ID, Xml.escape(title), body);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="article_quiz_package" xmlns="%s">
                  <metadata>
                    <schema>IMS Content</schema>
                    <schemaversion>1.1.3</schemaversion>
                  </metadata>
                  <organizations/>
                  <resources>
                    <resource identifier="%s" type="%s" href="%s">
                      <file href="%s"/>
                    </resource>
                  </resources>
                </manifest>
                """.formatted(MANIFEST_NS, ASSESSMENT_ID, RESOURCE_TYPE, path, path);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", manifest);
        files.put(path, assessment);
        return files;
    }

    /** One multiple-choice item: options labelled A, B, …; the key's label scores 100. */
    static String item(int index, ExportItem it) {
        StringBuilder labels = new StringBuilder();
        for (int j = 0; j < it.options().size(); j++) {
            labels.append("""
                                <response_label ident="%s">
                                  <material>
                                    <mattext texttype="text/plain">%s</mattext>
                                  </material>
                                </response_label>
                    """.formatted(label(j), Xml.escape(it.options().get(j))));
        }
        String feedback = it.explanation().isEmpty() ? "" : """
                        <itemfeedback ident="general_fb">
                          <flow_mat>
                            <material>
                              <mattext texttype="text/plain">%s</mattext>
                            </material>
                          </flow_mat>
                        </itemfeedback>
                """.formatted(Xml.escape(it.explanation()));
        return """
                      <item ident="item%03d" title="%s">
                        <itemmetadata>
                          <qtimetadata>
                            <qtimetadatafield>
                              <fieldlabel>question_type</fieldlabel>
                              <fieldentry>multiple_choice_question</fieldentry>
                            </qtimetadatafield>
                            <qtimetadatafield>
                              <fieldlabel>points_possible</fieldlabel>
                              <fieldentry>1.0</fieldentry>
                            </qtimetadatafield>
                          </qtimetadata>
                        </itemmetadata>
                        <presentation>
                          <material>
                            <mattext texttype="text/plain">%s</mattext>
                          </material>
                          <response_lid ident="response1" rcardinality="Single">
                            <render_choice>
                %s            </render_choice>
                          </response_lid>
                        </presentation>
                        <resprocessing>
                          <outcomes>
                            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>
                          </outcomes>
                %s                          <respcondition continue="No">
                            <conditionvar>
                              <varequal respident="response1">%s</varequal>
                            </conditionvar>
                            <setvar action="Set" varname="SCORE">100</setvar>
                          </respcondition>
                        </resprocessing>
                %s      </item>
                """.formatted(index + 1, Xml.escape(GiftWriter.title(index, it)), Xml.escape(it.stem()), labels,
                it.explanation().isEmpty() ? "" : GENERAL_FEEDBACK, label(it.answer()), feedback);
    }

    /** Shows the general feedback whatever the answer (Canvas's "general_fb"), before the key is scored. */
    private static final String GENERAL_FEEDBACK = """
                          <respcondition continue="Yes">
                            <conditionvar>
                              <other/>
                            </conditionvar>
                            <displayfeedback feedbacktype="Response" linkrefid="general_fb"/>
                          </respcondition>
            """;

    static String label(int j) {
        return String.valueOf((char) ('A' + j));
    }

    /** Writes the package as a zip. */
    public static void writePackage(List<ExportItem> items, String title, OutputStream out) throws IOException {
        QtiWriter.zip(files(items, title), out);
    }
}
