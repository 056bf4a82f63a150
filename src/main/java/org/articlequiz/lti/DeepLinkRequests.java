package org.articlequiz.lti;

import java.util.Optional;

/** Deep linking requests waiting for an answer. */
public interface DeepLinkRequests {
    void add(DeepLinkRequest request);

    Optional<DeepLinkRequest> find(String id);

    /** Deletes requests that expired before {@code now}; returns how many. */
    int purgeExpired(java.time.Instant now);
}
