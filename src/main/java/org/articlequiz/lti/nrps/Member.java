package org.articlequiz.lti.nrps;

import java.util.List;
import org.articlequiz.user.UserId;

/**
 * One course member as the platform lists them (NRPS 2.0, 2.2); name and e-mail may be absent.
 *
 * @param user our user for them, or null when they never launched the tool
 */
public record Member(String subject, String name, String email, List<String> roles, String status, UserId user) {
    public Member {
        roles = List.copyOf(roles);
    }

    public boolean active() {
        return status == null || "Active".equalsIgnoreCase(status);
    }
}
