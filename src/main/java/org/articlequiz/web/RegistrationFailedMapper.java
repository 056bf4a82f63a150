package org.articlequiz.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.articlequiz.lti.platform.RegistrationFailed;

/**
 * A Dynamic Registration the platform refused or could not serve is a 502 page naming the platform's reason (the
 * registration runs in the platform's window, where an admin reads it), not a 500 without one.
 */
@Provider
public class RegistrationFailedMapper implements ExceptionMapper<RegistrationFailed> {
    private static final System.Logger LOG = System.getLogger(RegistrationFailedMapper.class.getName());

    @Override
    public Response toResponse(RegistrationFailed e) {
        LOG.log(System.Logger.Level.INFO, "Dynamic Registration failed: " + e.getMessage());
        return LtiPages.problemPage(Response.Status.BAD_GATEWAY, "registration-failed", LtiPages.page("Registration failed",
                "<h1>Article Quiz could not register with the platform</h1><p>" + LtiPages.escape(e.getMessage())
                        + "</p><p>Nothing was stored; the registration URL can be used again.</p>"));
    }
}
