package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the protocol pages interpolate cannot break out of its attribute or script string. */
class LtiPagesTest {
    private static final String EVIL = "\"><script>alert(1)</script>'</script>\u2028";

    @Test
    void formFieldsAreEscaped() {
        String html = LtiPages.autoPost(URI.create("https://lms.example.edu/return?a=1&b=2"), Map.of("JWT", EVIL), EVIL);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("action=\"https://lms.example.edu/return?a=1&amp;b=2\""), html);
    }

    @Test
    void scriptStringsAreEscaped() {
        String html = LtiPages.putDataThenRedirect(EVIL, "https://lms.example.edu", EVIL, EVIL, URI.create("https://lms.example.edu/auth"));
        assertFalse(html.contains("</script>'"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("\u2028"), "a line separator would end the string in old engines");
    }
}
