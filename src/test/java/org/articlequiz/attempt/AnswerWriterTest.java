package org.articlequiz.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.articlequiz.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit's own rules, with the database replaced by a recorder (the statement itself is tested over HTTP
 * against PostgreSQL in StudentApiIT): saves that queue while a batch is in the database go together into the next
 * one, a batch never holds two saves of one answer, and a batch that fails is retried save by save.
 */
class AnswerWriterTest {
    private static final long POISON_ITEM = 666;

    /** Stands in for the transaction: records each batch, and fails any batch holding the poison item. */
    static final class RecordingService extends AttemptService {
        final List<List<AnswerSave>> batches = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstBatchMayCommit = new CountDownLatch(1);

        @Override
        public List<Optional<SaveOutcome>> store(List<AnswerSave> saves) {
            batches.add(saves);
            try {
                firstBatchMayCommit.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (saves.stream().anyMatch(s -> s.itemId() == POISON_ITEM)) {
                throw new IllegalStateException("deadlock detected");
            }
            return saves.stream().map(s -> Optional.of(new SaveOutcome(true, s.seq(), s.choiceId(), null, false, null))).toList();
        }

        @Override
        SaveOutcome conclude(AnswerSave save, Optional<SaveOutcome> outcome) {
            return outcome.orElseThrow();
        }
    }

    private final RecordingService service = new RecordingService();
    private final AnswerWriter writer = new AnswerWriter();

    @AfterEach
    void stop() throws InterruptedException {
        service.firstBatchMayCommit.countDown();
        writer.stop();
    }

    private CompletableFuture<SaveOutcome> save(long attempt, long item, long seq) {
        return writer.save(new AnswerSave(new AttemptId(attempt), new UserId(attempt), item, 1L, seq, Instant.now()))
                .toCompletableFuture();
    }

    private void startWriter() {
        writer.service = service;
        writer.start(null);
    }

    @Test
    void savesQueuedDuringACommitShareTheNextBatchButNeverTwoOfOneAnswer() throws Exception {
        startWriter();
        CompletableFuture<SaveOutcome> first = save(1, 1, 1);
        List<CompletableFuture<SaveOutcome>> queued = new ArrayList<>();
        for (int student = 2; student <= 101; student++) {
            queued.add(save(student, 1, 1));
        }
        queued.add(save(50, 1, 2));
        queued.add(save(50, 1, 3));
        service.firstBatchMayCommit.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS).seq());
        for (CompletableFuture<SaveOutcome> f : queued) {
            assertTrue(f.get(10, TimeUnit.SECONDS).applied());
        }
        int stored = 0;
        for (List<AnswerSave> batch : List.copyOf(service.batches)) {
            Set<AnswerSave.Key> keys = new HashSet<>();
            for (AnswerSave s : batch) {
                assertTrue(keys.add(s.key()), "one batch, two saves of one answer: " + batch);
            }
            stored += batch.size();
        }
        assertEquals(103, stored, "every save stored exactly once");
        assertTrue(service.batches.size() <= 10, "100 saves queued behind one commit go in a few batches, not 100: "
                + service.batches.size());
    }

    @Test
    void aFailedBatchIsRetriedSaveBySaveSoOneBadSaveFailsAlone() throws Exception {
        startWriter();
        List<CompletableFuture<SaveOutcome>> good = new ArrayList<>();
        good.add(save(1, 1, 1));
        CompletableFuture<SaveOutcome> poison = save(2, POISON_ITEM, 1);
        for (int student = 3; student <= 20; student++) {
            good.add(save(student, 1, 1));
        }
        service.firstBatchMayCommit.countDown();
        for (CompletableFuture<SaveOutcome> f : good) {
            assertTrue(f.get(10, TimeUnit.SECONDS).applied());
        }
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> poison.get(10, TimeUnit.SECONDS));
        assertEquals("deadlock detected", failed.getCause().getMessage());
    }

    @Test
    void aStoppedWriterRefusesSavesInsteadOfLeavingThemWaiting() throws Exception {
        startWriter();
        service.firstBatchMayCommit.countDown();
        writer.stop();
        CompletableFuture<SaveOutcome> late = save(1, 1, 1);
        assertTrue(late.isCompletedExceptionally());
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, late::get);
        assertFalse(refused.getCause().getMessage().isBlank());
        assertEquals("answers-busy", ((org.articlequiz.DomainException) refused.getCause()).slug());
    }
}
