package org.articlequiz.quiz;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.articlequiz.DomainException;
import org.articlequiz.config.NodeName;
import org.articlequiz.config.Settings;
import org.articlequiz.generator.GenerationOptions;
import org.articlequiz.generator.GenerationResult;
import org.articlequiz.generator.ItemDraft;
import org.articlequiz.generator.QuestionGenerator;

/**
 * Writes draft quizzes from stored articles in the background: the instructor submits a job, the generator runs on
 * one worker thread (it is CPU-bound; two at once on a small server would only slow both), the job's row carries
 * progress for a progress bar, and the finished quiz has every item in {@link ReviewState#DRAFT} for review.
 * Several server nodes share one queue (issue 12): a node runs a job only while it holds the job's lease, which it
 * takes with {@code for update skip locked} and renews every {@link #HEARTBEAT} while the generator runs; a job whose
 * node died (its lease ended) is taken by the next node that looks, every {@link #POLL}. Only the lease holder stores
 * the quiz, so a job never makes two. The steps the worker calls through {@code self} are public because only calls
 * through the CDI proxy get their transactions; they are not for other callers.
 */
@ApplicationScoped
public class QuizGeneration {
    private static final System.Logger LOG = System.getLogger(QuizGeneration.class.getName());
    public static final int MAX_PER_ARTICLE = 50;
    /**
     * How many jobs one course may have queued or running (issue 11): the generator is one worker for every course,
     * so a course that queued hundreds would hold all the others up for hours.
     */
    public static final int MAX_UNFINISHED_PER_COURSE = 3;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration POLL = Duration.ofSeconds(15);

    @Inject
    GenerationJobs jobs;
    @Inject
    SourceArticles articles;
    @Inject
    Quizzes quizzes;
    @Inject
    Clock clock;
    @Inject
    QuizGeneration self;
    @Inject
    Settings settings;
    @Inject
    NodeName node;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private ScheduledExecutorService worker;

