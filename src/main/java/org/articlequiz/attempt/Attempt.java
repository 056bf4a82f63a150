package org.articlequiz.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * One student's attempt at a quiz.
 * Invariants: once closed ({@code submittedAt} set) it never reopens, and its score changes only by an instructor's
 * regrade ({@link #rescore}), never by anything a student does; an attempt whose
 * time ran out is closed at its {@code endsAt}, however late the server notices; responses are stored apart
 * (one row per item, see {@link Attempts#saveResponses}) because saving is the hot path.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    /**
     * Moodle's grace period (issue 11): a save first tried before the end (its {@code seq} is the time the page made
     * the answer, in epoch milliseconds, and lies between the start and the end) that was refused as busy or lost in
     * transit is still taken if it arrives within this long after the end. A page cannot claim more: a claim is only
     * honoured within this window, so a client extends its own deadline by at most this much. The sweeper leaves an
     * attempt open this long past its end so such a retry can land; the attempt is still closed at its end.
     */
    public static final Duration GRACE = Duration.ofSeconds(10);

    /** Why an attempt was closed. */
    public enum CloseReason { SUBMITTED, TIME_EXPIRED, QUIZ_CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_id", nullable = false)
    private long quizId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false)
    private int number;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "close_reason")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private CloseReason closeReason;
    private Double points;
    @Column(name = "max_points", nullable = false)
    private double maxPoints;
    @Column(name = "shuffle_seed", nullable = false)
    private long shuffleSeed;
    /** An instructor's try of the quiz (issue 13): graded for them, never sent to the gradebook, never in results. */
    @Column(nullable = false)
    private boolean preview;

    protected Attempt() {
    }

    Attempt(QuizId quiz, UserId student, int number, Instant startedAt, Instant endsAt, int itemCount, long shuffleSeed) {
        this.quizId = quiz.value();
        this.userId = student.value();
        this.number = number;
        this.startedAt = startedAt;
        this.endsAt = endsAt;
        this.maxPoints = itemCount;
        this.shuffleSeed = shuffleSeed;
    }

    /** Makes this new attempt a preview; only before it is stored. */
    Attempt asPreview() {
        this.preview = true;
        return this;
    }

    public boolean isPreview() {
        return preview;
    }

    public AttemptId id() {
        return new AttemptId(id);
    }

    public QuizId quiz() {
        return new QuizId(quizId);
    }

    public UserId student() {
        return new UserId(userId);
    }

    public int number() {
        return number;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> endsAt() {
        return Optional.ofNullable(endsAt);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<CloseReason> closeReason() {
        return Optional.ofNullable(closeReason);
    }

    public long shuffleSeed() {
        return shuffleSeed;
    }

    public boolean isClosed() {
        return submittedAt != null;
    }

    /** Still accepting answers at {@code now}. */
    public boolean isOpen(Instant now) {
        return submittedAt == null && (endsAt == null || now.isBefore(endsAt));
    }

    /** Open in the database but past its end: it must be closed at {@code endsAt}. */
    public boolean hasExpired(Instant now) {
        return submittedAt == null && endsAt != null && !now.isBefore(endsAt);
    }

    public Optional<Score> score() {
        return points == null ? Optional.empty() : Optional.of(new Score(points, maxPoints));
    }

    /**
     * Closes the attempt with the points its responses earned. A second call changes nothing and returns the
     * first score. A submit after the end is recorded at the end: late work never counts as on time, and the
     * closing time of an abandoned attempt is its expiry, not when the server noticed.
     */
    Score close(Instant now, double earnedPoints, CloseReason reason) {
        return close(now, earnedPoints, reason, null);
    }

    /**
     * The same, knowing the quiz's current close date: an attempt that ran until the quiz closed is closed for
     * {@link CloseReason#QUIZ_CLOSED}, one that ran out of its own time for {@link CloseReason#TIME_EXPIRED}.
     */
    Score close(Instant now, double earnedPoints, CloseReason reason, Instant quizClosesAt) {
        if (submittedAt != null) {
            return score().orElseThrow();
        }
        boolean late = endsAt != null && !now.isBefore(endsAt);
        CloseReason lateReason = endsAt != null && endsAt.equals(quizClosesAt) ? CloseReason.QUIZ_CLOSED : CloseReason.TIME_EXPIRED;
        this.submittedAt = late ? endsAt : now;
        this.closeReason = late ? lateReason : reason;
        this.points = earnedPoints;
        return new Score(earnedPoints, maxPoints);
    }

    /**
     * Gives a closed attempt the points its responses earn under the items' current keys, after an instructor
     * corrected a key. Only closed attempts are regraded: an open one is scored when it closes, with the keys of
     * that moment.
     */
    Score rescore(double earnedPoints) {
        if (submittedAt == null) {
            throw new IllegalStateException("attempt " + id + " is still open; it is graded when it closes");
        }
        Score score = new Score(earnedPoints, maxPoints);
        this.points = earnedPoints;
        return score;
    }
}
