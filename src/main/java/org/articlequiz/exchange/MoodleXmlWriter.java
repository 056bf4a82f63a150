package org.articlequiz.exchange;

import java.util.List;

/** Moodle XML: one {@code <question type="multichoice">} per item, single answer, options shuffled by Moodle. */
public final class MoodleXmlWriter {

    private MoodleXmlWriter() {
    }

    public static String write(List<ExportItem> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        for (int i = 0; i < items.size(); i++) {
            ExportItem it = items.get(i);
            b.append("  <question type=\"multichoice\">\n");
            b.append("    <name><text>").append(Xml.escape(GiftWriter.title(i, it))).append("</text></name>\n");
            b.append("    <questiontext format=\"html\"><text>").append(Xml.escape("<p>" + Xml.escape(it.stem())
                    + "</p>")).append("</text></questiontext>\n");
            b.append("    <generalfeedback format=\"html\"><text>").append(Xml.escape("<p>"
                    + Xml.escape(it.explanation()) + "</p>")).append("</text></generalfeedback>\n");
            b.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n");
            b.append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n");
            b.append("    <answernumbering>abc</answernumbering>\n");
            for (int j = 0; j < it.options().size(); j++) {
                b.append("    <answer fraction=\"").append(j == it.answer() ? "100" : "0")
                        .append("\" format=\"html\"><text>").append(Xml.escape(Xml.escape(it.options().get(j))))
                        .append("</text><feedback format=\"html\"><text></text></feedback></answer>\n");
            }
            b.append("  </question>\n");
        }
        return b.append("</quiz>\n").toString();
    }
}
