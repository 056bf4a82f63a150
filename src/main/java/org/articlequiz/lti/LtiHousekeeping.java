package org.articlequiz.lti;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.articlequiz.lti.jose.KeyRing;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes what the launch protocol no longer needs: expired login states, nonces whose tokens expired long ago (a
 * replay of those fails on exp anyway), expired deep linking requests, expired launch sessions (issue 11: a session
 * table that only grows); and rotates our signing key every 90 days.
 * Every ten minutes, on every node (deletes of expired rows are idempotent; two nodes rotating at once would only
 * publish two successors, the newer of which signs).
 */
@ApplicationScoped
public class LtiHousekeeping {
    private static final System.Logger LOG = System.getLogger(LtiHousekeeping.class.getName());
    /** Our signing key is rotated (with overlap) when it is older than this. */
    static final java.time.Duration KEY_MAX_AGE = java.time.Duration.ofDays(90);

    @Inject
    LoginStates states;
    @Inject
    UsedNonces nonces;
    @Inject
    DeepLinkRequests deepLinkRequests;
    @Inject
    LaunchSessions sessions;
    @Inject
    Clock clock;
    @Inject
    KeyRing keys;
    @Inject
    LtiHousekeeping self;

    private ScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lti-housekeeping");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                self.purge();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "LTI housekeeping failed; next round goes on", e);
            }
        }, 1, 10, TimeUnit.MINUTES);
    }

    @Transactional
    public void purge() {
        var now = clock.instant();
        int purged = states.purgeExpired(now) + nonces.purgeExpired(now) + deepLinkRequests.purgeExpired(now)
                + sessions.purgeExpired(now);
        if (keys.rotateIfOlderThan(KEY_MAX_AGE)) {
            LOG.log(System.Logger.Level.INFO, "Started the scheduled rotation of our LTI signing key");
        }
        if (purged > 0) {
            LOG.log(System.Logger.Level.DEBUG, "LTI housekeeping deleted " + purged + " expired rows");
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
