package org.articlequiz.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlequiz.testing.Entities;
import org.articlequiz.user.UserId;

/** Quizzes kept in a map by id, for unit tests; counts how often a quiz is loaded ({@link #loads}). */
public class InMemoryQuizzes implements Quizzes {
    private final Map<Long, Quiz> quizzes;
    public final AtomicInteger loads = new AtomicInteger();
    /** Each quiz's delivery version, as the database's triggers keep it: a test raises it with {@link #changed}. */
    private final Map<Long, Long> deliveryVersions = new java.util.concurrent.ConcurrentHashMap<>();

    public InMemoryQuizzes() {
        this(new LinkedHashMap<>());
    }

    /** Over the caller's map, which the test may change later. */
    public InMemoryQuizzes(Map<Long, Quiz> quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public Optional<Quiz> find(QuizId id) {
        loads.incrementAndGet();
        return Optional.ofNullable(quizzes.get(id.value()));
    }

    @Override
    public OptionalLong deliveryVersion(QuizId id) {
        return quizzes.containsKey(id.value()) ? OptionalLong.of(deliveryVersions.getOrDefault(id.value(), 0L)) : OptionalLong.empty();
    }

    /** What the database's triggers do when the quiz, an item or a choice changes. */
    public void changed(QuizId id) {
        deliveryVersions.merge(id.value(), 1L, Long::sum);
    }

    @Override
    public List<Quiz> findAll(String contextId) {
        return quizzes.values().stream().filter(q -> q.isOpenTo(contextId)).toList();
    }

    @Override
    public void add(Quiz quiz) {
        if (Entities.id(quiz) == null) {
            Entities.setId(quiz, quizzes.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1);
        }
        quizzes.put(quiz.id().value(), quiz);
    }

    @Override
    public Accommodation accommodationFor(QuizId quiz, UserId student) {
        return null;
    }

    @Override
    public void accommodate(QuizId quiz, UserId student, Accommodation accommodation) {
    }

    @Override
    public java.util.Map<UserId, Accommodation> accommodations(QuizId quiz) {
        return java.util.Map.of();
    }
}
