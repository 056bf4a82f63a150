package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.ags.OutboxOverview;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.lti.platform.Registration;
import org.articlequiz.lti.platform.RegistrationService;
import org.articlequiz.lti.platform.ToolEndpoints;

/**
 * The admin API of platform registrations: what the tool's URLs are, add a registration by hand, add and disable
 * deployments, disable a platform, make a Dynamic Registration URL, rotate our keys, see the grade outbox and resend a
 * parked score. Bearer: the admin token (everything), or an administrator's launch session (their own registration:
 * list it, its deployments, enable or disable it, its outbox; see {@code AdminScope}).
 */
@Path("/admin/lti")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminLtiResource {
    @Inject
    RegistrationService registrations;
    @Inject
    OutboxOverview outboxes;
    @Inject
    Settings settings;
    @Context
    UriInfo uri;

    public record PlatformView(long id, String issuer, String clientId, String name, String authUrl, String tokenUrl,
                               String jwksUrl, String tokenAudience, String product, boolean enabled, List<String> deploymentIds,
                               Instant createdAt, String relaunchUrlTemplate) {
        static PlatformView of(Platform p) {
            return new PlatformView(p.id().value(), p.issuer(), p.clientId(), p.name(), p.authUrl().toString(),
                    p.tokenUrl().toString(), p.jwksUrl().toString(), p.tokenAudience().orElse(null), p.product().orElse(null),
                    p.enabled(), p.deploymentIds(), p.createdAt(),
                    p.relaunchUrlTemplate().map(org.articlequiz.lti.platform.RelaunchTemplate::template).orElse(null));
        }
    }

    public record RegistrationBody(@NotBlank String issuer, @NotBlank String clientId, String name, @NotBlank String authUrl,
                                   @NotBlank String tokenUrl, @NotBlank String jwksUrl, String tokenAudience, String product,
                                   @Size(max = 100) List<@NotBlank String> deploymentIds, boolean confirmSharedIssuer) {
    }

    public record DeploymentBody(@NotBlank String deploymentId) {
    }

    public record EnabledBody(boolean enabled) {
    }

    public record RelaunchBody(@Size(max = 2000) String template) {
    }

    public record ToolView(String targetLinkUri, String loginUrl, String launchUrl, String redirectUri, String jwksUrl,
                           String deepLinkingUrl, String dynamicRegistrationUrl) {
    }

    /** The URLs to type into a platform for a manual registration. */
    @GET
    @Path("/tool")
    public ToolView tool(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        registrations.list(bearer(authorization)); // admins only
        ToolEndpoints t = LtiUrls.of(uri, settings);
        return new ToolView(t.toolBase().toString(), t.login().toString(), t.launch().toString(), t.launch().toString(),
                t.jwks().toString(), t.deepLinking().toString(), registrationEndpoint(t).toString());
    }

    @GET
    @Path("/platforms")
    public List<PlatformView> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return registrations.list(bearer(authorization)).stream().map(PlatformView::of).toList();
    }

    @POST
    @Path("/platforms")
    public Response register(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @jakarta.validation.Valid RegistrationBody body) {
        Platform p = registrations.register(bearer(authorization), new Registration(body.issuer(), body.clientId(), body.name(),
                body.authUrl(), body.tokenUrl(), body.jwksUrl(), body.tokenAudience(), body.product(), body.deploymentIds(),
                body.confirmSharedIssuer()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id().value())).build())
                .entity(PlatformView.of(p)).build();
    }

    @POST
    @Path("/platforms/{id}/deployments")
    public PlatformView addDeployment(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
                                      @jakarta.validation.Valid DeploymentBody body) {
        return PlatformView.of(registrations.addDeployment(bearer(authorization), new PlatformId(id), body.deploymentId()));
    }

    @DELETE
    @Path("/platforms/{id}/deployments/{deploymentId}")
    public PlatformView disableDeployment(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                          @PathParam("id") long id, @PathParam("deploymentId") String deploymentId) {
        return PlatformView.of(registrations.disableDeployment(bearer(authorization), new PlatformId(id), deploymentId));
    }

    @PUT
    @Path("/platforms/{id}/enabled")
    public PlatformView enable(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
                               EnabledBody body) {
        return PlatformView.of(registrations.setEnabled(bearer(authorization), new PlatformId(id), body != null && body.enabled()));
    }

    /**
     * Where a launch of this platform starts again in a new window when the browser blocks the tool's cookie in the
     * platform's frame (issue 13; not needed for Moodle): a URL template, for example
     * {@code https://lms.example.edu/courses/{context_id}/links/{resource_link_id}/launch}; blank removes it.
     */
    @PUT
    @Path("/platforms/{id}/relaunch-url")
    public PlatformView relaunchUrl(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id,
                                    @jakarta.validation.Valid RelaunchBody body) {
        return PlatformView.of(registrations.setRelaunchUrlTemplate(bearer(authorization), new PlatformId(id),
                body == null ? null : body.template()));
    }

    public record InvitationView(String registrationUrl) {
    }

    /** A single-use URL for the platform's "register by URL" (Dynamic Registration), valid for a week. */
    @POST
    @Path("/registration-invitations")
    public InvitationView invite(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return new InvitationView(registrations.invite(bearer(authorization), registrationEndpoint(LtiUrls.of(uri, settings))).toString());
    }

    public record RotationView(String nextKeyId) {
    }

    /** Our signing keys: which signs now, and when the next takes over (issue 13). */
    @GET
    @Path("/keys")
    public List<org.articlequiz.lti.jose.KeyRing.KeyState> keys(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return registrations.keys(bearer(authorization));
    }

    /** Starts a key rotation: the new key is published now and signs from an hour on. */
    @POST
    @Path("/keys/rotation")
    public RotationView rotate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return new RotationView(registrations.rotateKeys(bearer(authorization)));
    }

    /** A score waiting for its next try; {@code lastError} is why the last try failed (none before the first). */
    public record PendingView(long id, long platformId, long quizId, long attemptId, long userId, double scoreGiven,
                              double scoreMaximum, int tries, Instant nextTryAt, String lastError, Instant createdAt) {
        static PendingView of(OutboxOverview.Entry e) {
            return new PendingView(e.id(), e.platform().value(), e.quizId(), e.attempt().value(), e.userId(), e.scoreGiven(),
                    e.scoreMaximum(), e.tries(), e.nextTryAt(), e.lastError(), e.createdAt());
        }
    }

    /** A score a person has to look at: the platform refused it, or it failed too often ({@code reason}). */
    public record ParkedView(long id, long platformId, long quizId, long attemptId, long userId, double scoreGiven,
                             double scoreMaximum, int tries, String reason, Instant createdAt) {
        static ParkedView of(OutboxOverview.Entry e) {
            return new ParkedView(e.id(), e.platform().value(), e.quizId(), e.attempt().value(), e.userId(), e.scoreGiven(),
                    e.scoreMaximum(), e.tries(), e.lastError(), e.createdAt());
        }
    }

    /** {@code counts}: PENDING, DELIVERED and PARKED, zeros included; each list holds the newest {@code limit}. */
    public record OutboxView(Map<String, Long> counts, int limit, List<PendingView> pending, List<ParkedView> parked) {
    }

    /** The grade outbox over all platforms, newest first ({@code ?limit=}, 1 to 500, default 100). */
    @GET
    @Path("/outbox")
    public OutboxView outbox(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(OutboxOverview.MAX_LIMIT) int limit) {
        OutboxOverview.Overview o = outboxes.overview(bearer(authorization), limit);
        Map<String, Long> counts = new LinkedHashMap<>();
        o.counts().forEach((state, n) -> counts.put(state.name(), n));
        return new OutboxView(counts, o.limit(), o.pending().stream().map(PendingView::of).toList(),
                o.parked().stream().map(ParkedView::of).toList());
    }

    /** Sends a parked score again (409 {@code not-parked} for any other); answers with it, now pending. */
    @POST
    @Path("/outbox/{id}/resend")
    public PendingView resend(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long id) {
        return PendingView.of(outboxes.resend(bearer(authorization), id));
    }

    private static URI registrationEndpoint(ToolEndpoints t) {
        return URI.create(t.toolBase() + "api/lti/register");
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
    }
}
