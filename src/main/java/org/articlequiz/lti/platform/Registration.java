package org.articlequiz.lti.platform;

import java.util.List;

/** What an admin types to register a platform by hand (or what Dynamic Registration learned). */
public record Registration(String issuer, String clientId, String name, String authUrl, String tokenUrl,
                           String jwksUrl, String tokenAudience, String product, List<String> deploymentIds) {
    public Registration {
        deploymentIds = deploymentIds == null ? List.of() : List.copyOf(deploymentIds);
    }
}
