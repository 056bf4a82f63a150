package org.articlequiz.lti.ags;

/** Where a score on its way to a gradebook is. */
public enum OutboxState {
    /** Waiting for its next try. */
    PENDING,
    /** The platform accepted it (2xx). */
    DELIVERED,
    /** The platform refused it (4xx other than 401, 408, 429), or it failed too often: a person has to look. */
    PARKED,
    /**
     * A newer score of the same student and quiz was queued before this one went out (issue 11): never sent, since
     * the platform keeps the newest score and an older one sent after it would be refused or, worse, taken.
     */
    SUPERSEDED
}
