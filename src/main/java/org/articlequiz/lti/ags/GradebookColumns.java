package org.articlequiz.lti.ags;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The gradebook columns (AGS line items) the tool found or created, shared by every server node, so that two nodes
 * sending the first scores of a quiz at once never create its column twice (issue 12). A node that is about to
 * create one claims it first; the claim is exclusive (a row keyed by the column) and lasts until a time, so a claim
 * whose node died ends and another node looks again.
 */
public interface GradebookColumns {
    /** One column: a quiz ({@code resourceId}) in a line item container, for a resource link ("" when none). */
    record Key(URI container, String resourceId, String resourceLinkId) {
        static Key of(OutboxEntry entry) {
            return new Key(entry.lineItems(), "quiz-" + entry.quizId(), entry.resourceLinkId() == null ? "" : entry.resourceLinkId());
        }
    }

    /** The column's line item URL, once a node has recorded it. */
    Optional<URI> recorded(Key key);

    /**
     * Claims the creation of the column for {@code owner} until {@code until}; true if this node may create it now: no
     * column is recorded, and no other node holds an unexpired claim at {@code now}.
     */
    boolean claim(Key key, String owner, Instant now, Instant until);

    /** Records the column's line item URL, found or created; later claims are refused. */
    void record(Key key, URI lineItem);
}
