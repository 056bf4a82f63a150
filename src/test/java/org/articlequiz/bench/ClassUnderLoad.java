package org.articlequiz.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One class taking a quiz through the load balancer, each student as the quiz page behaves ({@code take.html} and its
 * save queue): start (or resume) the attempt, answer every item after a think time, submit; a save, start or submit
 * that fails (no answer, a 5xx, a 4xx that is not the API's problem document) is sent again with the <b>same</b> sequence number, with growing pauses, until it is
 * answered or {@link #GIVE_UP_NANOS} have passed. Records when each call was first tried and how long it took until
 * it was acknowledged, so that figures can be split into before, during and after a fault.
 */
final class ClassUnderLoad {
    static final long GIVE_UP_NANOS = 240_000_000_000L;
    private static final int READ_TIMEOUT_MS = 30_000;

    /** A call: first tried at {@code at} (nanoTime), acknowledged {@code nanos} later, after {@code tries} tries. */
    record Call(long at, long nanos, int tries) {
    }

    /** An acknowledged answer: the attempt and item it is stored under. */
    record Answer(long attemptId, long itemId) {
    }

    final ConcurrentLinkedQueue<Call> starts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Call> saves = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Call> submits = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Answer> acknowledged = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> attempts = new ConcurrentLinkedQueue<>();
    /** Calls given up on (never acknowledged), and answers the server refused (a 4xx: a bug, or the attempt closed). */
    final AtomicLong gaveUp = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    /** What each refusal was: status and the start of the body, for the report. */
    final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();

    private final URI base;
    private final long quizId;
    private final int thinkMillis;

    ClassUnderLoad(URI base, long quizId, int thinkMillis) {
        this.base = base;
        this.quizId = quizId;
        this.thinkMillis = thinkMillis;
    }

    /** Runs the class (one thread per student, as one browser tab each) and returns when every student is done. */
    void run(List<String> tokens) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (String token : tokens) {
            Thread student = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(base, READ_TIMEOUT_MS)) {
                    take(connection, token);
                } catch (IOException | InterruptedException | RuntimeException e) {
                    gaveUp.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "student");
            student.setDaemon(true);
            student.start();
        }
        done.await();
    }

    private void take(KeepAliveConnection connection, String token) throws InterruptedException {
        // Students open the quiz over the first few seconds, not all in one millisecond.
        Thread.sleep(ThreadLocalRandom.current().nextLong(Math.max(1, thinkMillis)));
        KeepAliveConnection.Reply started = call(connection, "POST", "api/quizzes/" + quizId + "/attempts", token, null, starts);
        if (started == null) {
            return;
        }
        JsonObject attempt;
        try (var reader = Json.createReader(new StringReader(started.body()))) {
            attempt = reader.readObject();
        }
        long attemptId = attempt.getJsonNumber("attemptId").longValue();
        attempts.add(attemptId);
        long seq = 0;
        for (JsonObject item : attempt.getJsonArray("items").getValuesAs(JsonObject.class)) {
            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
            long itemId = item.getJsonNumber("itemId").longValue();
            var choices = item.getJsonArray("choices");
            String choice = choices.getJsonObject(ThreadLocalRandom.current().nextInt(choices.size())).getString("choiceId");
            // The page's seq: the time the answer was made (epoch ms), kept for every retry of this answer.
            seq = Math.max(seq + 1, System.currentTimeMillis());
            KeepAliveConnection.Reply saved = call(connection, "PUT", "api/attempts/" + attemptId + "/responses/" + itemId,
                    token, "{\"choiceId\": \"" + choice + "\", \"seq\": " + seq + "}", saves);
            if (saved != null) {
                acknowledged.add(new Answer(attemptId, itemId));
            }
        }
        call(connection, "POST", "api/attempts/" + attemptId + "/submit", token, null, submits);
    }

    /** One call, sent again as it was until it is answered (2xx: recorded; 4xx: refused) or given up on. */
    private KeepAliveConnection.Reply call(KeepAliveConnection connection, String method, String path, String token,
                                           String json, ConcurrentLinkedQueue<Call> into) throws InterruptedException {
        long first = System.nanoTime();
        long pause = 200;
        for (int tries = 1; ; tries++) {
            try {
                KeepAliveConnection.Reply reply = connection.send(method, path, token, json);
                if (reply.status() / 100 == 2) {
                    into.add(new Call(first, System.nanoTime() - first, tries));
                    return reply;
                }
                // As the page: a 4xx with a problem document is the API's refusal; one without (a stopping node's
                // container page) is tried again like a 5xx.
                if (reply.status() / 100 == 4 && reply.body().contains("urn:article-quiz:problem:")) {
                    refused.incrementAndGet();
                    refusals.add(method + " " + reply.status() + " " + reply.body().substring(0, Math.min(160, reply.body().length())));
                    return null;
                }
            } catch (IOException | RuntimeException e) {
                closeQuietly(connection); // a connection that failed mid-answer is not reused
            }
            if (System.nanoTime() - first > GIVE_UP_NANOS) {
                gaveUp.incrementAndGet();
                return null;
            }
            Thread.sleep(pause / 2 + ThreadLocalRandom.current().nextLong(pause));
            pause = Math.min(2_000, pause * 2);
        }
    }

    private static void closeQuietly(KeepAliveConnection connection) {
        try {
            connection.close();
        } catch (IOException ignored) {
            // a socket that cannot even close is gone already
        }
    }
}
