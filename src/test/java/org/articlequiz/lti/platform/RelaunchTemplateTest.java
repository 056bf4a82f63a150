package org.articlequiz.lti.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.articlequiz.DomainException;
import org.junit.jupiter.api.Test;

/** Issue 13: where a platform other than Moodle starts a launch again, from the admin's template and a launch's claims. */
class RelaunchTemplateTest {
    private static final Map<String, String> LAUNCH = Map.of("context_id", "course 7/β", "resource_link_id", "link-1",
            "deployment_id", "d1", "custom:canvas_assignment_id", "42");

    @Test
    void fillsInTheLaunchsValuesAsEncodedPathSegments() {
        RelaunchTemplate t = new RelaunchTemplate(" https://lms.example.edu/courses/{context_id}/links/{resource_link_id}/launch ");
        assertEquals(Optional.of(URI.create("https://lms.example.edu/courses/course%207%2F%CE%B2/links/link-1/launch")), t.expand(LAUNCH));
        assertEquals(Optional.of(URI.create("https://canvas.example.edu/courses/course%207%2F%CE%B2/assignments/42?display=borderless")),
                new RelaunchTemplate("https://canvas.example.edu/courses/{context_id}/assignments/{custom:canvas_assignment_id}?display=borderless")
                        .expand(LAUNCH));
    }

    @Test
    void aLaunchWithoutAValueTheTemplateNamesHasNoRelaunchUrl() {
        assertEquals(Optional.empty(), new RelaunchTemplate("https://lms.example.edu/x/{custom:missing}").expand(LAUNCH));
        assertEquals(Optional.empty(), new RelaunchTemplate("https://lms.example.edu/x/{resource_link_id}").expand(Map.of("context_id", "c")));
    }

    @Test
    void placeholdersOnlyAfterTheHostAndOnlyKnownOnes() {
        for (String bad : new String[] {"https://{context_id}.example.edu/x", "https://lms.example.edu{resource_link_id}",
                "{custom:url}", "https://lms.example.edu/{user_id}", "https://lms.example.edu/{context_id", "ftp://lms.example.edu/{context_id}",
                "http://lms.example.edu/{context_id}", "", "courses/{context_id}"}) {
            DomainException e = assertThrows(DomainException.class, () -> new RelaunchTemplate(bad), bad);
            assertEquals("invalid-registration", e.slug(), bad);
        }
        new RelaunchTemplate("http://127.0.0.1:9001/courses/{context_id}/links/{resource_link_id}/launch"); // loopback, the sandbox
    }
}