    /** One worker thread: it looks for jobs no node holds every {@link #POLL}, and at once when one is submitted here. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "article-quiz-generator");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::runWaitingJobs, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs jobs, one at a time, as long as there are jobs no node holds; never throws (the schedule would stop). */
    void runWaitingJobs() {
        try {
            for (Optional<Long> next = self.leaseNext(); next.isPresent(); next = self.leaseNext()) {
                run(next.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for generation jobs failed; next round goes on", e);
        }
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** Queues a job; it starts once this transaction has committed. */
    @Transactional
    public GenerationJob submit(String title, String contextId, List<Long> articleIds, int maxPerArticle) {
        if (articleIds == null || articleIds.isEmpty()) {
            throw DomainException.invalid("no-articles", "Name at least one stored article to write the quiz from.");
        }
        if (maxPerArticle < 1 || maxPerArticle > MAX_PER_ARTICLE) {
            throw DomainException.invalid("invalid-request", "maxPerArticle must be 1 to " + MAX_PER_ARTICLE + ".");
        }
        for (long articleId : articleIds) {
            articles.find(articleId).orElseThrow(() -> DomainException.notFound("article", articleId)).requireOpenTo(contextId);
        }
        if (jobs.unfinishedIn(contextId) >= MAX_UNFINISHED_PER_COURSE) {
            throw new DomainException(DomainException.Kind.TOO_MANY, "generation-quota", "This course already has "
                    + MAX_UNFINISHED_PER_COURSE + " quizzes being written; submit another once one of them is done.");
        }
        GenerationJob job = new GenerationJob(title, contextId, List.copyOf(articleIds), maxPerArticle, clock.instant());
        jobs.add(job);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.execute(QuizGeneration.this::runWaitingJobs);
                }
            }
        });
        return job;
    }

    @Transactional
    public GenerationJob job(long id) {
        return jobs.find(id).orElseThrow(() -> DomainException.notFound("generation-job", id));
    }

    @Transactional
    public List<GenerationJob> unfinished() {
        return jobs.unfinished();
    }

    /** Leases the oldest job no node holds to this node. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> leaseNext() {
        Instant now = clock.instant();
        return jobs.leaseNext(node.value(), now, now.plus(LEASE));
    }

    /** Extends this node's lease on the job; false if another node holds it now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(long jobId) {
        Instant now = clock.instant();
        return jobs.renew(jobId, node.value(), now, now.plus(LEASE));
    }

    void run(long jobId) {
        try {
            GenerationJob job = self.job(jobId);
            List<SourceArticle> stored = self.articles(job);
            GenerationOptions options = GenerationOptions.defaults().withMaxPerArticle(job.maxPerArticle());
            JobTimeLimit limit = new JobTimeLimit(settings.generationTimeLimit());
            // Read and generate outside any transaction, under the job's time limit and with its lease renewed;
            // store the quiz in one transaction.
            GenerationResult result = limit.run(() -> new QuestionGenerator(options).generate(
                    stored.stream().map(a -> ArticleReading.read(a.fileName(), a.body())).toList(),
                    (done, total, stage) -> {
                        limit.check();
                        self.progress(jobId, done, total, stage);
                    }), HEARTBEAT, () -> self.renew(jobId));
            self.complete(jobId, result);
        } catch (JobTimeLimit.Abandoned e) {
            LOG.log(Level.INFO, "Generation job " + jobId + " left to the node that holds it now");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Generation job " + jobId + " failed", e);
            self.fail(jobId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The job's stored articles (plain columns, usable after the transaction): they are read outside it. */
    @Transactional
    public List<SourceArticle> articles(GenerationJob job) {
        List<SourceArticle> stored = new ArrayList<>();
        for (long articleId : job.articleIds()) {
            stored.add(articles.find(articleId).orElseThrow(() -> DomainException.notFound("article", articleId)));
        }
        return stored;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long jobId, int done, int total, String stage) {
        jobs.find(jobId).filter(job -> job.heldBy(node.value(), clock.instant())).ifPresent(job -> job.progress(done, total, stage));
    }

    /** Stores the quiz and ends the job, if this node still holds it (its row locked): a job never makes two quizzes. */
    @Transactional
    public void complete(long jobId, GenerationResult result) {
        GenerationJob job = jobs.findForUpdate(jobId).orElseThrow(() -> DomainException.notFound("generation-job", jobId));
        if (!job.heldBy(node.value(), clock.instant())) {
            throw new JobTimeLimit.Abandoned();
        }
        Quiz quiz = new Quiz(job.title(), job.contextId(), QuizSettings.defaults(), clock.instant());
        job.articleIds().forEach(id -> articles.find(id).ifPresent(quiz::cite));
        for (ItemDraft draft : result.items()) {
            try {
                quiz.addItem(content(draft));
            } catch (DomainException rejected) {
                LOG.log(Level.INFO, leftOut(jobId, draft, rejected));
            }
        }
        quizzes.add(quiz);
        job.finish(quiz.id(), clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long jobId, String reason) {
        jobs.findForUpdate(jobId).filter(job -> job.heldBy(node.value(), clock.instant()))
                .ifPresent(job -> job.fail(reason, clock.instant()));
    }

    /**
     * The log line for a generated item the quiz refused: the job and the reason's slug, never the stem, options or
     * source (issue 11: logs carry no article text; the instructor sees the items, the log's reader need not).
     */
    static String leftOut(long jobId, ItemDraft draft, DomainException rejected) {
        return "Job " + jobId + ": a generated " + draft.kind() + " item was left out (" + rejected.slug() + ")";
    }

    static ItemContent content(ItemDraft draft) {
        List<String> reasons = new ArrayList<>(draft.reasons());
        reasons.add(draft.singleSource() ? "stated by one article only" : "stated by " + String.join(", ", draft.sources()));
        return new ItemContent(draft.stem(), draft.kind().name(), draft.options(), draft.answer(), draft.explanation(),
                new SourceCitation(draft.article(), draft.sourceSentence(), draft.start(), draft.end()),
                draft.confidence(), String.join("; ", reasons), draft.singleSource());
    }
}
