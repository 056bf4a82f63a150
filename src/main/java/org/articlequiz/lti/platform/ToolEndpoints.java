package org.articlequiz.lti.platform;

import java.net.URI;

/** The URLs of this tool that a platform needs, as browsers and platforms reach them. */
public record ToolEndpoints(URI toolBase, URI login, URI launch, URI jwks, URI deepLinking, URI logo) {
}
