package org.articlequiz.lti;

import static org.articlequiz.devtools.sandbox.IdTokens.DEPLOYMENT_ID;
import static org.articlequiz.devtools.sandbox.IdTokens.TARGET_LINK_URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.articlequiz.devtools.sandbox.IdTokens;
import org.articlequiz.devtools.sandbox.PlatformKeys;
import org.junit.jupiter.api.Test;

/** Forged, replayed and misrouted launches: each is refused, and the rejection names the check that caught it. */
class LaunchAttackTest {
    private final LaunchFixture platform = new LaunchFixture();

    @Test
    void theSameFormPostTwiceIsARejectedReplay() {
        LaunchFixture.Login login = platform.login();
        String idToken = platform.token(login).sign(platform.keys);
        platform.validator.validate(idToken, login.state(), login.browserSecret());

        LaunchRejected replay = assertThrows(LaunchRejected.class,
                () -> platform.validator.validate(idToken, login.state(), login.browserSecret()));
        assertEquals(LaunchCheck.STATE, replay.check());
    }

    @Test
    void aCapturedTokenUnderAFreshLoginIsRefusedOnItsNonce() {
        LaunchFixture.Login first = platform.login();
        String idToken = platform.token(first).sign(platform.keys);
        platform.validator.validate(idToken, first.state(), first.browserSecret());

        LaunchFixture.Login second = platform.login();
        LaunchRejected replay = assertThrows(LaunchRejected.class,
                () -> platform.validator.validate(idToken, second.state(), second.browserSecret()));
        assertEquals(LaunchCheck.NONCE, replay.check());
    }

    @Test
    void aNonceUsedBeforeIsRefusedEvenWithItsOwnState() {
        LaunchFixture.Login login = platform.login();
        platform.nonces.consume(LaunchFixture.ISSUER, login.nonce(), platform.clock.instant().plusSeconds(600));
        LaunchRejected replay = assertThrows(LaunchRejected.class, () -> platform.validator.validate(
                platform.token(login).sign(platform.keys), login.state(), login.browserSecret()));
        assertEquals(LaunchCheck.NONCE, replay.check());
    }

    @Test
    void algNoneIsRefused() {
        assertEquals(LaunchCheck.ALGORITHM, platform.rejectedRaw(login -> platform.token(login).unsigned()));
    }

    @Test
    void hs256SignedWithThePlatformsPublicKeyIsRefused() {
        RSAKey publicKey = platform.keys.current().toPublicJWK();
        assertEquals(LaunchCheck.ALGORITHM,
                platform.rejectedRaw(login -> platform.token(login).hs256WithPublicKeyAsSecret(publicKey)));
    }

    @Test
    void aKeyThePlatformRotatedOutNoLongerSigns() {
        platform.launch();
        RSAKey old = platform.keys.rotate();
        platform.clock.advance(Duration.ofMinutes(11)); // past the cache's maximum age: the set is read again
        assertEquals(LaunchCheck.KEY_ID, platform.rejectedRaw(login -> platform.token(login).sign(old)));
    }

    @Test
    void aKeyPastItsOwnExpiryNoLongerSigns() {
        RSAKey expiring = new RSAKey.Builder(platform.keys.current())
                .expirationTime(java.util.Date.from(platform.clock.instant().plusSeconds(60))).build();
        LaunchFixture withExpiringKey = new LaunchFixture(new PlatformKeys(expiring));
        withExpiringKey.launch(); // good while the key lives
        withExpiringKey.clock.advance(Duration.ofMinutes(2));
        assertEquals(LaunchCheck.KEY_ID, withExpiringKey.rejected(t -> t.issuedAt(withExpiringKey.clock.instant(),
                withExpiringKey.clock.instant().plusSeconds(300))));
    }

    @Test
    void aSignatureByAnotherKeyUnderTheRightKidIsRefused() {
        RSAKey stranger = PlatformKeys.generate();
        String kid = platform.keys.current().getKeyID();
        assertEquals(LaunchCheck.SIGNATURE, platform.rejectedRaw(login -> platform.token(login).kid(kid).sign(stranger)));
    }

