package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.LoginRedirect;
import org.articlequiz.lti.LoginRequest;
import org.articlequiz.lti.LoginService;
import org.articlequiz.lti.platform.ToolEndpoints;

/**
 * OIDC third-party initiated login (LTI Security Framework 5.1.1), by GET or form POST as the platform likes. Binds
 * the state to the browser with a cookie and, when the platform offers platform storage, there too.
 */
@Path("/lti/login")
public class LtiLoginResource {
    @Inject
    LoginService login;
    @Inject
    Settings settings;
    @Context
    UriInfo uri;

    @GET
    public Response get(@QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
                        @QueryParam("target_link_uri") String target, @QueryParam("lti_message_hint") String messageHint,
                        @QueryParam("client_id") String clientId, @QueryParam("lti_deployment_id") String deploymentId,
                        @QueryParam("lti_storage_target") String storageTarget) {
        return initiate(new LoginRequest(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
                         @FormParam("target_link_uri") String target, @FormParam("lti_message_hint") String messageHint,
                         @FormParam("client_id") String clientId, @FormParam("lti_deployment_id") String deploymentId,
                         @FormParam("lti_storage_target") String storageTarget) {
        return initiate(new LoginRequest(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    private Response initiate(LoginRequest request) {
        ToolEndpoints tool = LtiUrls.of(uri, settings);
        LoginRedirect redirect = login.initiate(request, tool.launch(), tool.toolBase());
        String cookie = stateCookie(redirect.storageKey(), redirect.browserSecret(), tool.launch().getRawPath(), 600);
        if (redirect.storageTarget().isPresent()) {
            return Response.fromResponse(LtiPages.html(LtiPages.putDataThenRedirect(redirect.storageTarget().get(),
                    redirect.platformOrigin(), redirect.storageKey(), redirect.browserSecret(),
                    redirect.authorizationRequest()))).header("Set-Cookie", cookie).build();
        }
        return Response.status(Response.Status.FOUND).location(redirect.authorizationRequest())
                .header("Set-Cookie", cookie).header("Cache-Control", "no-store").build();
    }

    /**
     * The cookie must come back on the platform's cross-site form post to the launch: SameSite=None, hence Secure
     * (browsers accept Secure cookies from http://localhost too), HttpOnly, only for the launch path, ten minutes.
     */
    static String stateCookie(String name, String value, String path, int maxAge) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge + "; HttpOnly; Secure; SameSite=None";
    }
}
