package org.articlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a quiz is taken, as in Moodle and Canvas: attempts allowed (null means unlimited), grading method,
 * time limit, open and close dates, choice shuffling and feedback timing; and whether it is a practice quiz (Canvas's
 * kind: ungraded, feedback after every answer, missed items come back; see {@code org.articlequiz.practice}).
 * Immutable; replaced as a whole.
 */
@Embeddable
public class QuizSettings {
    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;
    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false)
    private GradingMethod gradingMethod;
    @Column(name = "time_limit_seconds")
    private Integer timeLimitSeconds;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "shuffle_choices", nullable = false)
    private boolean shuffleChoices;
    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_timing", nullable = false)
    private FeedbackTiming feedbackTiming;
    @Column(nullable = false)
    private boolean practice;
    @Column(name = "show_keys_while_attempts_remain", nullable = false)
    private boolean showKeysWhileAttemptsRemain;
    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    protected QuizSettings() {
    }

    public QuizSettings(Integer attemptsAllowed, GradingMethod gradingMethod, Integer timeLimitSeconds,
                        Instant opensAt, Instant closesAt, boolean shuffleChoices, FeedbackTiming feedbackTiming,
                        boolean practice) {
        this(attemptsAllowed, gradingMethod, timeLimitSeconds, opensAt, closesAt, shuffleChoices, feedbackTiming, practice, false);
    }

    public QuizSettings(Integer attemptsAllowed, GradingMethod gradingMethod, Integer timeLimitSeconds,
                        Instant opensAt, Instant closesAt, boolean shuffleChoices, FeedbackTiming feedbackTiming,
                        boolean practice, boolean showKeysWhileAttemptsRemain) {
        this(attemptsAllowed, gradingMethod, timeLimitSeconds, opensAt, closesAt, shuffleChoices, feedbackTiming, practice,
                showKeysWhileAttemptsRemain, false);
    }

    public QuizSettings(Integer attemptsAllowed, GradingMethod gradingMethod, Integer timeLimitSeconds,
                        Instant opensAt, Instant closesAt, boolean shuffleChoices, FeedbackTiming feedbackTiming,
                        boolean practice, boolean showKeysWhileAttemptsRemain, boolean shuffleQuestions) {
        if (attemptsAllowed != null && attemptsAllowed < 1) {
            throw org.articlequiz.DomainException.invalid("invalid-settings", "attemptsAllowed must be at least 1, or absent for unlimited.");
        }
        if (timeLimitSeconds != null && timeLimitSeconds < 1) {
            throw org.articlequiz.DomainException.invalid("invalid-settings", "timeLimitSeconds must be at least 1, or absent for none.");
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw org.articlequiz.DomainException.invalid("invalid-settings", "closesAt must be after opensAt.");
        }
        this.attemptsAllowed = attemptsAllowed;
        this.gradingMethod = Objects.requireNonNullElse(gradingMethod, GradingMethod.HIGHEST);
        this.timeLimitSeconds = timeLimitSeconds;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.shuffleChoices = shuffleChoices;
        this.feedbackTiming = Objects.requireNonNullElse(feedbackTiming, FeedbackTiming.AFTER_SUBMISSION);
        this.practice = practice;
        this.showKeysWhileAttemptsRemain = showKeysWhileAttemptsRemain;
        this.shuffleQuestions = shuffleQuestions;
    }

    /**
     * Moodle's defaults: unlimited attempts, highest grade, no time limit, always open, shuffled, feedback after
     * submission, graded.
     */
    public static QuizSettings defaults() {
        return new QuizSettings(null, GradingMethod.HIGHEST, null, null, null, true, FeedbackTiming.AFTER_SUBMISSION, false);
    }

    public Optional<Integer> attemptsAllowed() {
        return Optional.ofNullable(attemptsAllowed);
    }

    public GradingMethod gradingMethod() {
        return gradingMethod;
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimitSeconds).map(Duration::ofSeconds);
    }

    public Optional<Instant> opensAt() {
        return Optional.ofNullable(opensAt);
    }

    public Optional<Instant> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    public boolean shuffleChoices() {
        return shuffleChoices;
    }

    /**
     * Moodle's "shuffle" question order (issue 13): each attempt gets the approved items in an order of its own, drawn
     * when it starts and kept for it; off by default, so the quiz's order is the one instructors set.
     */
    public boolean shuffleQuestions() {
        return shuffleQuestions;
    }

    public FeedbackTiming feedbackTiming() {
        return feedbackTiming;
    }

    /** A practice quiz: students practise it, ungraded; it takes no attempts and has no gradebook column. */
    public boolean practice() {
        return practice;
    }

    /**
     * Whether a review shows the keys (and explanations) while the student may still start another attempt. Off by
     * default (issue 11): otherwise the first attempt's review gives away the next one's answers.
     */
    public boolean showKeysWhileAttemptsRemain() {
        return showKeysWhileAttemptsRemain;
    }

    public boolean isOpen(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    public boolean hasClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }
}