    @Test
    void unknownKidsDoNotMakeUsFetchTheKeySetEachTime() {
        platform.launch();
        int fetches = platform.jwksFetches;
        for (int i = 0; i < 5; i++) {
            int n = i;
            platform.rejected(t -> t.kid("made-up-" + n));
        }
        assertTrue(platform.jwksFetches <= fetches + 1, "fetched " + (platform.jwksFetches - fetches) + " times");
    }

    @Test
    void aStateFromAnotherBrowserIsRefused() {
        LaunchFixture.Login victim = platform.login();
        LaunchFixture.Login attacker = platform.login();
        LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> platform.validator.validate(
                platform.token(victim).sign(platform.keys), victim.state(), attacker.browserSecret()));
        assertEquals(LaunchCheck.BROWSER, rejected.check());
    }

    @Test
    void aLaunchWithoutTheBrowsersSecretIsRefused() {
        LaunchFixture.Login login = platform.login();
        LaunchRejected rejected = assertThrows(LaunchRejected.class,
                () -> platform.validator.validate(platform.token(login).sign(platform.keys), login.state(), null));
        assertEquals(LaunchCheck.BROWSER, rejected.check());
    }

    @Test
    void anExpiredStateIsRefused() {
        LaunchFixture.Login login = platform.login();
        platform.clock.advance(LoginService.STATE_LIFETIME.plusSeconds(1));
        LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> platform.validator.validate(
                platform.token(login).issuedAt(platform.clock.instant(), platform.clock.instant().plusSeconds(300))
                        .sign(platform.keys), login.state(), login.browserSecret()));
        assertEquals(LaunchCheck.STATE, rejected.check());
    }

    @Test
    void loginRefusesATargetLinkUriOutsideTheTool() {
        for (String target : List.of("https://evil.example.com/", "https://tool.example.org.evil.com/article-quiz/",
                "https://tool.example.org/other-app/", "https://user@tool.example.org/article-quiz/",
                "http://tool.example.org/article-quiz/", "//evil.example.com/article-quiz/", "javascript:alert(1)",
                "https://tool.example.org:8443/article-quiz/", "https://tool.example.org/article-quiz/../admin")) {
            LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> platform.login.initiate(
                    new LoginRequest(LaunchFixture.ISSUER, "hint", target, null, LaunchFixture.CLIENT_ID, null, null),
                    LaunchFixture.LAUNCH_URL, LaunchFixture.TOOL), target);
            assertEquals(LaunchCheck.TARGET_LINK_URI, rejected.check(), target);
        }
    }

    @Test
    void aLaunchToAnotherTargetThanTheLoginsIsRefused() {
        assertEquals(LaunchCheck.TARGET_LINK_URI,
                platform.rejected(t -> t.with(TARGET_LINK_URI, "https://tool.example.org/article-quiz/admin")));
    }

    @Test
    void anotherIssuerIsRefused() {
        assertEquals(LaunchCheck.ISSUER, platform.rejected(t -> t.with("iss", "https://platform.example.edu/")));
    }

    @Test
    void anotherAudienceIsRefused() {
        assertEquals(LaunchCheck.AUDIENCE, platform.rejected(t -> t.with("aud", "some-other-tool")));
    }

    @Test
    void severalAudiencesWithoutAzpAreRefused() {
        assertEquals(LaunchCheck.AUTHORIZED_PARTY,
                platform.rejected(t -> t.with("aud", List.of(LaunchFixture.CLIENT_ID, "other-tool"))));
    }

    @Test
    void aNonceWeDidNotIssueIsRefused() {
        assertEquals(LaunchCheck.NONCE, platform.rejected(t -> t.with("nonce", "chosen-by-attacker")));
    }

    @Test
    void anUnknownDeploymentIsRefusedWithAClearMessage() {
        LaunchRejected rejected = assertThrows(LaunchRejected.class,
                () -> platform.launch(t -> t.with(DEPLOYMENT_ID, "deployment-of-someone-else")));
        assertEquals(LaunchCheck.DEPLOYMENT, rejected.check());
        assertTrue(rejected.getMessage().contains("not registered"), rejected.getMessage());
    }

    @Test
    void aTokenOlderThanTheMaximumAgeIsRefusedEvenIfNotExpired() {
        assertEquals(LaunchCheck.ISSUED_AT, platform.rejected(t -> t.issuedAt(
                platform.clock.instant().minus(Duration.ofMinutes(30)), platform.clock.instant().plusSeconds(600))));
    }

    @Test
    void smallClockSkewIsTolerated() {
        platform.launch(t -> t.issuedAt(platform.clock.instant().plusSeconds(30), platform.clock.instant().plusSeconds(330)));
        platform.launch(t -> t.issuedAt(platform.clock.instant().minusSeconds(330), platform.clock.instant().minusSeconds(30)));
    }

    @Test
    void aDisabledPlatformCannotLogIn() {
        platform.platform.disable();
        LaunchRejected rejected = assertThrows(LaunchRejected.class, platform::login);
        assertEquals(LaunchCheck.ISSUER, rejected.check());
    }

    /** Issue 11 (SSRF): we send our access tokens and students' scores to these URLs, so a launch cannot aim them elsewhere. */
    @Test
    void serviceUrlsFromALaunchMustBeOnThePlatformsRegisteredHosts() {
        assertEquals("service-url", platform.rejected(t -> t.with(IdTokens.AGS, Map.of("scope", List.of(LtiLaunch.GradeService.SCOPE_SCORE),
                "lineitem", "http://169.254.169.254/latest/meta-data/lineitem"))).slug());
        assertEquals("service-url", platform.rejected(t -> t.with(IdTokens.NRPS, Map.of("context_memberships_url",
                "https://platform.example.edu.evil.example/memberships"))).slug());
        platform.launch(t -> t.with(IdTokens.NRPS, Map.of("context_memberships_url", "https://lms.example.edu/courses/1/memberships")));
    }

    /**
     * Issue 11, low: "a failed launch cannot be replayed (DL settings claim checked in the validator)". A deep linking
     * request without its settings used to pass validation and then fail in the launch (a 500 that rolled back the use
     * of its state and nonce, so the same post could be sent again); it is a rejected launch, and the replay finds no
     * state.
     */
    @Test
    void aFailedLaunchCannotBeReplayed() {
        LaunchFixture.Login login = platform.login();
        String idToken = IdTokens.validDeepLinking("https://platform.example.edu/return").forLogin(LaunchFixture.ISSUER,
                LaunchFixture.CLIENT_ID, LaunchFixture.DEPLOYMENT, login.nonce(), LaunchFixture.TOOL.toString())
                .without(IdTokens.DEEP_LINKING).sign(platform.keys);
        LaunchRejected refused = assertThrows(LaunchRejected.class,
                () -> platform.validator.validate(idToken, login.state(), login.browserSecret()));
        assertEquals(LaunchCheck.DEEP_LINKING_SETTINGS, refused.check());
        LaunchRejected replay = assertThrows(LaunchRejected.class,
                () -> platform.validator.validate(idToken, login.state(), login.browserSecret()));
        assertEquals(LaunchCheck.STATE, replay.check());
    }

    /** The launch's transaction commits the use of state and nonce whatever refuses the launch after validation. */
    @Test
    void aLaunchRefusedAfterValidationStillUsesUpItsStateAndNonce() throws NoSuchMethodException {
        var launch = LaunchService.class.getDeclaredMethod("launch", String.class, String.class, String.class,
                LaunchValidator.KeyInAdvance.class);
        assertTrue(java.lang.reflect.Modifier.isPublic(launch.getModifiers()),
                "only a public method called through the CDI proxy gets its transaction");
        var transactional = launch.getAnnotation(jakarta.transaction.Transactional.class);
        assertTrue(java.util.Arrays.asList(transactional.dontRollbackOn()).contains(org.articlequiz.DomainException.class),
                "a refusal after validation (403 instructor-only, lti-quiz-of-other-tenant) commits the used state");
    }
}
