package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.LaunchCheck;
import org.articlequiz.lti.LaunchOutcome;
import org.articlequiz.lti.LaunchRejected;
import org.articlequiz.lti.LaunchService;
import org.articlequiz.lti.LoginRedirect;
import org.articlequiz.lti.LoginService;
import org.articlequiz.lti.LoginState;
import org.articlequiz.lti.Relaunches;
import org.articlequiz.lti.platform.ToolEndpoints;

/**
 * The launch (the redirect_uri of the OIDC flow): the platform's auto-submitted form with id_token and state.
 * The browser's secret comes from the state cookie or, where cookies are blocked, from platform storage. An accepted
 * launch leads to the pages with a launch session token in the URL fragment (never sent to a server, never a
 * cookie): {@code <tool>/app/launch.html#session=…&quiz=…&role=…}, or to the deep linking picker.
 */
@Path("/lti/launch")
public class LtiLaunchResource {
    @Inject
    LaunchService launches;
    @Inject
    LoginService logins;
    @Inject
    Relaunches relaunches;
    @Inject
    Settings settings;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state,
                           @FormParam("platform_storage_secret") String storedSecret,
                           @FormParam("error") String error, @FormParam("error_description") String errorDescription) {
        if (error != null) {
            // OIDC Core 3.1.2.6: the platform could not authenticate the user (e.g. login_required)
            return Response.status(Response.Status.UNAUTHORIZED).type(LtiPages.HTML).entity(LtiPages.rejected(
                    "The course platform did not sign you in", error + (errorDescription == null ? "" : ": " + errorDescription),
                    null)).build();
        }
        ToolEndpoints tool = LtiUrls.of(uri, settings);
        if (storedSecret != null && !storedSecret.isBlank() && !postedByOurOwnPage(tool)) {
            // login CSRF (issue 11): only our own storage page posts the secret; another site posting someone's state,
            // token and secret would sign this browser in as them
            throw new LaunchRejected(LaunchCheck.BROWSER, "The browser's secret was posted by a page of another site.");
        }
        String secret = Optional.ofNullable(storedSecret).filter(s -> !s.isBlank()).orElseGet(() -> cookie(state));
        if (secret == null) {
            Optional<LoginState> pending = logins.pending(state);
            if (pending.isPresent()) {
                Optional<URI> relaunch = relaunches.relaunchUrl(pending.get(), idToken);
                if (pending.get().storageTarget() != null) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("id_token", idToken == null ? "" : idToken);
                    fields.put("state", state);
                    // same-origin: its post to us carries our Origin (no-referrer would make it "null")
                    return Response.fromResponse(LtiPages.html(LtiPages.getDataThenPost(pending.get().storageTarget(),
                            logins.platformOrigin(pending.get()), LoginRedirect.storageKey(state), tool.launch(), fields, relaunch)))
                            .header("Referrer-Policy", "same-origin").build();
                }
                return Response.status(Response.Status.UNAUTHORIZED).type(LtiPages.HTML).entity(LtiPages.page(
                        "Blocked cookies", LtiPages.blocked(relaunch, false))).build();
            }
        }
        LaunchOutcome outcome = launches.launch(idToken, state, secret);
        String clear = LtiLoginResource.stateCookie(LoginRedirect.storageKey(state == null ? "" : state), "",
                tool.launch().getRawPath(), 0);
        if (outcome instanceof LaunchOutcome.DeepLinking dl) {
            // the session token travels in a form body, never in a URL that ends up in logs
            return Response.fromResponse(LtiPages.html(LtiPages.autoPost(URI.create(tool.deepLinking() + "/" + dl.requestId()
                    + "/picker"), Map.of("session", dl.sessionToken()), "Add a quiz"))).header("Set-Cookie", clear).build();
        }
        LaunchOutcome.Resource resource = (LaunchOutcome.Resource) outcome;
        String fragment = "session=" + resource.sessionToken()
                + (resource.quiz() == null ? "" : "&quiz=" + resource.quiz())
                + "&role=" + (resource.instructor() ? "instructor" : "learner");
        return Response.seeOther(URI.create(tool.toolBase() + "app/launch.html#" + fragment)).header("Set-Cookie", clear)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * The post came from a page of our own origin, as the browser says: Fetch Metadata where the browser sends it
     * (pages cannot set it), else the Origin header. (Our pages' {@code Referrer-Policy: no-referrer} makes browsers
     * send {@code Origin: null} even for our own posts, so the storage page relaxes it to same-origin.)
     */
    private boolean postedByOurOwnPage(ToolEndpoints tool) {
        String site = headers.getHeaderString("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String ours = tool.launch().getScheme() + "://" + tool.launch().getRawAuthority();
        return ours.equalsIgnoreCase(headers.getHeaderString("Origin"));
    }

    private String cookie(String state) {
        if (state == null) {
            return null;
        }
        Cookie c = headers.getCookies().get(LoginRedirect.storageKey(state));
        return c == null || c.getValue().isBlank() ? null : c.getValue();
    }
}
