package org.articlequiz.lti.nrps;

import java.util.List;
import org.articlequiz.user.UserId;

/**
 * One course member as the platform lists them (NRPS 2.0, 2.2); name and e-mail may be absent.
 *
 * @param user      our user for them, or null when they never launched the tool
 * @param attempted whether they have an attempt at the quiz asked about (false when no quiz was asked about)
 */
public record Member(String subject, String name, String email, List<String> roles, String status, UserId user,
                     boolean attempted) {
    public Member {
        roles = List.copyOf(roles);
    }

    public boolean active() {
        return status == null || "Active".equalsIgnoreCase(status);
    }
}
