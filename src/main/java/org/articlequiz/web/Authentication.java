package org.articlequiz.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.articlequiz.DomainException;
import org.articlequiz.lti.Caller;
import org.articlequiz.lti.LaunchSessions;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.Quizzes;

/**
 * Reads the launch session's bearer token ({@code Authorization: Bearer …}) into the request's {@link Caller}.
 * Resources that need a caller ask {@link #caller()}; a missing or expired token is a 401 problem.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Authentication implements ContainerRequestFilter {

    @Inject
    LaunchSessions sessions;
    @Inject
    CurrentCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            current.set(sessions.authenticate(header.substring(7).strip()));
        }
    }

    /** The caller of the current request. */
    @RequestScoped
    public static class CurrentCaller {
        @Inject
        Quizzes quizzes;
        private Optional<Caller> caller = Optional.empty();

        // A method, not a field write: the filter holds a client proxy, and fields of a proxy are not the bean's.
        void set(Optional<Caller> caller) {
            this.caller = caller;
        }

        public Caller caller() {
            return caller.orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED, "unauthenticated",
                    "This needs a launch session: open the quiz from your course, or send Authorization: Bearer <token>."));
        }

        public Caller instructor() {
            return caller().requireInstructor();
        }

        /**
         * The caller, if the quiz is open to their course ({@link Quiz#isOpenTo}): a launch session is for one course,
         * and a quiz id from another course is refused even when it is guessed. A student reaches only the quiz of
         * their launch, and a student whose launch named no quiz (course navigation) none at all (issue 11), so a quiz
         * the instructor has not put in the course yet stays out of reach. An unknown quiz is a 404.
         */
        public Caller inCourseOf(QuizId quiz) {
            Caller caller = caller();
            quizzes.requireOpenTo(quiz, caller.contextId());
            if (!caller.isInstructor() && !quiz.equals(caller.quiz())) {
                throw DomainException.forbidden("other-quiz", caller.quiz() == null
                        ? "This session was opened from the course, not for a quiz; open quiz " + quiz + " from its own link in the course."
                        : "This session was opened for quiz " + caller.quiz() + "; open quiz " + quiz + " from its own link in the course.");
            }
            return caller;
        }

        /** An instructor of the quiz's course (see {@link #inCourseOf}). */
        public Caller instructorOf(QuizId quiz) {
            return inCourseOf(quiz).requireInstructor();
        }
    }
}
