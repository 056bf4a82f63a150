package org.articlequiz.attempt;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes attempts that students abandoned once their time is up, so their grades reach the gradebook without
 * anyone opening them again. Each attempt is closed at its own end time (see {@link Attempt}), not at sweep time.
 */
@ApplicationScoped
public class ExpiredAttemptsSweeper {
    private static final System.Logger LOG = System.getLogger(ExpiredAttemptsSweeper.class.getName());

    @Inject
    AttemptService service;
    private ScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "article-quiz-expired-attempts");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    void sweep() {
        try {
            for (AttemptId id : service.expiredAttempts(200)) {
                service.closeExpired(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing expired attempts failed; will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
