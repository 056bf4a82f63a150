package org.articlequiz.cli;

import java.lang.System.Logger.Level;
import org.articlequiz.generator.ProgressListener;

/** Progress of a command-line run, logged (standard error), never mixed into the command's output. */
final class Progress {

    private static final System.Logger LOG = System.getLogger("org.articlequiz.cli");

    private Progress() {
    }

    static ProgressListener toLog() {
        return (done, total, stage) -> LOG.log(Level.INFO, "[{0}/{1}] {2}", done, total, stage);
    }
}
