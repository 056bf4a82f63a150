package org.articlequiz.lti;

import static org.articlequiz.devtools.sandbox.IdTokens.ADMINISTRATOR;
import static org.articlequiz.devtools.sandbox.IdTokens.AGS;
import static org.articlequiz.devtools.sandbox.IdTokens.CONTEXT;
import static org.articlequiz.devtools.sandbox.IdTokens.CUSTOM;
import static org.articlequiz.devtools.sandbox.IdTokens.DEPLOYMENT_ID;
import static org.articlequiz.devtools.sandbox.IdTokens.INSTRUCTOR;
import static org.articlequiz.devtools.sandbox.IdTokens.LEARNER;
import static org.articlequiz.devtools.sandbox.IdTokens.MESSAGE_TYPE;
import static org.articlequiz.devtools.sandbox.IdTokens.NRPS;
import static org.articlequiz.devtools.sandbox.IdTokens.RESOURCE_LINK;
import static org.articlequiz.devtools.sandbox.IdTokens.ROLES;
import static org.articlequiz.devtools.sandbox.IdTokens.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlequiz.devtools.sandbox.IdTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The launch cases of the 1EdTech LTI 1.3 tool certification suite, in our own words: 13 that must be refused,
 * naming the check that refused them, and 21 that must be accepted with the right user, roles and services.
 */
class CertificationLaunchTest {
    private final LaunchFixture platform = new LaunchFixture();

    @Nested
    class Invalid {
        @Test
        void noKidInTheHeader() {
            assertEquals(LaunchCheck.KEY_ID, platform.rejected(IdTokens::withoutKid));
        }

        @Test
        void kidNotInThePlatformsKeySet() {
            assertEquals(LaunchCheck.KEY_ID, platform.rejected(t -> t.kid("no-such-key")));
        }

        @Test
        void wrongLtiVersion() {
            assertEquals(LaunchCheck.VERSION, platform.rejected(t -> t.with(VERSION, "1.2.0")));
        }

        @Test
        void noLtiVersion() {
            assertEquals(LaunchCheck.VERSION, platform.rejected(t -> t.without(VERSION)));
        }

        @Test
        void notAnLti13Jwt() {
            assertEquals(LaunchCheck.JWT, platform.rejectedRaw(login -> "this-is.not-a.jwt"));
        }

        @Test
        void expired() {
            assertEquals(LaunchCheck.EXPIRY, platform.rejected(t -> t.issuedAt(platform.clock.instant().minusSeconds(900),
                    platform.clock.instant().minusSeconds(600))));
        }

        @Test
        void issuedInTheFuture() {
            assertEquals(LaunchCheck.ISSUED_AT, platform.rejected(t -> t.issuedAt(platform.clock.instant().plusSeconds(600),
                    platform.clock.instant().plusSeconds(900))));
        }

        @Test
        void noMessageType() {
            assertEquals(LaunchCheck.MESSAGE_TYPE, platform.rejected(t -> t.without(MESSAGE_TYPE)));
        }

        @Test
        void unknownMessageType() {
            assertEquals(LaunchCheck.MESSAGE_TYPE, platform.rejected(t -> t.with(MESSAGE_TYPE, "LtiStartProctoring")));
        }

        @Test
        void noRolesClaim() {
            assertEquals(LaunchCheck.ROLES, platform.rejected(t -> t.without(ROLES)));
        }

        @Test
        void noDeploymentId() {
            assertEquals(LaunchCheck.DEPLOYMENT, platform.rejected(t -> t.without(DEPLOYMENT_ID)));
        }

        @Test
        void noResourceLinkId() {
            assertEquals(LaunchCheck.RESOURCE_LINK, platform.rejected(t -> t.with(RESOURCE_LINK, Map.of("title", "no id"))));
        }

        @Test
        void noUser() {
            assertEquals(LaunchCheck.SUBJECT, platform.rejected(t -> t.without("sub")));
        }
    }

