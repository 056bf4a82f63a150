package org.articlequiz.lti;

import java.net.URI;

/** The signed answer to a deep linking request, to be form-posted by the browser as {@code JWT} to {@code returnUrl}. */
public record DeepLinkingResponse(URI returnUrl, String jwt) {
}
