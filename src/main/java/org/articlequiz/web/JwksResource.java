package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.articlequiz.lti.jose.KeyRing;

/** Our public keys (JWKS), the next key included ahead of use. Platforms cache it; so may proxies, briefly. */
@Path("/lti/jwks")
public class JwksResource {
    @Inject
    KeyRing keys;

    @GET
    @Produces("application/json")
    public Response jwks() {
        return Response.ok(keys.publicJwks()).header("Cache-Control", "public, max-age=300").build();
    }
}
