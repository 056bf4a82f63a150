package org.articlequiz.attempt;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlequiz.DomainException;

/**
 * Group commit for saved answers. A class of 500 answering at once sends hundreds of saves a second, each a
 * one-row upsert; one transaction per save spends most of the database's time on BEGIN, COMMIT and the WAL flush,
 * and holds a pooled connection per request. Here each save joins a queue; a writer takes whatever has queued
 * (up to {@link #BATCH_LIMIT}), stores it with one statement in one transaction ({@link AttemptService#store}), and
 * only after that commit completes each save's future, so an answer is still acknowledged only once it is committed.
 * Under light load a batch is one save and nothing waits; under heavy load the batches grow by themselves.
 *
 * <p>{@link #WRITERS} writers run at once, so one batch is being collected while another is in the database. A
 * batch holds at most one save per attempt and item (an upsert touches a row once per statement); a second save
 * of the same answer waits for the next batch. If a batch fails as a whole (a deadlock, a lost connection), every
 * save in it is retried alone, so one bad save cannot fail the others; but a batch that lost its database connection
 * fails as a whole at once (503, which the page retries), since 256 saves retried one by one against a database that
 * is gone would only hold everyone up. Acknowledgements are written by a small pool of their own, so writing
 * responses never delays the next batch; its queue is bounded too.
 *
 * <p>Issue 11: a writer that dies (an {@link Error} out of the driver, say) fails its batch and starts again; a save
 * that waits longer than {@link #pendingLimit} is answered 503 (a retry is idempotent: same {@code seq}).
 */
@ApplicationScoped
public class AnswerWriter {
    static final int BATCH_LIMIT = 256;
    static final int WRITERS = 2;
    static final int QUEUE_LIMIT = 20_000;
    private static final System.Logger LOG = System.getLogger(AnswerWriter.class.getName());

