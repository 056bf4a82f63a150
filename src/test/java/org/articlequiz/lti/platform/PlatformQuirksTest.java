package org.articlequiz.lti.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformQuirksTest {
    private static Platform platform(String audience) {
        return new Platform("https://lms.example.edu", "c1", "LMS", new Platform.Endpoints("https://lms.example.edu/auth",
                "https://lms.example.edu/token", "https://lms.example.edu/jwks", audience), "brightspace", Instant.now());
    }

    @Test
    void tokenAudienceIsTheTokenUrlUnlessTheBrightspaceStyleAudienceIsConfigured() {
        assertEquals("https://lms.example.edu/token", PlatformQuirks.tokenAudience(platform(null)));
        assertEquals("https://api.brightspace.com/auth/token", PlatformQuirks.tokenAudience(platform("https://api.brightspace.com/auth/token")));
    }

    @Test
    void moodleScoresUrlKeepsTheTypeIdQuery() {
        assertEquals(URI.create("https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3"),
                PlatformQuirks.scoresUrl(URI.create("https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3")));
        assertEquals(URI.create("https://canvas.example.edu/api/lti/courses/1/line_items/5/scores"),
                PlatformQuirks.scoresUrl(URI.create("https://canvas.example.edu/api/lti/courses/1/line_items/5")));
    }

    @Test
    void lineItemsFilterKeepsTheContainersQuery() {
        assertEquals(URI.create("https://moodle.example.edu/lineitems?type_id=3&resource_link_id=a%20b"),
                PlatformQuirks.withQuery(URI.create("https://moodle.example.edu/lineitems?type_id=3"), "resource_link_id", "a b"));
    }

    /** Issue 13: a new window starts again from Moodle's launch.php, never from the used one-time hint. */
    @Test
    void moodleRelaunchesFromTheCourseModuleInItsHint() {
        assertEquals(java.util.Optional.of(URI.create("https://moodle.example.edu/lms/mod/lti/launch.php?id=42")),
                PlatformQuirks.relaunchUrl("https://moodle.example.edu/lms", "{\"cmid\":\"42\",\"launchid\":\"ltilaunch3_99\"}"));
        assertEquals(java.util.Optional.of(URI.create("https://moodle.example.edu/mod/lti/launch.php?id=42")),
                PlatformQuirks.relaunchUrl("https://moodle.example.edu/", "{\"cmid\":42,\"launchid\":\"x\"}"));
        assertEquals(java.util.Optional.empty(), PlatformQuirks.relaunchUrl("https://moodle.example.edu", "{\"launchid\":\"x\"}"),
                "deep linking: no course module yet");
        assertEquals(java.util.Optional.empty(), PlatformQuirks.relaunchUrl("https://moodle.example.edu", "{\"cmid\":\"1&x=2\"}"));
        assertEquals(java.util.Optional.empty(), PlatformQuirks.relaunchUrl("https://canvas.instructure.com", "eyJhbGciOi.x.y"),
                "a Canvas hint names no page");
    }

    @Test
    void canvasOnlyRecordsFullyGradedScores() {
        assertEquals("FullyGraded", PlatformQuirks.gradingProgressOfFinalScore());
    }

    @Test
    void blackboardWithoutTheLineItemScopeNeverCreatesLineItems() {
        assertFalse(PlatformQuirks.mayCreateLineItems(Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score")));
    }

    @Test
    void endpointsMustBeHttpsExceptOnLoopback() {
        org.junit.jupiter.api.Assertions.assertThrows(org.articlequiz.DomainException.class,
                () -> Platform.url("jwks_url", "http://lms.example.edu/jwks"));
        assertEquals("http://127.0.0.1:9001/jwks", Platform.url("jwks_url", "http://127.0.0.1:9001/jwks"));
    }
}
