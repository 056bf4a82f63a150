package org.articlequiz.quiz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The time limit of one generation job (issue 11, High 5). The work runs on a thread of its own; the job's worker
 * waits for it at most the limit, and then fails the job with a message naming the limit. Nothing is half-written:
 * the quiz is stored in one transaction after the work returns, which a job over its limit never reaches. The work
 * itself stops at its next progress report ({@link #check}); the NLP library cannot be interrupted in between.
 */
final class JobTimeLimit {
    private final Duration limit;
    private volatile boolean expired;

    JobTimeLimit(Duration limit) {
        this.limit = limit;
    }

    /** The work's result, or {@link Exceeded} once the limit has passed. */
    <T> T run(Supplier<T> work) {
        return run(work, limit, () -> true);
    }

    /**
     * The same, calling {@code heartbeat} every {@code beat} while the work runs (issue 12: the job's lease is renewed
     * so that no other node takes it); if the heartbeat answers false (the lease is gone), the work is stopped and
     * {@link Abandoned} thrown: the job is another node's now, and this one stores nothing.
     */
    <T> T run(Supplier<T> work, Duration beat, java.util.function.BooleanSupplier heartbeat) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, "article-quiz-generation-job");
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    expired = true;
                    thread.interrupt();
                    throw new Exceeded(limit);
                }
                try {
                    return task.get(Math.min(left, beat.toNanos()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (deadline - System.nanoTime() > 0 && !heartbeat.getAsBoolean()) {
                        expired = true;
                        thread.interrupt();
                        throw new Abandoned();
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            expired = true;
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new Exceeded(limit);
        }
    }

    /** Called by the work at each progress report: stops a job that is over its limit. */
    void check() {
        if (expired) {
            throw new Exceeded(limit);
        }
    }

    /** A job whose lease this node lost: another node runs it now. */
    static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("this node no longer holds the job's lease");
        }
    }

    /** A job that ran past its limit. */
    static final class Exceeded extends RuntimeException {
        Exceeded(Duration limit) {
            super("Generation stopped: it ran longer than " + describe(limit)
                    + ", the time limit of one job, and no quiz was stored. Try fewer or shorter articles.");
        }

        private static String describe(Duration d) {
            if (d.toMillis() % 1000 != 0) {
                return d.toMillis() + " ms";
            }
            long seconds = d.toSeconds();
            return seconds % 60 == 0 ? (seconds / 60) + (seconds == 60 ? " minute" : " minutes") : seconds + " seconds";
        }
    }
}
