package org.articlequiz.lti.ags;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.articlequiz.config.Settings;

/**
 * The background worker that empties the score outbox: started with the application, it leases due entries every
 * poll interval and hands each to {@link ScoreSender}. Rows survive restarts, and leases make several server nodes
 * share the work without sending a score twice.
 */
@ApplicationScoped
public class OutboxWorker {
    private static final System.Logger LOG = System.getLogger(OutboxWorker.class.getName());
    static final int BATCH = 20;

    @Inject
    OutboxTransitions transitions;
    @Inject
    ScoreSender sender;
    @Inject
    Settings settings;

    private ScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lti-score-outbox");
            t.setDaemon(true);
            return t;
        });
        long poll = settings.outboxPoll().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
        LOG.log(System.Logger.Level.INFO, "Score outbox worker started, polling every " + poll + " ms");
    }

    /** One round; never throws, since a scheduled task that throws is never run again. */
    void tick() {
        try {
            List<Long> due = transitions.leaseDue(BATCH);
            for (long id : due) {
                sender.deliver(id);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Score outbox round failed; next round goes on", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
