package org.articlequiz.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformCallFailed;
import org.articlequiz.lti.platform.Platforms;
import org.articlequiz.lti.platform.ServiceTokens;

/**
 * Delivers one outbox entry: an access token (refreshed once if a service answers 401), the line item, the score.
 * Then records the outcome: delivered; tried again later (network error, 5xx, 429: after the platform's Retry-After,
 * else with exponential backoff); or parked with the platform's reason (any other 4xx).
 */
@ApplicationScoped
public class ScoreSender {
    private static final System.Logger LOG = System.getLogger(ScoreSender.class.getName());
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** How soon an entry waiting for another node's new gradebook column is tried again. */
    static final Duration COLUMN_WAIT = Duration.ofSeconds(2);

    @Inject
    OutboxTransitions transitions;
    @Inject
    Platforms platforms;
    @Inject
    ServiceTokens tokens;
    @Inject
    AgsClient ags;
    @Inject
    Settings settings;
    private Duration backoffBase;

    protected ScoreSender() {
    }

    public ScoreSender(OutboxTransitions transitions, Platforms platforms, ServiceTokens tokens, AgsClient ags, Duration backoffBase) {
        this.transitions = transitions;
        this.platforms = platforms;
        this.tokens = tokens;
        this.ags = ags;
        this.backoffBase = backoffBase;
    }

    public void deliver(long id) {
        OutboxEntry entry = transitions.pending(id).orElse(null);
        if (entry == null) {
            return;
        }
        Platform platform = platforms.find(entry.platform()).filter(Platform::enabled).orElse(null);
        if (platform == null) {
            transitions.park(id, "The platform registration is gone or disabled.");
            return;
        }
        try {
            boolean sent = withToken(platform, entry, token -> {
                URI lineItem = lineItem(entry, token);
                if (entry.lineItem() == null) {
                    transitions.lineItemFound(id, lineItem);
                    entry.lineItemFound(lineItem); // a retry after a 401 must not create a second one
                }
                ags.matchMaximum(lineItem, entry, token);
                // The lease is renewed right before the score goes out, so it outlasts this one call (20 s at most)
                // by far: no other node can take the entry and send it too. A node that lost its lease sends nothing.
                if (!transitions.renew(id)) {
                    return false;
                }
                ags.postScore(lineItem, entry, token);
                return true;
            });
            if (!sent) {
                LOG.log(System.Logger.Level.INFO, "Score " + id + " not sent: this node's lease on it ended");
                return;
            }
            transitions.delivered(id);
        } catch (PlatformCallFailed failure) {
            switch (failure.kind()) {
                case REJECTED -> transitions.park(id, failure.getMessage());
                case TRANSIENT, UNAUTHORIZED -> transitions.retryAfter(id,
                        failure.retryAfter().orElseGet(() -> backoff(entry.tries())), failure.getMessage());
            }
            LOG.log(System.Logger.Level.INFO, notDelivered(id, failure));
        } catch (RuntimeException unexpected) {
            LOG.log(System.Logger.Level.WARNING, "Score " + id + " failed unexpectedly", unexpected);
            transitions.retryAfter(id, backoff(entry.tries()), String.valueOf(unexpected));
        }
    }

    /**
     * The log line for a score the platform did not take. The platform's answer (its error body) stays in the outbox
     * for the admin: it is the platform's text and may name a student, so the log says only what kind of refusal it
     * was (issue 11: no personal data in logs).
     */
    static String notDelivered(long id, PlatformCallFailed failure) {
        return "Score " + id + " not delivered: " + failure.kind()
                + (failure.status() > 0 ? " (HTTP " + failure.status() + ")" : "");
    }

    /**
     * The entry's line item: the launch's own; else the quiz's column as recorded by any node; else the one the
     * platform's container already holds; else a new one, created by the one node that claimed it (issue 12). A node
     * that finds another's claim tries again shortly, when the column is recorded (or the claim has expired).
     */
    private URI lineItem(OutboxEntry entry, String token) {
        if (entry.lineItem() != null) {
            return entry.lineItem();
        }
        AgsClient.requireContainer(entry);
        GradebookColumns.Key key = GradebookColumns.Key.of(entry);
        Optional<URI> known = transitions.recordedColumn(key);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<URI> found = ags.findLineItem(entry, token);
        if (found.isPresent()) {
            transitions.recordColumn(key, found.get());
            return found.get();
        }
        if (!transitions.claimColumn(key)) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, 0, COLUMN_WAIT,
                    "another server node is creating this quiz's gradebook column");
        }
        URI created = ags.createLineItem(entry, token);
        transitions.recordColumn(key, created);
        return created;
    }

    /** The call with a cached token; on a 401, once more with a new token. */
    private <T> T withToken(Platform platform, OutboxEntry entry, Function<String, T> call) {
        try {
            return call.apply(tokens.token(platform, entry.scopes()));
        } catch (PlatformCallFailed failure) {
            if (failure.kind() != PlatformCallFailed.Kind.UNAUTHORIZED) {
                throw failure;
            }
            tokens.forget(platform, entry.scopes());
            return call.apply(tokens.token(platform, entry.scopes()));
        }
    }

    /** base × 2^tries, at most {@link #MAX_BACKOFF}. */
    Duration backoff(int tries) {
        Duration base = backoffBase != null ? backoffBase : settings.outboxBackoff();
        Duration delay = base.multipliedBy(1L << Math.min(tries, 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
