package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.Accommodation;
import org.articlequiz.quiz.Course;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.Quizzes;
import org.articlequiz.quiz.RunningAttempts;
import org.articlequiz.user.UserId;

@ApplicationScoped
class JpaQuizzes implements Quizzes, RunningAttempts {
    private static final int COURSES_KEPT = 100_000;

    /** No course (the demo seeds): a map holds no null. */
    private static final String OPEN_TO_ALL = "";

    /** Quiz id to its course, for {@link #requireOpenTo}: it never changes (a quiz is created in its course). */
    private final ConcurrentHashMap<Long, String> courses = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Override
    public void requireOpenTo(QuizId id, String contextId) {
        String course = courses.get(id.value());
        if (course == null) {
            List<String> rows = em.createNativeQuery("select coalesce(context_id, '') from quiz where id = ?1", String.class)
                    .setParameter(1, id.value()).getResultList();
            if (rows.isEmpty()) {
                throw DomainException.notFound("quiz", id);
            }
            course = rows.get(0);
            if (courses.size() > COURSES_KEPT) {
                courses.clear();
            }
            courses.put(id.value(), course);
        }
        Course.require(course.equals(OPEN_TO_ALL) ? null : course, contextId, "quiz");
    }

    @Override
    public Optional<Quiz> find(QuizId id) {
        return Optional.ofNullable(em.find(Quiz.class, id.value()));
    }

    @Override
    public Optional<Quiz> findForDelivery(QuizId id) {
        // Two queries: the quiz with its items, then the items with their choices. Both collections are bags (lists
        // without an index column), and Hibernate fetches one bag per query.
        List<Quiz> found = em.createQuery("select q from Quiz q left join fetch q.items where q.id = :id", Quiz.class)
                .setParameter("id", id.value()).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        em.createQuery("select i from Item i left join fetch i.choices where i.quiz.id = :id", Item.class)
                .setParameter("id", id.value()).getResultList();
        return Optional.of(found.get(0));
    }

    @Override
    public OptionalLong deliveryVersion(QuizId id) {
        // Raised by the database's triggers on quiz, item and choice (migration V33), never by the application.
        List<Long> rows = em.createNativeQuery("select delivery_version from quiz where id = ?1", Long.class)
                .setParameter(1, id.value()).getResultList();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0));
    }

    @Override
    public List<Quiz> findAll(String contextId) {
        if (contextId == null) {
            return em.createQuery("select q from Quiz q where q.contextId is null order by q.createdAt desc, q.id desc",
                    Quiz.class).getResultList();
        }
        return em.createQuery("select q from Quiz q where q.contextId = :course or q.contextId is null "
                + "order by q.createdAt desc, q.id desc", Quiz.class).setParameter("course", contextId).getResultList();
    }

    @Override
    public void add(Quiz quiz) {
        if (!em.contains(quiz)) {
            em.persist(quiz);
        }
        em.flush();
    }

    @Override
    public Accommodation accommodationFor(QuizId quiz, UserId student) {
        List<Object[]> rows = em.createNativeQuery(
                        "select extra_time_seconds, extra_attempts from accommodation where quiz_id = ?1 and user_id = ?2",
                        Object[].class)
                .setParameter(1, quiz.value()).setParameter(2, student.value()).getResultList();
        return rows.isEmpty() ? Accommodation.NONE
                : new Accommodation(Duration.ofSeconds(((Number) rows.get(0)[0]).longValue()), ((Number) rows.get(0)[1]).intValue());
    }

    @Override
    public void reschedule(QuizId quiz) {
        em.flush();
        em.createNativeQuery("""
                        update attempt a
                           set ends_at = least(a.started_at + make_interval(secs => q.time_limit_seconds
                                                   + coalesce((select x.extra_time_seconds from accommodation x
                                                                where x.quiz_id = q.id and x.user_id = a.user_id), 0)),
                                               q.closes_at)
                          from quiz q
                         where q.id = ?1 and a.quiz_id = q.id and a.submitted_at is null
                           and a.ends_at is distinct from least(a.started_at + make_interval(secs => q.time_limit_seconds
                                                   + coalesce((select x.extra_time_seconds from accommodation x
                                                                where x.quiz_id = q.id and x.user_id = a.user_id), 0)),
                                               q.closes_at)""")
                .setParameter(1, quiz.value()).executeUpdate();
    }

    @Override
    public void accommodate(QuizId quiz, UserId student, Accommodation accommodation) {
        em.createNativeQuery("""
                        insert into accommodation (quiz_id, user_id, extra_time_seconds, extra_attempts) values (?1, ?2, ?3, ?4)
                        on conflict (quiz_id, user_id) do update
                           set extra_time_seconds = excluded.extra_time_seconds, extra_attempts = excluded.extra_attempts""")
                .setParameter(1, quiz.value()).setParameter(2, student.value())
                .setParameter(3, (int) accommodation.extraTime().toSeconds()).setParameter(4, accommodation.extraAttempts())
                .executeUpdate();
    }

    @Override
    public java.util.Map<UserId, Accommodation> accommodations(QuizId quiz) {
        List<Object[]> rows = em.createNativeQuery("""
                        select user_id, extra_time_seconds, extra_attempts from accommodation
                         where quiz_id = ?1 and (extra_time_seconds > 0 or extra_attempts > 0) order by user_id""", Object[].class)
                .setParameter(1, quiz.value()).getResultList();
        java.util.Map<UserId, Accommodation> found = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            found.put(new UserId(((Number) row[0]).longValue()),
                    new Accommodation(Duration.ofSeconds(((Number) row[1]).longValue()), ((Number) row[2]).intValue()));
        }
        return found;
    }
}
