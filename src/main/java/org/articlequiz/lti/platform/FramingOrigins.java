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
 * in their frame ({@code Content-Security-Policy: frame-ancestors}). Read at most twice a minute: every page answer
 * asks, and a new registration need not take effect faster than that.
 *
 * <p>Where a platform's course pages live on another host than its issuer (Canvas cloud: issuer
 * {@code https://canvas.instructure.com}, pages at {@code https://school.instructure.com}), the admin adds that
 * origin with the {@code ARTICLEQUIZ_FRAME_ANCESTORS} setting.
 */
@ApplicationScoped
public class FramingOrigins {
    private static final Duration FRESH = Duration.ofSeconds(30);

    @Inject
    Platforms platforms;
    @Inject
    Clock clock;

    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

    private record Snapshot(List<String> origins, Instant readAt) {
    }

    public List<String> origins() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        // Nothing registered yet is not kept: the first registration must frame at once (the admin's first launch).
        if (s.origins().isEmpty() || now.isAfter(s.readAt().plus(FRESH))) {
            s = new Snapshot(read(), now);
            snapshot = s;
        }
        return s.origins();
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
