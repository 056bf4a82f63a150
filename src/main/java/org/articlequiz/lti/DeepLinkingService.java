package org.articlequiz.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlequiz.DomainException;
import org.articlequiz.lti.jose.KeyRing;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.Platforms;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizService;
import org.articlequiz.quiz.SourceArticle;

/**
 * Deep Linking 2.0: the instructor picks an existing quiz or creates one from articles, and we answer the platform
 * with one {@code ltiResourceLink} content item (4.5.1) whose custom quiz_id later launches open, with a line item so
 * the gradebook column exists from the start.
 */
@ApplicationScoped
public class DeepLinkingService {
    @Inject
    DeepLinkRequests requests;
    @Inject
    Platforms platforms;
    @Inject
    QuizService quizzes;
    @Inject
    LtiLinks links;
    @Inject
    KeyRing keys;
    @Inject
    Clock clock;

    /** What the picker offers: the course's quizzes and those in no course yet (of this tenant), and the articles. */
    public record Choices(List<Quiz> quizzes, List<SourceArticle> articles) {
    }

    @Transactional
    public Choices choices(String requestId, Caller caller) {
        DeepLinkRequest request = open(requestId, caller);
        LtiLinks.Tenant tenant = new LtiLinks.Tenant(request.platform(), request.deploymentId());
        List<Quiz> quizzes = this.quizzes.list(request.contextId()).stream()
                .filter(q -> links.tenantOf(q.id()).map(tenant::equals).orElse(true))
                .toList();
        return new Choices(quizzes, this.quizzes.articles(request.contextId()));
    }

    /**
     * What placing a quiz came to: the answer to the platform, or (issue 13) a question first, because the quiz has no
     * approved item and a student opening it would find nothing to answer.
     */
    public sealed interface Placement {
        record Placed(DeepLinkingResponse response) implements Placement {
        }

        record AsksFirst(long quizId, String title) implements Placement {
        }
    }

    /** Answers with a link to an existing quiz; one with no approved item only once {@code emptyConfirmed}. */
    @Transactional
    public Placement link(String requestId, Caller caller, QuizId quizId, boolean emptyConfirmed, URI launchTarget) {
        DeepLinkRequest request = open(requestId, caller);
        // the picker offers only the course's quizzes, but the id comes back from the browser: check it again (issue 11)
        Quiz quiz = quizzes.get(quizId).requireOpenTo(request.contextId());
        if (quiz.deliverableItems().isEmpty() && !emptyConfirmed) {
            return new Placement.AsksFirst(quiz.id().value(), quiz.title());
        }
        return new Placement.Placed(answer(request, quiz, launchTarget));
    }

    /**
     * Creates a quiz in the course from the chosen articles (the picker's form without scripts: no items written yet),
     * which then asks before it is placed, as any quiz without approved items.
     */
    @Transactional
    public Placement create(String requestId, Caller caller, String title, List<Long> articleIds) {
        DeepLinkRequest request = open(requestId, caller);
        Quiz quiz = quizzes.create(title, Caller.requireCourse(request.contextId()), null, articleIds);
        return new Placement.AsksFirst(quiz.id().value(), quiz.title());
    }

    private DeepLinkRequest open(String requestId, Caller caller) {
        caller.requireInstructor();
        DeepLinkRequest request = requests.find(requestId).filter(r -> r.open(clock.instant()))
                .orElseThrow(() -> DomainException.notFound("deep-linking-request", requestId));
        if (!request.user().equals(caller.user())) {
            throw DomainException.forbidden("lti-deep-link-other-user", "This deep linking request belongs to another user.");
        }
        return request;
    }

    private DeepLinkingResponse answer(DeepLinkRequest request, Quiz quiz, URI launchTarget) {
        LtiLinks.Tenant tenant = new LtiLinks.Tenant(request.platform(), request.deploymentId());
        if (!links.claim(quiz.id(), tenant).equals(tenant)) {
            throw DomainException.forbidden("lti-quiz-of-other-tenant", "This quiz belongs to another platform or deployment.");
        }
        Platform platform = platforms.find(request.platform())
                .orElseThrow(() -> DomainException.notFound("platform", request.platform()));
        Instant now = clock.instant();
        request.answer(now);

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", quiz.title());
        item.put("url", launchTarget.toString());
        item.put("custom", Map.of(LtiClaims.CUSTOM_QUIZ_ID, quiz.id().toString()));
        // a practice quiz is ungraded: no gradebook column (Canvas's practice quizzes have none either)
        if (request.acceptLineItem() && !quiz.settings().practice()) {
            int items = Math.max(1, quiz.deliverableItems().size());
            item.put("lineItem", Map.of("scoreMaximum", items, "label", quiz.title(),
                    "resourceId", "quiz-" + quiz.id(), "tag", "article-quiz"));
        }
        // Deep Linking 2.0, 4.5: the response message, signed by us, iss = our client_id and aud = the platform
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", platform.clientId());
        claims.put("aud", platform.issuer());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(300).getEpochSecond());
        claims.put("nonce", RandomTokens.next());
        claims.put(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE);
        claims.put(LtiClaims.VERSION, LtiClaims.LTI_VERSION);
        claims.put(LtiClaims.DEPLOYMENT_ID, request.deploymentId());
        claims.put(LtiClaims.DL_CONTENT_ITEMS, List.of(item));
        if (request.data() != null) {
            claims.put(LtiClaims.DL_DATA, request.data());
        }
        return new DeepLinkingResponse(request.returnUrl(), keys.sign(claims));
    }
}
