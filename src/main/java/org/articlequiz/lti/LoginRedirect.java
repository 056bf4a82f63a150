package org.articlequiz.lti;

import java.net.URI;
import java.util.Optional;

/**
 * Where login initiation sends the browser, and the browser secret that binds the state to it: set in a cookie and,
 * when the platform offers one, also put into platform storage ({@code storageTarget}, posting to {@code platformOrigin}).
 */
public record LoginRedirect(URI authorizationRequest, String state, String browserSecret,
                            Optional<String> storageTarget, String platformOrigin) {

    /** The key under which the browser secret is kept in platform storage and cookies. */
    public String storageKey() {
        return storageKey(state);
    }

    public static String storageKey(String state) {
        return "aq_state_" + RandomTokens.sha256(state).substring(0, 16);
    }
}
