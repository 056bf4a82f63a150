package org.articlequiz.lti;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * Launch sessions for unit tests: a session's token names its user, no token authenticates, and purges are counted.
 * With {@link #NO_DEEP_LINK_REQUESTS}, deep linking requests that are never kept.
 */
final class SessionsOfNoOne implements LaunchSessions {
    final List<Instant> purges = new ArrayList<>();

    static final DeepLinkRequests NO_DEEP_LINK_REQUESTS = new DeepLinkRequests() {
        @Override
        public void add(DeepLinkRequest request) {
        }

        @Override
        public Optional<DeepLinkRequest> find(String id) {
            return Optional.empty();
        }

        @Override
        public int purgeExpired(Instant now) {
            return 0;
        }
    };

    @Override
    public String open(UserId user, Set<Role> roles, String contextId, QuizId quiz) {
        return "session-of-" + user;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        return Optional.empty();
    }

    @Override
    public void revoke(String token) {
    }

    @Override
    public int purgeExpired(Instant now) {
        purges.add(now);
        return 0;
    }
}
