package org.articlequiz.lti;

import static org.articlequiz.devtools.sandbox.IdTokens.CUSTOM;
import static org.articlequiz.devtools.sandbox.IdTokens.INSTRUCTOR;
import static org.articlequiz.devtools.sandbox.IdTokens.ROLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import org.articlequiz.DomainException;
import org.articlequiz.devtools.sandbox.IdTokens;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.Accommodation;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.InMemoryQuizzes;
import org.articlequiz.testing.Entities;
import org.articlequiz.testing.TransactionProbe;
import org.articlequiz.user.User;
import org.articlequiz.user.UserId;
import org.articlequiz.user.Users;
import org.junit.jupiter.api.Test;

/** From a valid launch to a session: users by (registration, sub), the quiz of the link within its tenant, the event. */
class LaunchServiceTest {
    private final LaunchFixture platform = new LaunchFixture();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryLinks links = new InMemoryLinks();
    private final List<Launched> fired = new ArrayList<>();
    private final Map<Long, Quiz> quizzes = new HashMap<>();
    private final LaunchService service = new LaunchService();

    LaunchServiceTest() {
        service.validator = platform.validator;
        service.users = users;
        service.links = links;
        service.clock = platform.clock;
        service.deepLinkRequests = SessionsOfNoOne.NO_DEEP_LINK_REQUESTS;
        service.sessions = new SessionsOfNoOne();
        service.launched = new RecordingEvent(fired);
        service.quizzes = new InMemoryQuizzes(quizzes);
        quizzes.put(42L, quiz(42));
        service.self = service; // the transactional part, through the CDI proxy in the server
    }

    private LaunchOutcome launch(UnaryOperator<IdTokens> change) {
        LaunchFixture.Login login = platform.login();
        return service.launch(change.apply(platform.token(login)).sign(platform.keys), login.state(), login.browserSecret());
    }

    /**
     * Issue 11, medium: "key-set fetches run outside any database transaction". The platform's key set is read before
     * the launch's transaction begins: a key-set URL that takes its 10 s to answer holds no pooled connection meanwhile.
     */
    @Test
    void keySetFetchesRunOutsideAnyDatabaseTransaction() {
        List<String> fetchedInside = new ArrayList<>();
        platform.onJwksFetch = () -> TransactionProbe.transactionalCaller().ifPresent(fetchedInside::add);
        launch(t -> t);
        assertEquals(1, platform.jwksFetches, "the first launch reads the key set");
        assertEquals(List.of(), fetchedInside, "no transaction is open while the platform's key set is read");
        platform.keys.rotate();
        platform.clock.advance(java.time.Duration.ofSeconds(3));
        launch(t -> t);
        assertEquals(2, platform.jwksFetches, "an unknown kid reads the key set again");
        assertEquals(List.of(), fetchedInside);
    }

    @Test
    void theUserIsTheIssuerAndSubjectAndKeepsTheLatestName() {
        launch(t -> t);
        launch(t -> t.with("name", "Ada King"));
        assertEquals(1, users.all.size());
        User user = users.all.get(0);
        assertEquals(LaunchFixture.ISSUER, user.issuer());
        assertEquals("learner-0001", user.subject());
        assertEquals("Ada King", user.name());
    }

    @Test
    void theCustomQuizIdOpensTheQuizAndTiesTheLink() {
        LaunchOutcome.Resource first = (LaunchOutcome.Resource) launch(t -> t.with(CUSTOM, Map.of("quiz_id", "42")));
        assertEquals(new QuizId(42), first.quiz());
        assertEquals(new QuizId(42), fired.get(0).quiz());
        LaunchOutcome.Resource later = (LaunchOutcome.Resource) launch(t -> t);
        assertEquals(new QuizId(42), later.quiz(), "the link remembers its quiz");
    }

    @Test
    void aQuizOfAnotherTenantDoesNotOpen() {
        links.claim(new QuizId(42), new LtiLinks.Tenant(new PlatformId(99), "elsewhere"));
        DomainException refused = assertThrows(DomainException.class, () -> launch(t -> t.with(CUSTOM, Map.of("quiz_id", "42"))));
        assertEquals("lti-quiz-of-other-tenant", refused.slug());
    }

    @Test
    void aLearnerCannotDeepLink() {
        DomainException refused = assertThrows(DomainException.class, () -> launch(t ->
                IdTokens.validDeepLinking("https://platform.example.edu/return").forLogin(LaunchFixture.ISSUER,
                        LaunchFixture.CLIENT_ID, LaunchFixture.DEPLOYMENT, (String) t.get("nonce"), LaunchFixture.TOOL.toString())
                        .with(ROLES, List.of(IdTokens.LEARNER))));
        assertEquals("instructor-only", refused.slug());
    }

    @Test
    void anInstructorsDeepLinkingLaunchLeadsToThePicker() {
        LaunchOutcome outcome = launch(t -> IdTokens.validDeepLinking("https://platform.example.edu/return")
                .forLogin(LaunchFixture.ISSUER, LaunchFixture.CLIENT_ID, LaunchFixture.DEPLOYMENT, (String) t.get("nonce"),
                        LaunchFixture.TOOL.toString()).with(ROLES, List.of(INSTRUCTOR)));
        assertInstanceOf(LaunchOutcome.DeepLinking.class, outcome);
    }

    static Quiz quiz(long id) {
        Quiz quiz = new Quiz("Cells", "course-1", QuizSettings.defaults(), Instant.now());
        setId(quiz, id);
        return quiz;
    }

    static void setId(Object entity, long id) {
        Entities.setId(entity, id);
    }

    static final class InMemoryUsers implements Users {
        final List<User> all = new ArrayList<>();

        @Override
        public Optional<User> find(UserId id) {
            return all.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public Optional<User> find(long registration, String subject) {
            return all.stream().filter(u -> u.registration().orElse(-1) == registration && u.subject().equals(subject)).findFirst();
        }

        @Override
        public User findOrCreate(long registration, String issuer, String subject) {
            return find(registration, subject).orElseGet(() -> {
                User user = new User(registration, issuer, subject, Instant.now());
                setId(user, all.size() + 1);
                all.add(user);
                return user;
            });
        }

        @Override
        public List<User> findAll(List<UserId> ids) {
            return all.stream().filter(u -> ids.contains(u.id())).toList();
        }
    }

    static final class InMemoryLinks implements LtiLinks {
        final Map<String, QuizId> links = new HashMap<>();
        final Map<QuizId, Tenant> tenants = new HashMap<>();

        @Override
        public Optional<QuizId> quizOf(PlatformId platform, String deploymentId, String resourceLinkId) {
            return Optional.ofNullable(links.get(platform + "/" + deploymentId + "/" + resourceLinkId));
        }

        @Override
        public void bind(PlatformId platform, String deploymentId, String contextId, String resourceLinkId, QuizId quiz) {
            links.put(platform + "/" + deploymentId + "/" + resourceLinkId, quiz);
        }

        @Override
        public Optional<Tenant> tenantOf(QuizId quiz) {
            return Optional.ofNullable(tenants.get(quiz));
        }

        @Override
        public Tenant claim(QuizId quiz, Tenant tenant) {
            return tenants.computeIfAbsent(quiz, q -> tenant);
        }
    }

    record RecordingEvent(List<Launched> fired) implements Event<Launched> {
        @Override
        public void fire(Launched event) {
            fired.add(event);
        }

        @Override
        public <U extends Launched> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Launched> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<Launched> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends Launched> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Launched> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
