package org.articlequiz.lti.nrps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.lti.Caller;
import org.articlequiz.lti.InMemoryPlatforms;
import org.articlequiz.lti.Role;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.lti.platform.ServiceTokens;
import org.articlequiz.testing.Entities;
import org.articlequiz.testing.TransactionProbe;
import org.articlequiz.user.User;
import org.articlequiz.user.UserId;
import org.articlequiz.user.Users;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, medium: "roster pages run outside any database transaction". The platform's access token and every page
 * of its roster are read while no transaction (and so no pooled connection) is held; a platform paging slowly through
 * a course of 2,000 must not keep a connection of a pool of 20 for each instructor who opens the roster.
 */
class RosterServiceTest {
    private static final URI MEMBERSHIPS = URI.create("https://platform.example.edu/nrps/course-1");
    private final List<String> calledInside = new ArrayList<>();
    private final RosterService service = new RosterService();
    private final User instructor = new User(1, "https://platform.example.edu", "teacher-1", Instant.now());

    RosterServiceTest() {
        Entities.setId(instructor, 7L);
        InMemoryPlatforms platforms = new InMemoryPlatforms();
        platforms.add(new Platform("https://platform.example.edu", "tool", "LMS", new Platform.Endpoints(
                "https://platform.example.edu/auth", "https://platform.example.edu/token", "https://platform.example.edu/jwks",
                null), "sandbox", Instant.now()));
        service.platforms = platforms;
        service.services = new RosterServices() {
            @Override
            public void remember(PlatformId platform, String course, URI membershipsUrl) {
            }

            @Override
            public Optional<Found> find(String issuer, String course) {
                return Optional.of(new Found(new PlatformId(1), MEMBERSHIPS));
            }
        };
        service.users = new Users() {
            @Override
            public Optional<User> find(UserId id) {
                return Optional.of(instructor);
            }

            @Override
            public Optional<User> find(long registration, String subject) {
                return subject.equals("teacher-1") ? Optional.of(instructor) : Optional.empty();
            }

            @Override
            public User findOrCreate(long registration, String issuer, String subject) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<User> findAll(List<UserId> ids) {
                return List.of(instructor);
            }
        };
        service.tokens = new ServiceTokens() {
            @Override
            public String token(Platform platform, Set<String> scopes) {
                TransactionProbe.transactionalCaller().ifPresent(calledInside::add);
                return "access-token";
            }
        };
        service.client = new NrpsClient() {
            @Override
            public List<Member> members(URI membershipsUrl, String token) {
                TransactionProbe.transactionalCaller().ifPresent(calledInside::add);
                return List.of(new Member("teacher-1", "T", null, List.of("Instructor"), "Active", null, false),
                        new Member("learner-1", "L", null, List.of("Learner"), "Active", null, false));
            }
        };
        service.self = service; // the transactional parts, through the CDI proxy in the server
    }

    @Test
    void rosterPagesRunOutsideAnyDatabaseTransaction() {
        Caller caller = new Caller(new UserId(7), Set.of(Role.INSTRUCTOR), "course-1", null);
        List<Member> roster = service.roster(caller, Optional.empty());
        assertEquals(List.of("teacher-1", "learner-1"), roster.stream().map(Member::subject).toList());
        assertEquals(new UserId(7), roster.get(0).user(), "members who launched are matched to our users");
        assertEquals(List.of(), calledInside, "neither the token nor the roster pages are fetched inside a transaction");
    }
}
