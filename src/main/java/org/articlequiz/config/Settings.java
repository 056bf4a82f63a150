package org.articlequiz.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of the application, from the environment (MicroProfile Config maps {@code ARTICLEQUIZ_DEMO} to
 * {@code articlequiz.demo}). Nothing here is baked into the WAR; deploy/README.md lists them all.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "articlequiz.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "articlequiz.seeds")
    Optional<String> seedsDirectory;

    @Inject
    @ConfigProperty(name = "articlequiz.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "articlequiz.session-minutes", defaultValue = "480")
    long sessionMinutes;

    @Inject
    @ConfigProperty(name = "articlequiz.lti.outbox-poll-ms", defaultValue = "2000")
    long outboxPollMillis;

    @Inject
    @ConfigProperty(name = "articlequiz.lti.outbox-backoff-ms", defaultValue = "5000")
    long outboxBackoffMillis;

    @Inject
    @ConfigProperty(name = "articlequiz.generation-time-limit-seconds", defaultValue = "600")
    long generationTimeLimitSeconds;

    @Inject
    @ConfigProperty(name = "articlequiz.admin-token")
    Optional<String> adminToken;

    @Inject
    @ConfigProperty(name = "articlequiz.frame-ancestors")
    Optional<String> frameAncestors;

    @Inject
    @ConfigProperty(name = "articlequiz.key-encryption-key")
    Optional<String> keyEncryptionKey;

    /** Demo mode: loads the seed articles and serves the sandbox platform. Never on in production. */
    public boolean demo() {
        return demo;
    }

    /**
     * A folder of articles loaded at start-up, in demo mode only (issue 11: demo-only behaviour is gated on demo mode;
     * seed articles belong to no course and are open to every course).
     */
    public Optional<String> seedsDirectory() {
        return seedsDirectory.filter(s -> demo() && !s.isBlank());
    }

    /** The URL the tool is reached at from browsers and platforms, e.g. https://quiz.example.edu/article-quiz. */
    public Optional<String> publicUrl() {
        return publicUrl.filter(s -> !s.isBlank()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** How long a launch session lasts. */
    public Duration sessionLength() {
        return Duration.ofMinutes(sessionMinutes);
    }

    /** How often the grade passback worker looks for scores to send. */
    public Duration outboxPoll() {
        return Duration.ofMillis(Math.max(100, outboxPollMillis));
    }

    /** The first retry delay of a score a platform did not take; doubled at each further try. */
    public Duration outboxBackoff() {
        return Duration.ofMillis(Math.max(10, outboxBackoffMillis));
    }

    /** The longest one quiz generation job may run; past it, the job fails and stores nothing. */
    public Duration generationTimeLimit() {
        return Duration.ofSeconds(Math.max(1, generationTimeLimitSeconds));
    }

    /** The key (base64 of 32 bytes) our private signing keys are encrypted with in the database; see KeySealer. */
    public Optional<String> keyEncryptionKey() {
        return keyEncryptionKey.filter(s -> !s.isBlank());
    }

    /** The least length of the admin token outside demo mode (what {@code openssl rand -base64 24} gives). */
    public static final int ADMIN_TOKEN_MIN_LENGTH = 32;

    /**
     * Why the admin token is too weak for production (issue 11): shorter than {@link #ADMIN_TOKEN_MIN_LENGTH}, or
     * made of fewer than 8 different characters ("aaaa…", "12121212…"). Empty when it is strong enough, absent, or
     * in demo mode.
     */
    public Optional<String> adminTokenWeakness() {
        Optional<String> token = adminToken();
        if (demo() || token.isEmpty()) {
            return Optional.empty();
        }
        String t = token.get();
        if (t.length() < ADMIN_TOKEN_MIN_LENGTH) {
            return Optional.of("ARTICLEQUIZ_ADMIN_TOKEN has " + t.length() + " characters; outside demo mode it needs at least "
                    + ADMIN_TOKEN_MIN_LENGTH + " (make one with: openssl rand -base64 32).");
        }
        if (t.chars().distinct().count() < 8) {
            return Optional.of("ARTICLEQUIZ_ADMIN_TOKEN repeats a few characters; make a random one with: openssl rand -base64 32.");
        }
        return Optional.empty();
    }

    /** The bearer token of the registrations admin API; without it, only an LTI administrator may use it. */
    public Optional<String> adminToken() {
        return adminToken.filter(s -> !s.isBlank());
    }

    /**
     * More origins allowed to show our pages in a frame ({@code Content-Security-Policy: frame-ancestors}) than the
     * registered platforms' own, e.g. {@code https://school.instructure.com} for Canvas cloud, whose issuer is another
     * host; separated by spaces or commas. Anything that is not an http(s)
     * origin (or a {@code *.} wildcard host) is ignored, so a bad value cannot inject other directives.
     */
    public List<String> frameAncestors() {
        return frameAncestors.stream()
                .flatMap(s -> Arrays.stream(s.split("[\\s,]+")))
                .filter(s -> s.matches("https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?"))
                .distinct()
                .toList();
    }
}
