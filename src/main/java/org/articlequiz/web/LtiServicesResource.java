package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.lti.ags.GradebookStatus;
import org.articlequiz.lti.nrps.Member;
import org.articlequiz.lti.nrps.RosterService;
import org.articlequiz.quiz.QuizId;

/**
 * What the pages ask about the platform's services: whether the gradebook confirmed a score, the scores it refused,
 * and the course roster.
 */
@Path("/lti")
@Produces(MediaType.APPLICATION_JSON)
public class LtiServicesResource {
    @Inject
    GradebookStatus gradebook;
    @Inject
    RosterService rosters;
    @Inject
    Authentication.CurrentCaller current;

    /** The student's line: PENDING, DELIVERED (the gradebook confirmed), PARKED (with why) or NOT_SENT. */
    @GET
    @Path("/gradebook/attempts/{attempt}")
    public GradebookStatus.Delivery attempt(@PathParam("attempt") long attempt) {
        return gradebook.ofAttempt(new AttemptId(attempt), current.caller());
    }

    @GET
    @Path("/gradebook/quizzes/{quiz}/parked")
    public List<GradebookStatus.Parked> parked(@PathParam("quiz") long quiz) {
        return gradebook.parked(new QuizId(quiz), current.caller());
    }

    /** An instructor sends a parked score again. */
    @POST
    @Path("/gradebook/scores/{id}/retry")
    public GradebookStatus.Delivery retry(@PathParam("id") long id) {
        return gradebook.retry(id, current.caller());
    }

    public record MemberView(String subject, String name, String email, List<String> roles, String status, Long userId,
                             boolean attempted) {
    }

    /**
     * The course roster (NRPS), with our user id for members who have launched the tool; with {@code ?quiz=}, whether
     * each has attempted that quiz.
     */
    @GET
    @Path("/roster")
    public List<MemberView> roster(@jakarta.ws.rs.QueryParam("quiz") Long quiz) {
        return rosters.roster(current.caller(), java.util.Optional.ofNullable(quiz).map(QuizId::new)).stream()
                .map((Member m) -> new MemberView(m.subject(), m.name(), m.email(), m.roles(), m.status(),
                        m.user() == null ? null : m.user().value(), m.attempted())).toList();
    }
}
