package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The web origins of the enabled registered platforms (their issuer and authorization URL), which may show our pages
 * in their frame ({@code Content-Security-Policy: frame-ancestors}). Kept for half a minute, since every framed answer
 * asks; read again at once when an unknown page asks to frame us (a platform registered a moment ago).
 *
 * <p>Where a platform's course pages live on another host than its issuer (Canvas cloud: issuer
 * {@code https://canvas.instructure.com}, pages at {@code https://school.instructure.com}), the admin adds that
 * origin with the {@code ARTICLEQUIZ_FRAME_ANCESTORS} setting.
 */
@ApplicationScoped
public class FramingOrigins {
    private static final Duration FRESH = Duration.ofSeconds(30);
    private static final Duration RETRY = Duration.ofSeconds(2);

    @Inject
    Platforms platforms;
    @Inject
    Clock clock;

    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);
    private volatile Instant lastMiss = Instant.EPOCH;

    private record Snapshot(List<String> origins, Instant readAt) {
    }

    /**
     * The origins, read again when they are stale or when the page asking to frame us ({@code likelyFramer}, from the
     * request's Referer) is not among them: a platform registered a moment ago frames at once. Re-reads for unknown
     * framers happen at most every {@link #RETRY}, so strangers cannot flood the database. No platform registered is
     * an answer like any other and is kept as long: re-reading it on every request cost a query per request (every
     * saved answer) on a server that had no platform yet.
     */
    public List<String> origins(String likelyFramer) {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        boolean unknownFramer = likelyFramer != null && !s.origins().contains(likelyFramer) && now.isAfter(lastMiss.plus(RETRY));
        if (unknownFramer) {
            lastMiss = now;
        }
        if (unknownFramer || now.isAfter(s.readAt().plus(FRESH))) {
            s = new Snapshot(read(), now);
            snapshot = s;
        }
        return s.origins();
    }

    /** The web origin (scheme, host, port) of a URL, if it is an http(s) URL. */
    public static Optional<String> originOf(String url) {
        try {
            return url == null ? Optional.empty() : origin(URI.create(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // No transaction of its own: a read-only query through the container's entity manager needs none, and the
    // entities (only their issuer and authorization URL are read) are not kept.
    private List<String> read() {
        Set<String> origins = new LinkedHashSet<>();
        for (Platform p : platforms.findAll()) {
            if (p.enabled()) {
                origin(URI.create(p.issuer())).ifPresent(origins::add);
                origin(p.authUrl()).ifPresent(origins::add);
            }
        }
        return List.copyOf(origins);
    }

    private static Optional<String> origin(URI uri) {
        String scheme = uri.getScheme();
        if (uri.getHost() == null || scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }
}
