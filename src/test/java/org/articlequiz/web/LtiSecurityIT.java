package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.articlequiz.devtools.sandbox.LtiBrowser;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.articlequiz.testing.GradeOutbox;
import org.articlequiz.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity and authorization across platforms (issue 11): a registration never reaches another's people, an LTI
 * administrator manages their own registration only, a learner reaches only the quiz of their launch. Each test runs
 * its own sandbox platforms, launched over real HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class LtiSecurityIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private final List<SandboxPlatform> started = new ArrayList<>();

    @AfterEach
    void stopPlatforms() {
        started.forEach(SandboxPlatform::close);
    }

    private String root() {
        String b = base.toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    private Api admin() {
        return new Api(base, Deployments.ADMIN_TOKEN);
    }

    /** A sandbox platform registered through the admin API; returns it with its registration id. */
    private SandboxPlatform registered() throws Exception {
        SandboxPlatform p = SandboxPlatform.start(0, root());
        started.add(p);
        var r = p.registerWith(root(), Deployments.ADMIN_TOKEN);
        assertEquals(201, r.statusCode(), r::body);
        return p;
    }

    private static long platformId(SandboxPlatform p) {
        return TestDatabase.count("select id from lti_platform where issuer = ? and client_id = ?", p.issuer(), p.clientId());
    }

    private static String registration(SandboxPlatform p, boolean confirmSharedIssuer) {
        return Json.createObjectBuilder().add("issuer", p.issuer()).add("clientId", p.clientId()).add("name", "Impostor")
                .add("authUrl", p.baseUrl() + "/auth").add("tokenUrl", p.baseUrl() + "/token").add("jwksUrl", p.baseUrl() + "/jwks")
                .add("deploymentIds", Json.createArrayBuilder().add(SandboxPlatform.DEPLOYMENT_ID))
                .add("confirmSharedIssuer", confirmSharedIssuer).build().toString();
    }

    /** A platform of its own that names the victim's issuer (not registered yet). */
    private SandboxPlatform impostorOf(SandboxPlatform victim) throws Exception {
        SandboxPlatform impostor = SandboxPlatform.impersonating(root(), victim.issuer(), "impostor-client");
        started.add(impostor);
        return impostor;
    }

    private static long userOf(String sessionToken) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sessionToken.getBytes(StandardCharsets.UTF_8)));
        return TestDatabase.count("select user_id from launch_session where token_hash = ?", hash);
    }

    @Test
    void aRegistrationCannotClaimAnotherPlatformsIssuer() throws Exception {
        SandboxPlatform victim = registered();
        SandboxPlatform impostor = impostorOf(victim);

        Api.Reply refused = admin().post("api/admin/lti/platforms", registration(impostor, false));
        assertTrue(refused.isProblem(409, "issuer-registered"), refused::toString);
        assertEquals(1, TestDatabase.count("select count(*) from lti_platform where issuer = ?", victim.issuer()));
    }

    @Test
    void aSecondRegistrationOfAnIssuerReachesNoneOfTheFirstsPeople() throws Exception {
        SandboxPlatform victim = registered();
        SandboxPlatform impostor = impostorOf(victim);
        // Even when the admin confirms a second registration of the issuer, a sub under it is nobody of the first.
        Api.Reply confirmed = admin().post("api/admin/lti/platforms", registration(impostor, true));
        assertEquals(201, confirmed.status(), confirmed::toString);
        LtiBrowser.Launch real = new LtiBrowser().launch(victim.launchLink("student-1"));
        LtiBrowser.Launch forged = new LtiBrowser().launch(impostor.launchLink("student-1"));
        assertNotNull(real.session(), () -> "victim launch: " + real.last());
        assertNotNull(forged.session(), () -> "impostor launch: " + forged.last());
        assertNotEquals(userOf(real.session()), userOf(forged.session()), "the same sub under another registration is another user");
    }

    @Test
    void anLtiAdministratorManagesOnlyTheirOwnRegistration() throws Exception {
        SandboxPlatform own = registered();
        SandboxPlatform other = registered();
        long ownId = platformId(own);
        long otherId = platformId(other);
        LtiBrowser.Launch launched = new LtiBrowser().launch(own.launchLink(SandboxPlatform.ADMIN.subject()));
        assertNotNull(launched.session(), () -> "admin launch: " + launched.last());
        Api ltiAdmin = new Api(base, launched.session());

        Api.Reply listed = ltiAdmin.get("api/admin/lti/platforms");
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(List.of(ownId), listed.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList());
        assertEquals(200, ltiAdmin.post("api/admin/lti/platforms/" + ownId + "/deployments", "{\"deploymentId\": \"more\"}").status());

        String theirs = "api/admin/lti/platforms/" + otherId;
        assertTrue(ltiAdmin.put(theirs + "/enabled", "{\"enabled\": false}").isProblem(403, "other-platform"));
        assertTrue(ltiAdmin.post(theirs + "/deployments", "{\"deploymentId\": \"x\"}").isProblem(403, "other-platform"));
        assertTrue(ltiAdmin.send("DELETE", theirs + "/deployments/" + SandboxPlatform.DEPLOYMENT_ID, null, null)
                .isProblem(403, "other-platform"));
        assertEquals(1, TestDatabase.count("select count(*) from lti_platform where id = ? and enabled", otherId));
        assertTrue(ltiAdmin.put("api/admin/lti/platforms/" + ownId + "/enabled", "{\"enabled\": true}").isProblem(403, "admin-token-only"),
                "switching a registration back on is the tool admin's decision");
        // Tool-wide powers stay with the admin token.
        SandboxPlatform third = SandboxPlatform.start(0, root());
        started.add(third);
        assertTrue(ltiAdmin.post("api/admin/lti/platforms", registration(third, false)).isProblem(403, "admin-token-only"));
        assertTrue(ltiAdmin.post("api/admin/lti/registration-invitations", null).isProblem(403, "admin-token-only"));
        assertTrue(ltiAdmin.post("api/admin/lti/keys/rotation", null).isProblem(403, "admin-token-only"));

        GradeOutbox.Attempt elsewhere = GradeOutbox.attempt(admin(), "Elsewhere");
        long parked = GradeOutbox.add(elsewhere, "PARKED", 1, Instant.now(), "HTTP 400", 1, 1);
        JsonObject outbox = ltiAdmin.get("api/admin/lti/outbox").json();
        assertTrue(outbox.getJsonArray("parked").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> e.getJsonNumber("platformId").longValue() == ownId), outbox::toString);
        assertTrue(ltiAdmin.post("api/admin/lti/outbox/" + parked + "/resend", null).isProblem(403, "other-platform"));
        assertEquals(200, admin().post("api/admin/lti/outbox/" + parked + "/resend", null).status(), "the admin token may");
    }

    @Test
    void aLearnerLaunchedWithoutAQuizReachesNoQuizOfTheCourse() throws Exception {
        SandboxPlatform course = registered();
        LtiBrowser.Launch instructor = new LtiBrowser().launch(course.launchLink("instructor-1"));
        assertNotNull(instructor.session(), () -> "instructor launch: " + instructor.last());
        QuizFixture unreleased = new QuizFixture(new Api(base, instructor.session()), "{}", 1);

        LtiBrowser.Launch navigation = new LtiBrowser().launch(course.launchLink("student-1"));
        assertNotNull(navigation.session(), () -> "student launch: " + navigation.last());
        assertNull(navigation.quiz(), "a course navigation launch names no quiz");
        Api learner = new Api(base, navigation.session());
        String q = "api/quizzes/" + unreleased.quizId;
        assertTrue(learner.get(q + "/overview").isProblem(403, "other-quiz"), () -> learner.get(q + "/overview").toString());
        assertTrue(learner.post(q + "/attempts", null).isProblem(403, "other-quiz"));
        assertTrue(learner.get(q + "/practice").isProblem(403, "other-quiz"));
        assertEquals(0, TestDatabase.count("select count(*) from attempt where quiz_id = ?", unreleased.quizId));
    }

    @Test
    void contentWithNoCourseIsNeverCreatedFromALaunch() {
        Api outsideAnyCourse = new Api(base, TestDatabase.session("Ines", "INSTRUCTOR", null, null).token());
        assertTrue(outsideAnyCourse.post("api/articles", "{\"fileName\": \"a.txt\", \"text\": \"The bridge opened in 1932.\"}")
                .isProblem(403, "no-course"));
        assertTrue(outsideAnyCourse.post("api/quizzes", "{\"title\": \"Open to all\"}").isProblem(403, "no-course"));
        assertTrue(outsideAnyCourse.post("api/generation-jobs", "{\"title\": \"Open to all\", \"articleIds\": [1]}")
                .isProblem(403, "no-course"));
        assertEquals(0, TestDatabase.count("select count(*) from quiz where title = 'Open to all'"));
    }

    @Test
    void aStorageSecretPostedFromAnotherOriginIsRefused() throws Exception {
        SandboxPlatform course = registered();
        LtiBrowser.Launch own = new LtiBrowser().blockCookies().launch(course.launchLinkWithPlatformStorage("student-1"));
        assertNotNull(own.session(), () -> "the tool's own storage page posts the secret: " + own.last());

        LtiBrowser.Launch forged = new LtiBrowser().blockCookies().storageSecretPostedFrom("https://evil.example")
                .launch(course.launchLinkWithPlatformStorage("student-1"));
        assertNull(forged.session(), "no session from a post of another origin");
        assertEquals("urn:article-quiz:problem:lti-state-browser", forged.last().header("X-Problem-Type"), forged.last()::toString);
    }
}
