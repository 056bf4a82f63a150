package org.articlequiz.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Settings that must not reach production are refused when the application starts, so the deployment fails with a
 * message naming the setting instead of running open (issue 11): a short admin token outside demo mode.
 */
@ApplicationScoped
public class StartupChecks {
    @Inject
    Settings settings;

    void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        check(settings);
    }

    static void check(Settings settings) {
        settings.adminTokenWeakness().ifPresent(weakness -> {
            throw new IllegalStateException("Article Quiz does not start: " + weakness);
        });
    }
}
