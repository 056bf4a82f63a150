package org.articlequiz.lti.ags;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link GradebookColumns} as the table behaves, for unit tests: one claim at a time, until it expires or is recorded. */
public final class InMemoryGradebookColumns implements GradebookColumns {
    private record Row(URI lineItem, String owner, Instant until) {
    }

    private final Map<Key, Row> rows = new HashMap<>();

    @Override
    public synchronized Optional<URI> recorded(Key key) {
        return Optional.ofNullable(rows.get(key)).map(Row::lineItem);
    }

    @Override
    public synchronized boolean claim(Key key, String owner, Instant now, Instant until) {
        Row row = rows.get(key);
        if (row != null && (row.lineItem() != null || row.until().isAfter(now))) {
            return false;
        }
        rows.put(key, new Row(null, owner, until));
        return true;
    }

    @Override
    public synchronized void record(Key key, URI lineItem) {
        rows.put(key, new Row(lineItem, null, null));
    }
}
