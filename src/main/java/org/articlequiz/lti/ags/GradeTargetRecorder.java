package org.articlequiz.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.articlequiz.lti.Launched;
import org.articlequiz.lti.LtiLaunch;

/** Remembers, at each launch into a quiz, where that student's grade for it goes. */
@ApplicationScoped
public class GradeTargetRecorder {
    @Inject
    GradeTargets targets;

    void onLaunch(@Observes Launched event) {
        LtiLaunch launch = event.launch();
        if (event.quiz() == null || launch.grades().isEmpty() || !launch.grades().get().canPostScores()) {
            return;
        }
        LtiLaunch.GradeService ags = launch.grades().get();
        targets.remember(new GradeTarget(event.user(), event.quiz(), launch.platform(), launch.deploymentId(),
                launch.subject(), launch.resourceLinkId(), ags.lineItems(), ags.lineItem(), ags.scopes()));
    }
}
