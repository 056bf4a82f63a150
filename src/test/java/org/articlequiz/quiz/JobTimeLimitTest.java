package org.articlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 11, High 5: "a time limit per generation job": over it, the job fails with a clear message and stores nothing. */
class JobTimeLimitTest {

    @Test
    void aGenerationJobOverItsTimeLimitFailsWithAClearMessageAndStoresNothing() throws InterruptedException {
        JobTimeLimit limit = new JobTimeLimit(Duration.ofMillis(300));
        CountDownLatch stopped = new CountDownLatch(1);
        JobTimeLimit.Exceeded failed = assertThrows(JobTimeLimit.Exceeded.class, () -> limit.run(() -> {
            try {
                while (true) {
                    limit.check();
                    busy(50);
                }
            } finally {
                stopped.countDown();
            }
        }));
        assertTrue(failed.getMessage().contains("longer than 300 ms"), failed.getMessage());
        assertTrue(failed.getMessage().contains("no quiz was stored"), failed.getMessage());
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the work stops at its next progress report");
    }

    @Test
    void aJobWithinItsLimitReturnsItsResultAndItsOwnFailure() {
        JobTimeLimit limit = new JobTimeLimit(Duration.ofSeconds(30));
        assertEquals("quiz", limit.run(() -> "quiz"));
        IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                () -> limit.run(() -> {
                    throw new IllegalArgumentException("no facts");
                }));
        assertEquals("no facts", own.getMessage());
    }

    @Test
    void theMessageNamesTheLimit() {
        assertTrue(new JobTimeLimit.Exceeded(Duration.ofMinutes(10)).getMessage().contains("longer than 10 minutes"));
    }

    private static void busy(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