    @Nested
    class Valid {
        @Test
        void learnerWithNamesAndEmail() {
            LtiLaunch launch = platform.launch();
            assertEquals("learner-0001", launch.subject());
            assertEquals(LaunchFixture.ISSUER, launch.issuer());
            assertEquals("Ada Lovelace", launch.name());
            assertEquals("ada@example.edu", launch.email());
            assertEquals(Set.of(Role.LEARNER), launch.roles());
            assertEquals(LtiLaunch.MessageType.RESOURCE_LINK, launch.messageType());
        }

        @Test
        void learnerWithoutPii() {
            LtiLaunch launch = platform.launch(t -> t.without("name").without("given_name").without("family_name").without("email"));
            assertEquals("learner-0001", launch.subject());
            assertNull(launch.name());
            assertNull(launch.email());
        }

        @Test
        void learnerWithOnlyEmail() {
            LtiLaunch launch = platform.launch(t -> t.without("name").without("given_name").without("family_name"));
            assertNull(launch.name());
            assertEquals("ada@example.edu", launch.email());
        }

        @Test
        void learnerWithOnlyNames() {
            LtiLaunch launch = platform.launch(t -> t.without("email"));
            assertEquals("Ada Lovelace", launch.name());
            assertNull(launch.email());
        }

        @Test
        void learnerWithOnlyGivenAndFamilyName() {
            LtiLaunch launch = platform.launch(t -> t.without("name").without("email"));
            assertEquals("Ada Lovelace", launch.name());
        }

        @Test
        void learnerWithoutCourseContext() {
            LtiLaunch launch = platform.launch(t -> t.without(CONTEXT));
            assertNull(launch.contextId());
            assertNull(launch.course(), "no course: the quizzes made here belong to none");
        }

        @Test
        void instructorWithNamesAndEmail() {
            LtiLaunch launch = platform.launch(t -> t.with("sub", "teacher-7").with(ROLES, List.of(INSTRUCTOR)));
            assertEquals(Set.of(Role.INSTRUCTOR), launch.roles());
            assertTrue(launch.isInstructor());
            assertEquals("course-1", launch.contextId());
            // Context ids repeat across platforms and deployments: the tool keys the course with both.
            assertEquals(launch.platform() + ":" + LaunchFixture.DEPLOYMENT + ":course-1", launch.course());
        }

        @Test
        void instructorWithoutPii() {
            LtiLaunch launch = platform.launch(t -> t.with(ROLES, List.of(INSTRUCTOR)).without("name")
                    .without("given_name").without("family_name").without("email"));
            assertTrue(launch.isInstructor());
            assertNull(launch.name());
        }

        @Test
        void instructorWithOnlyEmail() {
            LtiLaunch launch = platform.launch(t -> t.with(ROLES, List.of(INSTRUCTOR)).without("name")
                    .without("given_name").without("family_name"));
            assertTrue(launch.isInstructor());
            assertEquals("ada@example.edu", launch.email());
        }

        @Test
        void instructorWithOnlyNames() {
            LtiLaunch launch = platform.launch(t -> t.with(ROLES, List.of(INSTRUCTOR)).without("email"));
            assertTrue(launch.isInstructor());
            assertEquals("Ada Lovelace", launch.name());
        }

        @Test
        void institutionAdministrator() {
            LtiLaunch launch = platform.launch(t -> t.with(ROLES, List.of(ADMINISTRATOR)));
            assertEquals(Set.of(Role.ADMINISTRATOR), launch.roles());
        }

