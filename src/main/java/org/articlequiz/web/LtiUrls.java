package org.articlequiz.web;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.platform.ToolEndpoints;

/**
 * The tool's LTI URLs as platforms and browsers reach them: from {@code articlequiz.public-url} when set (behind a
 * proxy the request's own URL is not the public one), else from the request.
 */
final class LtiUrls {
    private LtiUrls() {
    }

    static ToolEndpoints of(UriInfo uri, Settings settings) {
        String root = settings.publicUrl().orElseGet(() -> {
            String api = uri.getBaseUri().toString(); // …/article-quiz/api/
            String withoutSlash = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
            return withoutSlash.substring(0, withoutSlash.lastIndexOf('/'));
        });
        return new ToolEndpoints(URI.create(root + "/"), URI.create(root + "/api/lti/login"),
                URI.create(root + "/api/lti/launch"), URI.create(root + "/api/lti/jwks"),
                URI.create(root + "/api/lti/deep-linking"), URI.create(root + "/icon.png"));
    }
}
