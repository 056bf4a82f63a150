package org.articlequiz.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All generation jobs. */
public interface GenerationJobs {
    Optional<GenerationJob> find(long id);

    void add(GenerationJob job);

    /**
     * How many of course {@code contextId}'s jobs are queued or running; holds the course's job queue (a database lock
     * until the transaction ends), so that two submissions racing cannot both pass the course's quota.
     */
    int unfinishedIn(String contextId);

    /** The job, its row locked until the transaction ends (the one node that holds it ends it). */
    Optional<GenerationJob> findForUpdate(long id);

    /**
     * Leases to {@code owner} until {@code until} the oldest unfinished job no node holds (never leased, or its lease
     * ended at {@code now}: its node died), passing over rows another node is leasing at this moment
     * ({@code for update skip locked}). Empty when there is none.
     */
    Optional<Long> leaseNext(String owner, Instant now, Instant until);

    /** Extends {@code owner}'s lease on the job; false if it no longer holds it at {@code now}. */
    boolean renew(long id, String owner, Instant now, Instant until);

    /** Unfinished jobs (queued, or running on some node). */
    List<GenerationJob> unfinished();
}
