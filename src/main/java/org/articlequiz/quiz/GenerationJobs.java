package org.articlequiz.quiz;

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

    /** Jobs that were queued or running when the server last stopped. */
    List<GenerationJob> unfinished();
}
