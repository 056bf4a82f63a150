package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.articlequiz.DomainException;
import org.articlequiz.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, mediums on the group commit: "the answer writers restart if they die; pending saves time out with a 503
 * that the page retries; a failed batch fails fast on connection errors instead of retrying 256 saves serially; the
 * acknowledgement queue is bounded". The database is replaced by a service whose behaviour each test sets.
 */
class AnswerWriterResilienceTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger storeCalls = new AtomicInteger();
    private volatile Function<List<AnswerSave>, List<Optional<SaveOutcome>>> store = AnswerWriterResilienceTest::applied;
    private volatile boolean concludeWaits;
    private final AnswerWriter writer = new AnswerWriter();

    private final AttemptService service = new AttemptService() {
        @Override
        public List<Optional<SaveOutcome>> store(List<AnswerSave> saves) {
            storeCalls.incrementAndGet();
            return store.apply(saves);
        }

        @Override
        SaveOutcome conclude(AnswerSave save, Optional<SaveOutcome> outcome) {
            if (concludeWaits) {
                awaitRelease();
            }
            return outcome.orElseThrow();
        }
    };

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        writer.stop();
    }

    private static List<Optional<SaveOutcome>> applied(List<AnswerSave> saves) {
        return saves.stream().map(s -> Optional.of(new SaveOutcome(true, s.seq(), s.choiceId(), null, false, null))).toList();
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start() {
        writer.service = service;
        writer.start(null);
    }

    private CompletableFuture<SaveOutcome> save(long attempt) {
        return writer.save(new AnswerSave(new AttemptId(attempt), new UserId(attempt), 1, 1L, 1, Instant.now()))
                .toCompletableFuture();
    }

    private static String busySlug(CompletableFuture<SaveOutcome> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof DomainException, e::toString);
        assertEquals(DomainException.Kind.BUSY, ((DomainException) e.getCause()).kind(), e::toString);
        return ((DomainException) e.getCause()).slug();
    }

    @Test
    void theAnswerWritersRestartIfTheyDie() throws Exception {
        AtomicInteger deaths = new AtomicInteger();
        store = saves -> {
            if (deaths.getAndIncrement() < 2 * AnswerWriter.WRITERS) {
                throw new StackOverflowError("a writer dies");
            }
            return applied(saves);
        };
        start();
        List<CompletableFuture<SaveOutcome>> dying = new ArrayList<>();
        for (int i = 0; i < 2 * AnswerWriter.WRITERS; i++) {
            dying.add(save(100 + i));
            Thread.sleep(50);
        }
        for (CompletableFuture<SaveOutcome> f : dying) {
            assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS), "a save in a dead batch is refused, not left waiting");
        }
        assertTrue(save(1).get(10, TimeUnit.SECONDS).applied(), "the writers were restarted and store the next save");
    }

    @Test
    void pendingSavesTimeOutWithA503ThatThePageRetries() {
        writer.pendingLimit = Duration.ofMillis(300);
        store = saves -> {
            awaitRelease();
            return applied(saves);
        };
        start();
        assertEquals("answers-busy", busySlug(save(1)));
    }

    /**
     * Issue 12: each save's timeout ran, once due, in a thread of its own on a machine of two cores (the JDK's delayed
     * executor starts a thread per task when its common pool has one thread): 1,800 saves a second started 1,800
     * threads a second. Now a save's timer is cancelled when the save is answered, and timers share one thread.
     */
    @Test
    void answeredSavesLeaveNoTimerBehindAndStartNoThreads() throws Exception {
        writer.pendingLimit = Duration.ofMillis(100);
        start();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long startedBefore = threads.getTotalStartedThreadCount();
        List<CompletableFuture<SaveOutcome>> saves = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            saves.add(save(i));
        }
        for (CompletableFuture<SaveOutcome> f : saves) {
            assertTrue(f.get(10, TimeUnit.SECONDS).applied());
        }
        Thread.sleep(500); // past every save's time limit
        assertEquals(0, writer.timersPending(), "an answered save's timer is cancelled");
        long started = threads.getTotalStartedThreadCount() - startedBefore;
        assertTrue(started < 10, "300 saves started " + started + " threads");
        assertEquals("answers-busy", busySlug(saveThatHangs()), "and a save that waits too long is still answered 503");
    }

    private CompletableFuture<SaveOutcome> saveThatHangs() {
        store = saves -> {
            awaitRelease();
            return applied(saves);
        };
        return save(999);
    }

    @Test
    void aFailedBatchFailsFastOnConnectionErrorsInsteadOfRetryingEachSave() throws Exception {
        CountDownLatch firstBatch = new CountDownLatch(1);
        store = saves -> {
            if (saves.size() == 1 && storeCalls.get() == 1) {
                firstBatch.countDown();
                awaitRelease();
            }
            throw new IllegalStateException("could not get a connection", new SQLTransientConnectionException("pool empty", "08001"));
        };
        start();
        List<CompletableFuture<SaveOutcome>> saves = new ArrayList<>();
        saves.add(save(1));
        assertTrue(firstBatch.await(10, TimeUnit.SECONDS));
        for (int i = 2; i <= 200; i++) {
            saves.add(save(i));
        }
        release.countDown();
        for (CompletableFuture<SaveOutcome> f : saves) {
            busySlug(f);
        }
        assertTrue(storeCalls.get() <= 4, "a batch that lost its connection is not retried save by save: " + storeCalls.get() + " calls");
    }

    @Test
    void theAcknowledgementQueueIsBounded() throws Exception {
        writer.acknowledgementLimit = 10;
        concludeWaits = true;
        start();
        List<CompletableFuture<SaveOutcome>> saves = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            saves.add(save(i));
        }
        long refused = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (refused == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            refused = saves.stream().filter(CompletableFuture::isCompletedExceptionally).count();
        }
        assertTrue(refused > 0, "acknowledgements beyond the queue's bound are answered 503 at once, not queued without end");
        release.countDown();
        for (CompletableFuture<SaveOutcome> f : saves) {
            try {
                f.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertEquals(DomainException.Kind.BUSY, ((DomainException) e.getCause()).kind());
            }
        }
    }
}
