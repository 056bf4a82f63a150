package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.Caller;
import org.articlequiz.lti.DeepLinkingResponse;
import org.articlequiz.lti.DeepLinkingService;
import org.articlequiz.lti.LaunchSessions;
import org.articlequiz.quiz.QuizId;

/**
 * Deep Linking 2.0 pages: the picker an instructor sees after "add activity", and the answer to the platform, an
 * auto-submitting form that posts the signed {@code JWT} to the platform's deep_link_return_url. The launch session
 * token comes in the form body (these are pages, not API calls with an Authorization header).
 */
@Path("/lti/deep-linking/{request}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class LtiDeepLinkingResource {
    @Inject
    DeepLinkingService deepLinking;
    @Inject
    LaunchSessions sessions;
    @Inject
    Settings settings;
    @Context
    UriInfo uri;

    @POST
    @Path("/picker")
    public Response picker(@PathParam("request") String request, @FormParam("session") String session) {
        Caller caller = caller(session);
        DeepLinkingService.Choices choices = deepLinking.choices(request, caller);
        return LtiPages.html(LtiPages.picker(action(request), LtiUrls.of(uri, settings).toolBase().resolve("app/"), session,
                choices.quizzes().stream().map(q -> new LtiPages.QuizChoice(q.id().value(), q.title(),
                        q.deliverableItems().size())).toList(),
                choices.articles().stream().map(a -> new LtiPages.Choice(a.id(), a.title())).toList()));
    }

    @POST
    public Response answer(@PathParam("request") String request, @FormParam("session") String session,
                           @FormParam("quizId") Long quizId, @FormParam("title") String title,
                           @FormParam("articleId") List<Long> articleIds, @FormParam("confirmEmpty") String confirmEmpty) {
        Caller caller = caller(session);
        var target = LtiUrls.of(uri, settings).toolBase();
        DeepLinkingService.Placement placement = quizId != null
                ? deepLinking.link(request, caller, new QuizId(quizId), "yes".equals(confirmEmpty), target)
                : deepLinking.create(request, caller, title, articleIds);
        if (placement instanceof DeepLinkingService.Placement.AsksFirst asks) {
            return LtiPages.html(LtiPages.confirmEmpty(action(request), session, asks.quizId(), asks.title()));
        }
        DeepLinkingResponse response = ((DeepLinkingService.Placement.Placed) placement).response();
        return LtiPages.html(LtiPages.autoPost(response.returnUrl(), Map.of("JWT", response.jwt()), "Adding the quiz"));
    }

    private java.net.URI action(String request) {
        return uri.getBaseUriBuilder().path("lti/deep-linking").path(request).build();
    }

    private Caller caller(String session) {
        return sessions.authenticate(session == null ? "" : session).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNAUTHENTICATED, "unauthenticated", "The session expired; add the activity again."));
    }
}
