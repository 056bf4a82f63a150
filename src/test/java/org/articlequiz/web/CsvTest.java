package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndEndsLinesWithCrlf() {
        assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,3.5\r\n",
                Csv.line(Arrays.asList("plain", "a, b", "say \"hi\"", "two\nlines", null, 3.5)));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", Csv.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("\"'=1,2\"", Csv.cell("=1,2"), "prefixed, then quoted for the comma");
        assertEquals("a=b", Csv.cell("a=b"), "only a leading character is dangerous");
        assertEquals("'=x,'+y\r\n", Csv.line(List.of("=x", "+y")));
    }
}
