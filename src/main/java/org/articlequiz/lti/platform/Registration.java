package org.articlequiz.lti.platform;

import java.util.List;

/**
 * What an admin types to register a platform by hand (or what Dynamic Registration learned). {@code
 * confirmSharedIssuer}: the admin confirms that an issuer already registered with another key set is really the same
 * platform again (only the admin token can say so; see {@link RegistrationService#add}).
 */
public record Registration(String issuer, String clientId, String name, String authUrl, String tokenUrl,
                           String jwksUrl, String tokenAudience, String product, List<String> deploymentIds,
                           boolean confirmSharedIssuer) {
    public Registration {
        deploymentIds = deploymentIds == null ? List.of() : List.copyOf(deploymentIds);
    }

    /** A registration that claims no issuer already registered with other keys. */
    public Registration(String issuer, String clientId, String name, String authUrl, String tokenUrl, String jwksUrl,
                        String tokenAudience, String product, List<String> deploymentIds) {
        this(issuer, clientId, name, authUrl, tokenUrl, jwksUrl, tokenAudience, product, deploymentIds, false);
    }
}
