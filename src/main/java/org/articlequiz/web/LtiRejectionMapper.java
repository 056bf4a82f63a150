package org.articlequiz.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.articlequiz.lti.LaunchCheck;
import org.articlequiz.lti.LaunchRejected;

/**
 * A refused login or launch happens in a browser inside the course page, so it is answered with a short HTML page
 * naming the failed check (and the same problem type in a header for scripts and tests), not with JSON.
 */
@Provider
public class LtiRejectionMapper implements ExceptionMapper<LaunchRejected> {
    private static final System.Logger LOG = System.getLogger(LtiRejectionMapper.class.getName());

    @Override
    public Response toResponse(LaunchRejected e) {
        LOG.log(System.Logger.Level.INFO, "LTI launch refused: " + e.getMessage());
        Response.Status status = e.check() == LaunchCheck.DEPLOYMENT ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED;
        return LtiPages.problemPage(status, e.slug(), LtiPages.rejected("This launch was refused", e.getMessage(), e.check().slug()));
    }
}
