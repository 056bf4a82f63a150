package org.articlequiz.lti.jose;

import java.io.IOException;
import java.net.URI;

/** Reads a JWKS document over HTTP. A seam so that tests serve key sets without a network. */
@FunctionalInterface
public interface JwksFetcher {
    String fetch(URI jwksUrl) throws IOException, InterruptedException;
}
