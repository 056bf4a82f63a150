package org.articlequiz.quiz;

import java.util.List;
import java.util.Optional;

/** All generation jobs. */
public interface GenerationJobs {
    Optional<GenerationJob> find(long id);

    void add(GenerationJob job);

    /** Jobs that were queued or running when the server last stopped. */
    List<GenerationJob> unfinished();
}
