package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.articlequiz.lti.LaunchSessions;

/**
 * {@code DELETE /api/session}: signs the caller's launch session out (issue 11: sessions are revocable). The token
 * stops working at once on this node and within a minute on every other (see {@link LaunchSessions#revoke}).
 */
@Path("/session")
public class SessionResource {
    @Inject
    LaunchSessions sessions;
    @Inject
    Authentication.CurrentCaller current;

    @DELETE
    public void signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        current.caller(); // 401 without a valid session
        sessions.revoke(authorization.substring(7).strip());
    }
}
