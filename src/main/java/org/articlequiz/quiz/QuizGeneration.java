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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.generator.GenerationOptions;
import org.articlequiz.generator.GenerationResult;
import org.articlequiz.generator.ItemDraft;
import org.articlequiz.generator.QuestionGenerator;

/**
 * Writes draft quizzes from stored articles in the background: the instructor submits a job, the generator runs on
 * one worker thread (it is CPU-bound; two at once on a small server would only slow both), the job's row carries
 * progress for a progress bar, and the finished quiz has every item in {@link ReviewState#DRAFT} for review.
 * A job left unfinished by a restart runs again at start-up. The steps the worker calls through {@code self} are
 * public because only calls through the CDI proxy get their transactions; they are not for other callers.
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
    @Resource
    TransactionSynchronizationRegistry transactions;

    private ExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "article-quiz-generator");
            thread.setDaemon(true);
            return thread;
        });
        for (GenerationJob job : self.unfinished()) {
            long id = job.id();
            worker.submit(() -> run(id));
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
        long id = job.id();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.submit(() -> run(id));
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

    void run(long jobId) {
        try {
            GenerationJob job = self.job(jobId);
            List<SourceArticle> stored = self.articles(job);
            GenerationOptions options = GenerationOptions.defaults().withMaxPerArticle(job.maxPerArticle());
            JobTimeLimit limit = new JobTimeLimit(settings.generationTimeLimit());
            // Read and generate outside any transaction, under the job's time limit; store the quiz in one transaction.
            GenerationResult result = limit.run(() -> new QuestionGenerator(options).generate(
                    stored.stream().map(a -> ArticleReading.read(a.fileName(), a.body())).toList(),
                    (done, total, stage) -> {
                        limit.check();
                        self.progress(jobId, done, total, stage);
                    }));
            self.complete(jobId, result);
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
        jobs.find(jobId).ifPresent(job -> job.progress(done, total, stage));
    }

    @Transactional
    public void complete(long jobId, GenerationResult result) {
        GenerationJob job = job(jobId);
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
        jobs.find(jobId).ifPresent(job -> job.fail(reason, clock.instant()));
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
