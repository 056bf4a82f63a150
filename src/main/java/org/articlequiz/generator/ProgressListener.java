package org.articlequiz.generator;

/** Told after each step of a generation run, so a caller can show a progress bar. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total, stage) -> { };

    /**
     * @param done steps finished so far
     * @param total steps in the whole run
     * @param stage what is being done, for display ("reading 001.txt", "picking distractors")
     */
    void progress(int done, int total, String stage);
}
