package org.articlequiz.lti.jose;

import java.util.ArrayList;
import java.util.List;

public final class InMemoryToolKeys implements ToolKeys {
    private final List<ToolKey> keys = new ArrayList<>();

    @Override
    public synchronized List<ToolKey> findAll() {
        return List.copyOf(keys);
    }

    @Override
    public synchronized void add(ToolKey key) {
        keys.add(key);
    }
}
