package org.articlequiz.lti.nrps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.articlequiz.lti.Launched;

/** Remembers each course's memberships URL as launches bring it. */
@ApplicationScoped
public class RosterRecorder {
    @Inject
    RosterServices services;

    void onLaunch(@Observes Launched event) {
        var launch = event.launch();
        if (launch.course() != null) {
            launch.memberships().ifPresent(url -> services.remember(launch.platform(), launch.course(), url));
        }
    }
}
