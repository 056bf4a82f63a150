package org.articlequiz.lti;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryNonces implements UsedNonces {
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    @Override
    public boolean consume(String issuer, String nonce, Instant keepUntil) {
        return used.add(issuer + " " + nonce);
    }

    @Override
    public int purgeExpired(Instant now) {
        return 0;
    }
}
