package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.platform.DynamicRegistration;

/**
 * LTI Dynamic Registration's tool endpoint: the platform opens it (with our invitation code in the URL the admin
 * pasted); we register and answer a page that tells the platform we are done (3.6.3: {@code org.imsglobal.lti.close}).
 */
@Path("/lti/register")
public class LtiRegistrationResource {
    @Inject
    DynamicRegistration registration;
    @Inject
    Settings settings;
    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response register(@QueryParam("invite") String invite, @QueryParam("openid_configuration") String configuration,
                             @QueryParam("registration_token") String token) {
        DynamicRegistration.Registered done = registration.register(invite, configuration, token, LtiUrls.of(uri, settings));
        return LtiPages.html(LtiPages.page("Article Quiz registered", "<h1>Article Quiz is registered</h1><p>"
                + LtiPages.escape(done.name()) + " can now launch Article Quiz.</p>"
                + "<script>(window.opener||window.parent).postMessage({subject:'org.imsglobal.lti.close'},'*');</script>"));
    }
}
