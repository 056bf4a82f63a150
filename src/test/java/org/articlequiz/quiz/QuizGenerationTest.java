package org.articlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articlequiz.DomainException;
import org.articlequiz.generator.AnswerKind;
import org.articlequiz.generator.Form;
import org.articlequiz.generator.GenerationResult;
import org.articlequiz.generator.ItemDraft;
import org.articlequiz.testing.Entities;
import org.junit.jupiter.api.Test;

/** Issue 11, lows on generation jobs: a per-course quota, and no article text in the logs. */
class QuizGenerationTest {
    private final List<GenerationJob> stored = new ArrayList<>();
    private final QuizGeneration generation = new QuizGeneration();

    QuizGenerationTest() {
        generation.clock = Clock.systemUTC();
        generation.node = new org.articlequiz.config.NodeName("test-node");
        generation.quizzes = new InMemoryQuizzes();
        generation.jobs = new GenerationJobs() {
            @Override
            public Optional<GenerationJob> find(long id) {
                return stored.stream().filter(j -> j.id() == id).findFirst();
            }

            @Override
            public void add(GenerationJob job) {
                stored.add(Entities.setId(job, stored.size() + 1));
            }

            @Override
            public int unfinishedIn(String contextId) {
                return (int) stored.stream().filter(j -> contextId.equals(j.contextId())
                        && (j.state() == GenerationJob.State.QUEUED || j.state() == GenerationJob.State.RUNNING)).count();
            }

            @Override
            public Optional<GenerationJob> findForUpdate(long id) {
                return find(id);
            }

            @Override
            public Optional<Long> leaseNext(String owner, Instant now, Instant until) {
                return Optional.empty();
            }

            @Override
            public boolean renew(long id, String owner, Instant now, Instant until) {
                return false;
            }

            @Override
            public List<GenerationJob> unfinished() {
                return List.copyOf(stored);
            }
        };
        generation.articles = new SourceArticles() {
            @Override
            public Optional<SourceArticle> find(long id) {
                return Optional.of(new SourceArticle("a.txt", "A", "Text.", "0".repeat(64), Instant.EPOCH));
            }

            @Override
            public Optional<SourceArticle> findBySha256(String sha256, String contextId) {
                return Optional.empty();
            }

            @Override
            public List<SourceArticle> findAll(String contextId) {
                return List.of();
            }

            @Override
            public void add(SourceArticle article) {
            }
        };
        // the job would start once the transaction commits: here there is none, and no worker
        generation.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) -> null);
    }

    /**
     * "Per-course generation quota": the generator is one worker for every course; a course may have
     * {@link QuizGeneration#MAX_UNFINISHED_PER_COURSE} jobs queued or running, and another course is not held up by it.
     */
    @Test
    void aCourseMayQueueOnlyAFewGenerationJobs() {
        for (int n = 0; n < QuizGeneration.MAX_UNFINISHED_PER_COURSE; n++) {
            generation.submit("Quiz " + n, "p:d:course-a", List.of(1L), 5);
        }
        DomainException refused = assertThrows(DomainException.class,
                () -> generation.submit("One too many", "p:d:course-a", List.of(1L), 5));
        assertEquals("generation-quota", refused.slug());
        assertEquals(DomainException.Kind.TOO_MANY, refused.kind());
        assertEquals(QuizGeneration.MAX_UNFINISHED_PER_COURSE, stored.size(), "nothing stored for the refused job");
        generation.submit("Another course's", "p:d:course-b", List.of(1L), 5);
        assertEquals(QuizGeneration.MAX_UNFINISHED_PER_COURSE + 1, stored.size(), "another course is not held up");
    }

    /**
     * "No personal data or article text in logs": an item the quiz refused (here, two equal options) is logged by its
     * job, kind and the reason's slug; its stem and options, words of the article, stay out of the log.
     */
    @Test
    void noArticleTextInLogs() {
        ItemDraft refused = new ItemDraft("lakes.txt", "Which lake is the source of the Blue Nile?",
                List.of("Lake Tana", "Lake Tana"), 0, AnswerKind.PLACE, "Lake Tana is the source of the Blue Nile.", 0, 40,
                "The article says so.", 0.5, List.of(), List.of("lakes.txt"), true, Form.WHO_WHAT);
        DomainException why = assertThrows(DomainException.class, () -> QuizGeneration.content(refused));
        String line = QuizGeneration.leftOut(7, refused, why);
        assertEquals("Job 7: a generated PLACE item was left out (invalid-item)", line);
        assertFalse(line.contains("Blue Nile") || line.contains("Tana"), line);
        GenerationJob job = generation.submit("Lakes", "p:d:course-a", List.of(1L), 5);
        leaseTo(job, generation.node.value());
        generation.complete(job.id(), new GenerationResult(List.of(refused), List.of()));
        assertEquals(0, generation.quizzes.findAll("p:d:course-a").get(0).items().size(), "the refused item is left out");
    }

    /** What the lease query does in the database (issue 12): only the node holding a job may end it. */
    private static void leaseTo(GenerationJob job, String owner) {
        try {
            java.lang.reflect.Field o = GenerationJob.class.getDeclaredField("leaseOwner");
            java.lang.reflect.Field u = GenerationJob.class.getDeclaredField("leaseUntil");
            o.setAccessible(true);
            u.setAccessible(true);
            o.set(job, owner);
            u.set(job, Instant.now().plusSeconds(60));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
