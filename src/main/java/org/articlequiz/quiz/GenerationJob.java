package org.articlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request to write a draft quiz from stored articles, run in the background because the generator takes seconds
 * per article. Invariant: a job ends exactly once, either {@code DONE} with its quiz or {@code FAILED} with a reason,
 * and only by the node holding its lease (issue 12: several nodes share the queue; one runs each job).
 */
@Entity
@Table(name = "generation_job")
public class GenerationJob {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String title;
    @Column(name = "context_id")
    private String contextId;
    @Column(name = "article_ids", nullable = false)
    private String articleIds;
    @Column(name = "max_per_article", nullable = false)
    private int maxPerArticle;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false)
    private int done;
    @Column(nullable = false)
    private int total;
    private String stage;
    @Column(name = "quiz_id")
    private Long quizId;
    private String error;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "lease_owner")
    private String leaseOwner;
    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected GenerationJob() {
    }

    GenerationJob(String title, String contextId, List<Long> articleIds, int maxPerArticle, Instant now) {
        this.title = title;
        this.contextId = contextId;
        this.articleIds = articleIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.maxPerArticle = maxPerArticle;
        this.state = State.QUEUED;
        this.createdAt = now;
    }

    void progress(int done, int total, String stage) {
        this.state = State.RUNNING;
        this.done = done;
        this.total = total;
        this.stage = stage;
    }

    void finish(QuizId quiz, Instant now) {
        this.state = State.DONE;
        this.quizId = quiz.value();
        this.done = total;
        this.stage = "done";
        this.finishedAt = now;
        this.leaseOwner = null;
        this.leaseUntil = null;
    }

    void fail(String reason, Instant now) {
        this.state = State.FAILED;
        this.error = reason;
        this.finishedAt = now;
        this.leaseOwner = null;
        this.leaseUntil = null;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String contextId() {
        return contextId;
    }

    /** Refuses a caller from another course ({@link Course#admits}). */
    public GenerationJob requireOpenTo(String callerContext) {
        Course.require(contextId, callerContext, "generation job");
        return this;
    }

    public List<Long> articleIds() {
        return Arrays.stream(articleIds.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    public int maxPerArticle() {
        return maxPerArticle;
    }

    public State state() {
        return state;
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    public String stage() {
        return stage;
    }

    public QuizId quiz() {
        return quizId == null ? null : new QuizId(quizId);
    }

    public String error() {
        return error;
    }

    /** Whether {@code owner} holds this unfinished job's lease at {@code now}: only then may it progress or end it. */
    public boolean heldBy(String owner, Instant now) {
        return !isFinished() && owner.equals(leaseOwner) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    public boolean isFinished() {
        return state == State.DONE || state == State.FAILED;
    }
}
