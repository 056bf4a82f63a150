package org.articlequiz.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformQuirks;
import org.articlequiz.lti.platform.Platforms;

/**
 * Where a launch starts again from the platform, in a new window, when the browser dropped our cookie inside the
 * platform's frame and the platform offers no storage (issue 13). Never the used login request: a platform's login hint
 * is typically good once (Moodle's {@code mod/lti/auth.php} refuses it after). Moodle's hint names its course module,
 * and {@link PlatformQuirks#relaunchUrl} makes its {@code launch.php} URL; for any other platform, the admin's
 * relaunch URL template ({@link org.articlequiz.lti.platform.RelaunchTemplate}) filled in with the claims of the
 * posted id_token, once its signature, issuer, audience and nonce show it is this login's. Empty when neither applies:
 * the page then asks the user to open the activity from the course in a new window.
 */
@ApplicationScoped
public class Relaunches {
    @Inject
    LaunchValidator validator;
    @Inject
    Platforms platforms;

    /** Not in a transaction: reading the platform's key set may wait on the platform (see LaunchValidator#keyInAdvance). */
    public Optional<URI> relaunchUrl(LoginState login, String idToken) {
        Optional<URI> moodle = PlatformQuirks.relaunchUrl(login.loginParameter("iss").orElse(null),
                login.loginParameter("lti_message_hint").orElse(null));
        if (moodle.isPresent()) {
            return moodle;
        }
        Optional<org.articlequiz.lti.platform.RelaunchTemplate> template = platforms.find(login.platform())
                .filter(Platform::enabled).flatMap(Platform::relaunchUrlTemplate);
        if (template.isEmpty() || idToken == null || idToken.isBlank()) {
            return Optional.empty();
        }
        return validator.claimsForRelaunch(idToken, login, validator.keyInAdvance(idToken, login.state()))
                .flatMap(claims -> template.get().expand(values(claims)));
    }

    /** The values a relaunch URL template may name, from a launch's claims. */
    static Map<String, String> values(Map<String, Object> claims) {
        Map<String, String> values = new LinkedHashMap<>();
        LaunchValidator.string(LaunchValidator.map(claims.get(LtiClaims.CONTEXT)).get("id")).ifPresent(v -> values.put("context_id", v));
        LaunchValidator.string(LaunchValidator.map(claims.get(LtiClaims.RESOURCE_LINK)).get("id"))
                .ifPresent(v -> values.put("resource_link_id", v));
        LaunchValidator.string(claims.get(LtiClaims.DEPLOYMENT_ID)).ifPresent(v -> values.put("deployment_id", v));
        LaunchValidator.map(claims.get(LtiClaims.CUSTOM)).forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                values.put("custom:" + name, String.valueOf(value));
            }
        });
        return values;
    }
}