        @Test
        void severalRoles() {
            LtiLaunch launch = platform.launch(t -> t.with(ROLES, List.of(INSTRUCTOR, LEARNER,
                    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty")));
            assertEquals(Set.of(Role.INSTRUCTOR, Role.LEARNER), launch.roles());
        }

        @Test
        void shortRoleNames() {
            assertEquals(Set.of(Role.INSTRUCTOR), platform.launch(t -> t.with(ROLES, List.of("Instructor"))).roles());
            assertEquals(Set.of(Role.LEARNER), platform.launch(t -> t.with(ROLES, List.of("Learner"))).roles());
        }

        @Test
        void unknownRoleIsToleratedWithLeastPrivilege() {
            LtiLaunch launch = platform.launch(t -> t.with(ROLES, List.of("http://example.org/roles#Astronaut")));
            assertEquals(Set.of(), launch.roles());
            assertFalse(launch.isInstructor());
        }

        @Test
        void noRoleAtAllMeansLeastPrivilege() {
            LtiLaunch launch = platform.launch(t -> t.with(ROLES, List.of()));
            assertEquals(Set.of(), launch.roles());
        }

        @Test
        void deepLinkingRequest() {
            LtiLaunch launch = platform.launch(t -> IdTokens.validDeepLinking("https://platform.example.edu/deep-link-return")
                    .forLogin(LaunchFixture.ISSUER, LaunchFixture.CLIENT_ID, LaunchFixture.DEPLOYMENT,
                            (String) t.get("nonce"), LaunchFixture.TOOL.toString()));
            assertEquals(LtiLaunch.MessageType.DEEP_LINKING, launch.messageType());
            LtiLaunch.DeepLinkingSettings dl = launch.deepLinking().orElseThrow();
            assertEquals(URI.create("https://platform.example.edu/deep-link-return"), dl.returnUrl());
            assertEquals("opaque-platform-data", dl.data());
            assertFalse(dl.acceptMultiple());
        }

        @Test
        void gradeServicesWithLineItemsContainer() {
            LtiLaunch launch = platform.launch(t -> t.with(AGS, Map.of(
                    "scope", List.of(LtiLaunch.GradeService.SCOPE_LINEITEM, LtiLaunch.GradeService.SCOPE_SCORE),
                    "lineitems", "https://platform.example.edu/courses/1/lineitems")));
            LtiLaunch.GradeService ags = launch.grades().orElseThrow();
            assertEquals(URI.create("https://platform.example.edu/courses/1/lineitems"), ags.lineItems());
            assertTrue(ags.canPostScores());
        }

        @Test
        void gradeServicesWithTheLinksOwnLineItem() {
            LtiLaunch launch = platform.launch(t -> t.with(AGS, Map.of(
                    "scope", List.of(LtiLaunch.GradeService.SCOPE_SCORE),
                    "lineitem", "https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3")));
            LtiLaunch.GradeService ags = launch.grades().orElseThrow();
            assertEquals("type_id=3", ags.lineItem().getQuery());
            assertTrue(ags.canPostScores());
        }

        @Test
        void namesAndRolesService() {
            LtiLaunch launch = platform.launch(t -> t.with(NRPS, Map.of("context_memberships_url",
                    "https://platform.example.edu/courses/1/memberships", "service_versions", List.of("2.0"))));
            assertEquals(URI.create("https://platform.example.edu/courses/1/memberships"), launch.memberships().orElseThrow());
        }

        @Test
        void customParametersOfADeepLinkedQuiz() {
            LtiLaunch launch = platform.launch(t -> t.with(CUSTOM, Map.of("quiz_id", "42", "week", 3)));
            assertEquals("42", launch.customQuizId().orElseThrow());
            assertEquals("3", launch.custom().get("week"));
        }

        @Test
        void severalAudiencesWithOurClientAsAuthorizedParty() {
            LtiLaunch launch = platform.launch(t -> t.with("aud", List.of("other-tool", LaunchFixture.CLIENT_ID))
                    .with("azp", LaunchFixture.CLIENT_ID));
            assertEquals(LaunchFixture.CLIENT_ID, launch.clientId());
        }
    }

    /** Not in the suite's list but in its spirit: a platform that rotated its key is followed on the next launch. */
    @Test
    void aRotatedPlatformKeyIsFetchedOnce() {
        platform.launch();
        int before = platform.jwksFetches;
        platform.clock.advance(Duration.ofMinutes(1));
        platform.keys.rotate();
        platform.launch();
        assertEquals(before + 1, platform.jwksFetches);
    }

}
