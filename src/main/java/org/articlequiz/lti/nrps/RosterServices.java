package org.articlequiz.lti.nrps;

import java.net.URI;
import java.util.Optional;
import org.articlequiz.lti.platform.PlatformId;

/** The memberships URL of each course, from the latest launch that carried the NRPS claim. */
public interface RosterServices {
    void remember(PlatformId platform, String course, URI membershipsUrl);

    /** The course's service, for the platform of that issuer where the user launched. */
    Optional<Found> find(String issuer, String course);

    record Found(PlatformId platform, URI membershipsUrl) {
    }
}
