package org.articlequiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.DomainException;
import org.articlequiz.devtools.sandbox.IdTokens;
import org.articlequiz.lti.jose.InMemoryToolKeys;
import org.articlequiz.lti.jose.KeyRing;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizService;
import org.articlequiz.user.UserId;
import org.junit.jupiter.api.Test;

/** The deep linking answer: signed by our key, addressed to the platform, data echoed, one link with its line item. */
class DeepLinkingServiceTest {
    private final LaunchFixture platform = new LaunchFixture();
    private final KeyRing keys = new KeyRing(new InMemoryToolKeys(), platform.clock);
    private final Map<String, DeepLinkRequest> requests = new HashMap<>();
    private final LaunchServiceTest.InMemoryLinks links = new LaunchServiceTest.InMemoryLinks();
    private final DeepLinkingService service = new DeepLinkingService();
    /** The quiz the picker's {@code get} finds: by default quiz 42 of the request's own course. */
    private Quiz quiz;
    private final Caller instructor = new Caller(new UserId(5), Set.of(Role.INSTRUCTOR), "course-1", null);

    DeepLinkingServiceTest() {
        service.requests = new DeepLinkRequests() {
            @Override
            public void add(DeepLinkRequest request) {
                requests.put(request.id(), request);
            }

            @Override
            public Optional<DeepLinkRequest> find(String id) {
                return Optional.ofNullable(requests.get(id));
            }

            @Override
            public int purgeExpired(java.time.Instant now) {
                return 0;
            }
        };
        service.platforms = platform.platforms;
        service.links = links;
        service.keys = keys;
        service.clock = platform.clock;
        service.quizzes = new QuizService() {
            @Override
            public Quiz get(QuizId id) {
                return quiz;
            }
        };
        LtiLaunch launch = platform.launch(t -> IdTokens.validDeepLinking("https://platform.example.edu/return")
                .forLogin(LaunchFixture.ISSUER, LaunchFixture.CLIENT_ID, LaunchFixture.DEPLOYMENT, (String) t.get("nonce"),
                        LaunchFixture.TOOL.toString()).with(IdTokens.ROLES, List.of(IdTokens.INSTRUCTOR)));
        service.requests.add(new DeepLinkRequest("request-1", launch, instructor.user(), platform.clock.instant().plusSeconds(3600)));
        quiz = quizIn(launch.course());
    }

    private static Quiz quizIn(String course) {
        Quiz q = new Quiz("Cells", course, QuizSettings.defaults(), Instant.now());
        LaunchServiceTest.setId(q, 42);
        return q;
    }

    /** Places quiz 42, saying yes if asked whether to place it without approved items. */
    private DeepLinkingResponse placed(String request, Caller caller) {
        return ((DeepLinkingService.Placement.Placed) service.link(request, caller, new QuizId(42), true, LaunchFixture.TOOL)).response();
    }

    /** Issue 13: a quiz without approved items is placed only once the instructor says so; until then nothing is answered. */
    @Test
    void aQuizWithoutApprovedItemsAsksFirst() {
        assertEquals(new DeepLinkingService.Placement.AsksFirst(42, "Cells"),
                service.link("request-1", instructor, new QuizId(42), false, LaunchFixture.TOOL));
        assertTrue(links.tenantOf(new QuizId(42)).isEmpty(), "nothing linked yet");
        assertTrue(placed("request-1", instructor).jwt().length() > 0, "the request is still open and answered once confirmed");
    }

    @Test
    void theAnswerIsSignedAddressedAndCarriesTheQuiz() throws Exception {
        DeepLinkingResponse response = placed("request-1", instructor);
        assertEquals(URI.create("https://platform.example.edu/return"), response.returnUrl());

        SignedJWT jwt = SignedJWT.parse(response.jwt());
        RSAKey key = (RSAKey) JWKSet.parse(keys.publicJwks()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(key)));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(LaunchFixture.CLIENT_ID, claims.getIssuer());
        assertEquals(List.of(LaunchFixture.ISSUER), claims.getAudience());
        assertEquals("LtiDeepLinkingResponse", claims.getClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals("1.3.0", claims.getClaim(LtiClaims.VERSION));
        assertEquals(LaunchFixture.DEPLOYMENT, claims.getClaim(LtiClaims.DEPLOYMENT_ID));
        assertEquals("opaque-platform-data", claims.getClaim(LtiClaims.DL_DATA));
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) ((List<Object>) claims.getClaim(LtiClaims.DL_CONTENT_ITEMS)).get(0);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals(Map.of("quiz_id", "42"), item.get("custom"));
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        assertEquals("quiz-42", lineItem.get("resourceId"));
        assertTrue(((Number) lineItem.get("scoreMaximum")).doubleValue() > 0);
        assertEquals(new LtiLinks.Tenant(platform.platform.id(), LaunchFixture.DEPLOYMENT), links.tenantOf(new QuizId(42)).orElseThrow());
    }

    @Test
    void aRequestIsAnsweredOnceAndOnlyByItsInstructor() {
        Caller someoneElse = new Caller(new UserId(6), Set.of(Role.INSTRUCTOR), "course-1", null);
        assertThrows(DomainException.class, () -> placed("request-1", someoneElse));
        placed("request-1", instructor);
        assertThrows(DomainException.class, () -> placed("request-1", instructor));
    }

    @Test
    void deepLinkingChecksTheQuizsCourseInLink() {
        quiz = quizIn("9:another-deployment:another-course");
        DomainException refused = assertThrows(DomainException.class,
                () -> placed("request-1", instructor));
        assertEquals("other-course", refused.slug());
        assertTrue(links.tenantOf(new QuizId(42)).isEmpty(), "a refused link claims nothing");
    }

    @Test
    void aQuizOfAnotherTenantCannotBeLinked() {
        links.claim(new QuizId(42), new LtiLinks.Tenant(new PlatformId(77), "other"));
        DomainException refused = assertThrows(DomainException.class,
                () -> placed("request-1", instructor));
        assertEquals("lti-quiz-of-other-tenant", refused.slug());
    }
}
