package org.articlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlequiz.testing.Entities;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, low: "dashboards filter by course in SQL". An instructor's quiz list asks the repository for the course's
 * quizzes ({@link Quizzes#findAll(String)}, a {@code where} clause in the database), instead of loading every
 * course's quizzes, with their items, and dropping the others in Java.
 */
class DashboardByCourseTest {
    private final Map<Long, Quiz> stored = new LinkedHashMap<>();
    private final QuizService service = new QuizService();

    @Test
    void dashboardsFilterByCourseInSql() {
        stored.put(1L, quiz(1, "p:d:mine"));
        stored.put(2L, quiz(2, "p:d:other"));
        stored.put(3L, quiz(3, null));
        service.quizzes = new InMemoryQuizzes(stored) {
            /** Every course's quizzes: what the list used to load before filtering in Java. */
            @SuppressWarnings("unused")
            public List<Quiz> findAll() {
                throw new AssertionError("the list loaded every course's quizzes");
            }
        };
        assertEquals(List.of(1L, 3L), service.list("p:d:mine").stream().map(q -> q.id().value()).toList());
    }

    private static Quiz quiz(long id, String course) {
        return Entities.setId(new Quiz("Q" + id, course, QuizSettings.defaults(), Instant.EPOCH), id);
    }
}
