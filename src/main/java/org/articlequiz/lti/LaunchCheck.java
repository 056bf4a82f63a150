package org.articlequiz.lti;

/**
 * The checks a launch passes, in the order {@link LaunchValidator} makes them, each with where the rule is written.
 * A rejection names the first one that failed, so that an admin can tell a forged launch from a misconfigured one.
 */
public enum LaunchCheck {
    STATE("state", "OIDC Core 3.1.2.7 / RFC 6749 10.12: state issued by us at login, not expired, used once"),
    BROWSER("state-browser", "LTI Security Framework 5.1.1.3: the state is bound to the browser that began the login"),
    JWT("not-a-jwt", "LTI Security Framework 5.1.3: id_token is a signed JWT"),
    ALGORITHM("algorithm", "OIDC Core 3.1.3.7 step 7 / LTI Security Framework 5.1.3 step 7: RS256 only"),
    KEY_ID("key-id", "LTI Security Framework 6.3: kid present and in the platform's key set"),
    SIGNATURE("signature", "OIDC Core 3.1.3.7 step 6: signature by the platform's key"),
    ISSUER("issuer", "OIDC Core 3.1.3.7 step 2: iss exactly the registered issuer"),
    AUDIENCE("audience", "OIDC Core 3.1.3.7 step 3: aud contains our client_id"),
    AUTHORIZED_PARTY("azp", "OIDC Core 3.1.3.7 steps 4-5: azp is our client_id when present or when aud has several values"),
    EXPIRY("expired", "OIDC Core 3.1.3.7 step 9: exp in the future, with clock skew"),
    ISSUED_AT("issued-at", "OIDC Core 3.1.3.7 step 10: iat present, not in the future, not too old"),
    NONCE("nonce", "OIDC Core 3.1.3.7 step 11 / LTI Security Framework 5.1.3 step 9: nonce ours and never used before"),
    VERSION("version", "LTI Core 5.3.3: version is 1.3.0"),
    MESSAGE_TYPE("message-type", "LTI Core 5.3.1: a message type this tool handles"),
    DEPLOYMENT("deployment", "LTI Core 5.3.3 / 3.1.3: deployment_id present and registered"),
    TARGET_LINK_URI("target-link-uri", "LTI Core 5.3.4 / Security Framework 5.1.1.1: target_link_uri as at login"),
    RESOURCE_LINK("resource-link", "LTI Core 5.3.5: resource_link with an id"),
    ROLES("roles", "LTI Core 5.3.7: roles claim present (it may be empty)"),
    SUBJECT("subject", "LTI Core 5.3.6 / OIDC Core 2: sub present, at most 255 characters"),
    SERVICE_URL("service-url", "issue 11: AGS and NRPS URLs on the registration's own hosts (we send our tokens there)"),
    DEEP_LINKING_SETTINGS("deep-linking-settings",
            "Deep Linking 2.0 4.4.1: a deep linking request carries deep_linking_settings with a deep_link_return_url");

    private final String slug;
    private final String rule;

    LaunchCheck(String slug, String rule) {
        this.slug = slug;
        this.rule = rule;
    }

    public String slug() {
        return slug;
    }

    public String rule() {
        return rule;
    }
}
