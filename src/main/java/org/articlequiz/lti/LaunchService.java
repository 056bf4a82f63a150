package org.articlequiz.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.Quizzes;
import org.articlequiz.user.User;
import org.articlequiz.user.Users;

/**
 * Turns a validated launch into a session: the user (registration, sub), the quiz the link opens (checked against the
 * tenant), the services' endpoints (through {@link Launched}) and a launch session token for the pages.
 */
@ApplicationScoped
public class LaunchService {
    static final Duration DEEP_LINK_LIFETIME = Duration.ofHours(1);

    @Inject
    LaunchValidator validator;
    @Inject
    Users users;
    @Inject
    Quizzes quizzes;
    @Inject
    LtiLinks links;
    @Inject
    DeepLinkRequests deepLinkRequests;
    @Inject
    LaunchSessions sessions;
    @Inject
    Event<Launched> launched;
    @Inject
    Clock clock;

    @Inject
    LaunchService self;

    /**
     * Validates the launch and opens its session. The platform's key set is read first, outside any transaction
     * (issue 11: a slow or failing key-set URL must not hold a database connection and a transaction while it answers),
     * then everything that reads or writes the database is one transaction ({@link #launch(String, String, String,
     * LaunchValidator.KeyInAdvance)}), which calls no platform.
     */
    public LaunchOutcome launch(String idToken, String state, String browserSecret) {
        return self.launch(idToken, state, browserSecret, validator.keyInAdvance(idToken, state));
    }

    /** The transactional part of {@link #launch(String, String, String)}; public, since only a public method called
     * through the CDI proxy gets its transaction. Not for other callers. */
    @Transactional(dontRollbackOn = {LaunchRejected.class, DomainException.class})
    public LaunchOutcome launch(String idToken, String state, String browserSecret, LaunchValidator.KeyInAdvance key) {
        // a rejected launch still commits: its state and nonce are used up, so the same post cannot be tried again;
        // so does one refused after validation (a learner deep linking, a quiz of another tenant: issue 11), since a
        // rollback would give the state and nonce back and the same post could be sent again
        LtiLaunch launch = validator.validate(idToken, state, browserSecret, key);
        // a user of this registration: the same sub under another registration of the issuer is someone else
        User user = users.findOrCreate(launch.platform().value(), launch.issuer(), launch.subject());
        user.seen(launch.name(), launch.email());

        if (launch.messageType() == LtiLaunch.MessageType.DEEP_LINKING) {
            if (!launch.isInstructor()) {
                throw DomainException.forbidden("instructor-only", "Only an instructor may add a quiz to a course.");
            }
            DeepLinkRequest request = new DeepLinkRequest(RandomTokens.next(), launch, user.id(),
                    clock.instant().plus(DEEP_LINK_LIFETIME));
            deepLinkRequests.add(request);
            launched.fire(new Launched(launch, user.id(), null));
            return new LaunchOutcome.DeepLinking(
                    sessions.open(user.id(), launch.roles(), launch.course(), null), request.id());
        }

        QuizId quiz = quizFor(launch).orElse(null);
        launched.fire(new Launched(launch, user.id(), quiz));
        return new LaunchOutcome.Resource(sessions.open(user.id(), launch.roles(), launch.course(), quiz), quiz,
                launch.isInstructor());
    }

    /**
     * The quiz of this link: the custom quiz_id deep linking put on it (only within the tenant that linked the quiz),
     * else the quiz the link was tied to before.
     */
    private Optional<QuizId> quizFor(LtiLaunch launch) {
        Optional<String> custom = launch.customQuizId();
        if (custom.isPresent()) {
            QuizId quiz;
            try {
                quiz = new QuizId(Long.parseLong(custom.get().strip()));
            } catch (NumberFormatException e) {
                throw DomainException.invalid("lti-custom-quiz", "The link's quiz_id " + custom.get() + " is not a quiz id.");
            }
            if (quizzes.find(quiz).isEmpty()) {
                throw DomainException.notFound("quiz", quiz);
            }
            LtiLinks.Tenant here = new LtiLinks.Tenant(launch.platform(), launch.deploymentId());
            if (!links.claim(quiz, here).equals(here)) {
                throw DomainException.forbidden("lti-quiz-of-other-tenant",
                        "This link names a quiz that belongs to another platform or deployment.");
            }
            links.bind(launch.platform(), launch.deploymentId(), launch.contextId(), launch.resourceLinkId(), quiz);
            return Optional.of(quiz);
        }
        return links.quizOf(launch.platform(), launch.deploymentId(), launch.resourceLinkId());
    }
}