    private record Pending(AnswerSave save, CompletableFuture<SaveOutcome> done) {
    }

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_LIMIT);
    /** How long a save may wait for its commit before it is answered 503 (the page retries; a retry is idempotent). */
    Duration pendingLimit = Duration.ofSeconds(20);
    /** How many committed saves may wait for their acknowledgement to be written before more are answered 503. */
    int acknowledgementLimit = QUEUE_LIMIT;

    @Inject
    AttemptService service;

    private ExecutorService writers;
    private ExecutorService acknowledgers;
    /**
     * One thread that answers 503 to saves waiting longer than {@link #pendingLimit}; a save's timer is cancelled (and
     * removed) once the save is answered. Issue 12: {@code CompletableFuture.delayedExecutor} ran each timer in a new
     * thread on machines of two cores or fewer (its common pool has one thread there, so it starts a thread per task):
     * a class saving 1,800 answers a second started 1,800 threads a second, 20 s later, to find each save answered,
     * and its timer queue held 36,000 entries.
     */
    private ScheduledThreadPoolExecutor timers;
    private volatile boolean running;
    /** Writers in their loop right now: {@link #WRITERS} when the node is healthy (issue 12: liveness). */
    private final AtomicInteger writing = new AtomicInteger();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        running = true;
        writers = Executors.newFixedThreadPool(WRITERS, named("article-quiz-answer-writer"));
        acknowledgers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(acknowledgementLimit), named("article-quiz-answer-ack"));
        timers = new ScheduledThreadPoolExecutor(1, named("article-quiz-answer-timeout"));
        timers.setRemoveOnCancelPolicy(true);
        for (int i = 0; i < WRITERS; i++) {
            writers.submit(this::supervised);
        }
    }

    /** One writer; if it ever ends while the writer is running (it died), another takes its place. */
    private void supervised() {
        try {
            write();
        } finally {
            if (running && !Thread.currentThread().isInterrupted()) {
                LOG.log(System.Logger.Level.ERROR, "an answer writer stopped unexpectedly; starting another");
                writers.submit(this::supervised);
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (writers != null) {
            writers.shutdownNow();
            writers.awaitTermination(10, TimeUnit.SECONDS);
            acknowledgers.shutdown();
            acknowledgers.awaitTermination(10, TimeUnit.SECONDS);
            timers.shutdownNow();
        }
        // Saves still queued were never stored: refuse them, so that no client waits forever or is told "saved".
        for (Pending p; (p = queue.poll()) != null; ) {
            p.done().completeExceptionally(busy());
        }
    }

    /** Completes once the save is committed (or refused); a full queue refuses at once with 503. */
    public CompletionStage<SaveOutcome> save(AnswerSave save) {
        CompletableFuture<SaveOutcome> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(save, done))) {
            done.completeExceptionally(busy());
        }
        // Not left waiting without end: a save whose commit takes too long is answered 503, and the page retries it.
        if (!done.isDone()) {
            try {
                ScheduledFuture<?> timer = timers.schedule(() -> done.completeExceptionally(busy()),
                        pendingLimit.toMillis(), TimeUnit.MILLISECONDS);
                done.whenComplete((outcome, failure) -> timer.cancel(false));
            } catch (RejectedExecutionException stopping) {
                done.completeExceptionally(busy());
            }
        }
        return done;
    }

    private void write() {
        ArrayDeque<Pending> deferred = new ArrayDeque<>();
        List<Pending> drained = new ArrayList<>(BATCH_LIMIT);
        writing.incrementAndGet();
        try {
            writeUntilStopped(deferred, drained);
        } finally {
            writing.decrementAndGet();
            deferred.forEach(p -> p.done().completeExceptionally(busy()));
        }
    }

    /** Whether the writers are taking saves: started, not stopping, and all of them in their loop. */
    public boolean alive() {
        return running && writing.get() == WRITERS;
    }

    /** Timers of saves not yet answered. */
    int timersPending() {
        return timers.getQueue().size();
    }

    /** Saves waiting for a writer. */
    public int queued() {
        return queue.size();
    }

    /** The most saves that may wait before new ones are refused as busy. */
    public int queueLimit() {
        return QUEUE_LIMIT;
    }

    private void writeUntilStopped(ArrayDeque<Pending> deferred, List<Pending> drained) {
        while (running) {
            try {
                List<Pending> batch = new ArrayList<>(BATCH_LIMIT);
                Set<AnswerSave.Key> keys = new HashSet<>();
                // Saves deferred from the last batch go first; one deferred again goes back to the end, in order.
                for (int n = deferred.size(); n > 0 && batch.size() < BATCH_LIMIT; n--) {
                    admit(deferred.poll(), batch, keys, deferred);
                }
                if (batch.isEmpty()) {
                    Pending first = queue.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    admit(first, batch, keys, deferred);
                }
                drained.clear();
                queue.drainTo(drained, BATCH_LIMIT - batch.size());
                for (Pending p : drained) {
                    admit(p, batch, keys, deferred);
                }
                try {
                    store(batch);
                } catch (RuntimeException | Error e) {
                    // Whatever failed, no save of this batch is left waiting: refused as busy, so the page retries.
                    batch.forEach(p -> p.done().completeExceptionally(busy()));
                    throw e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "answer writer: unexpected failure", e);
            }
        }
    }

    private static void admit(Pending p, List<Pending> batch, Set<AnswerSave.Key> keys, ArrayDeque<Pending> deferred) {
        if (keys.add(p.save().key())) {
            batch.add(p);
        } else {
            deferred.add(p);
        }
    }

    private void store(List<Pending> batch) {
        List<Optional<SaveOutcome>> outcomes;
        try {
            outcomes = service.store(batch.stream().map(Pending::save).toList());
        } catch (RuntimeException e) {
            if (lostConnection(e)) {
                LOG.log(System.Logger.Level.WARNING, "a batch of " + batch.size() + " saves lost its database connection; refused as busy", e);
                batch.forEach(p -> p.done().completeExceptionally(busy()));
                return;
            }
            if (batch.size() == 1) {
                fail(batch.get(0), e);
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "a batch of " + batch.size() + " saves failed; storing each alone", e);
            for (Pending p : batch) {
                store(List.of(p));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            Optional<SaveOutcome> outcome = outcomes.get(i);
            try {
                acknowledgers.execute(() -> {
                    try {
                        p.done().complete(service.conclude(p.save(), outcome));
                    } catch (RuntimeException e) {
                        p.done().completeExceptionally(e);
                    }
                });
            } catch (RejectedExecutionException full) {
                // Committed, but too many acknowledgements wait: 503, and the page's retry (same seq) is told the outcome.
                p.done().completeExceptionally(busy());
            }
        }
    }

    /**
     * A failure that every save of the batch would meet again alone: the database out of reach (SQLState class 08, a
     * pool with no connection to give) or a statement cancelled by the query timeout (57014).
     */
    static boolean lostConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57014")))
                    || t.getClass().getName().endsWith("JDBCConnectionException")
                    || t.getClass().getName().equals("jakarta.resource.ResourceException")) {
                return true;
            }
        }
        return false;
    }

    private void fail(Pending p, RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "a save could not be stored", e);
        p.done().completeExceptionally(e);
    }

    private static DomainException busy() {
        return new DomainException(DomainException.Kind.BUSY, "answers-busy",
                "The server could not confirm this answer was saved; try again in a moment (a retry is never stored twice).");
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
