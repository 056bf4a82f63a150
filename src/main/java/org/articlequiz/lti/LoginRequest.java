package org.articlequiz.lti;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The third-party initiated login parameters (LTI Security Framework 5.1.1.1, LTI Core 4.1, Client Side postMessages). */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String ltiMessageHint,
                           String clientId, String deploymentId, String storageTarget) {

    /** The parameters again as a query string, for starting the same login from a new window. */
    public String toQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", issuer);
        params.put("login_hint", loginHint);
        params.put("target_link_uri", targetLinkUri);
        params.put("lti_message_hint", ltiMessageHint);
        params.put("client_id", clientId);
        params.put("lti_deployment_id", deploymentId);
        return params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
