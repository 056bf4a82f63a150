package org.articlequiz.lti.nrps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.articlequiz.DomainException;
import org.articlequiz.lti.Caller;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.Platforms;
import org.articlequiz.lti.platform.ServiceTokens;
import org.articlequiz.user.User;
import org.articlequiz.user.Users;

/** The roster of the instructor's course, with our user ids for those who have launched the tool. */
@ApplicationScoped
public class RosterService {
    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    @Inject
    RosterServices services;
    @Inject
    Platforms platforms;
    @Inject
    ServiceTokens tokens;
    @Inject
    NrpsClient client;
    @Inject
    Users users;
    @Inject
    org.articlequiz.attempt.Attempts attempts;

    @Inject
    RosterService self;

    /**
     * Asks the platform each time: rosters change while a course runs. With a quiz, each member says whether they have
     * attempted it, so that the instructor sees who has not. The platform's token and roster pages are read outside any
     * database transaction (issue 11): a platform that takes its time paging holds no pooled connection meanwhile.
     */
    public List<Member> roster(Caller caller, java.util.Optional<org.articlequiz.quiz.QuizId> quiz) {
        caller.requireInstructor();
        Lookup lookup = self.lookup(caller);
        String token = tokens.token(lookup.platform(), Set.of(SCOPE));
        List<Member> members;
        try {
            members = client.members(lookup.membershipsUrl(), token);
        } catch (org.articlequiz.lti.platform.PlatformCallFailed e) {
            if (e.kind() != org.articlequiz.lti.platform.PlatformCallFailed.Kind.UNAUTHORIZED) {
                throw e;
            }
            tokens.forget(lookup.platform(), Set.of(SCOPE));
            members = client.members(lookup.membershipsUrl(), tokens.token(lookup.platform(), Set.of(SCOPE)));
        }
        return self.withUsers(lookup.platform().id().value(), members, quiz);
    }

    /**
     * Issue 13: a member of the caller's course as one of our users, by the roster's {@code user_id} (the LTI subject),
     * created before their first launch if need be (the roster gives no user id of ours for them yet), so that an
     * accommodation can be set for them now and applies when they launch. Only a member of the course's roster. The
     * roster is read outside any transaction (issue 11); only the user is written in one.
     */
    public Member member(Caller caller, String subject) {
        caller.requireInstructor();
        Member found = roster(caller, java.util.Optional.empty()).stream().filter(m -> m.subject().equals(subject))
                .findFirst().orElseThrow(() -> DomainException.notFound("course-member", subject));
        if (found.user() != null) {
            return found;
        }
        return self.created(self.lookup(caller).platform(), found);
    }

    /** A roster member who never launched, made one of our users (in a transaction of its own; public for the proxy). */
    @Transactional
    public Member created(Platform platform, Member found) {
        User user = users.findOrCreate(platform.id().value(), platform.issuer(), found.subject());
        user.seen(found.name(), found.email());
        return new Member(found.subject(), found.name(), found.email(), found.roles(), found.status(), user.id(), false);
    }

    /** Where a course's roster is read: the platform and its memberships URL. */
    public record Lookup(Platform platform, java.net.URI membershipsUrl) {
    }

    /**
     * Where the caller's course roster is, and the platform that serves it: read in a transaction of its own (public,
     * since only a public method called through the CDI proxy gets its transaction; not for other callers).
     */
    @Transactional
    public Lookup lookup(Caller caller) {
        User user = users.find(caller.user()).orElseThrow(() -> DomainException.notFound("user", caller.user()));
        if (caller.contextId() == null) {
            throw DomainException.invalid("no-course", "This session was not launched from a course.");
        }
        RosterServices.Found found = services.find(user.issuer(), caller.contextId())
                .orElseThrow(() -> DomainException.notFound("roster-service", caller.contextId()));
        Platform platform = platforms.find(found.platform()).filter(Platform::enabled)
                .orElseThrow(() -> DomainException.notFound("platform", found.platform()));
        return new Lookup(platform, found.membershipsUrl());
    }

    /** The members with our user ids and whether each has attempted the quiz: read in a transaction of its own. */
    @Transactional
    public List<Member> withUsers(long registration, List<Member> members, java.util.Optional<org.articlequiz.quiz.QuizId> quiz) {
        Set<org.articlequiz.user.UserId> attempted = quiz.map(q -> attempts.findAll(q).stream()
                .map(org.articlequiz.attempt.Attempt::student).collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
        return withUsers(registration, members, attempted);
    }

    private List<Member> withUsers(long registration, List<Member> members, Set<org.articlequiz.user.UserId> attempted) {
        return members.stream().map(m -> {
            org.articlequiz.user.UserId user = users.find(registration, m.subject()).map(User::id).orElse(null);
            return new Member(m.subject(), m.name(), m.email(), m.roles(), m.status(), user,
                    user != null && attempted.contains(user));
        }).toList();
    }
}
