package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.attempt.Answers;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;
import org.hibernate.Session;

/**
 * Results queries in SQL: one statement each, over {@code attempt_item} (what an attempt was given) left-joined
 * to {@code response} (what was answered), so unanswered items count as given and wrong.
 */
@ApplicationScoped
class JpaAnswers implements Answers {

    /** Points a closed attempt's responses earn under today's keys; the same rule as {@code JpaAttempts.earnedPoints}. */
    private static final String MARKINGS = """
            select a.id, a.user_id, a.points,
                   (select count(*) from attempt_item ai
                      join response r on r.attempt_id = ai.attempt_id and r.item_id = ai.item_id
                      join choice c on c.id = r.choice_id and c.item_id = r.item_id
                     where ai.attempt_id = a.id and c.correct) as earned
              from attempt a
              join attempt_item given on given.attempt_id = a.id and given.item_id = ?
             where a.submitted_at is not null
             order by a.id""";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<GivenAnswer> ofQuiz(QuizId quiz) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select ai.attempt_id, ai.item_id, r.choice_id, r.saved_at
                      from attempt a
                      join attempt_item ai on ai.attempt_id = a.id
                      left join response r on r.attempt_id = ai.attempt_id and r.item_id = ai.item_id
                     where a.quiz_id = ?
                     order by ai.attempt_id, ai.position""")) {
                select.setLong(1, quiz.value());
                List<GivenAnswer> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long choice = rs.getLong(3);
                        Long choiceId = rs.wasNull() ? null : choice;
                        Timestamp saved = rs.getTimestamp(4);
                        rows.add(new GivenAnswer(new AttemptId(rs.getLong(1)), rs.getLong(2), choiceId,
                                saved == null ? null : saved.toInstant()));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public Map<AttemptId, Instant> lastActivity(QuizId quiz) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select a.id, greatest(a.started_at, a.submitted_at, max(r.saved_at))
                      from attempt a left join response r on r.attempt_id = a.id
                     where a.quiz_id = ?
                     group by a.id""")) {
                select.setLong(1, quiz.value());
                Map<AttemptId, Instant> last = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        last.put(new AttemptId(rs.getLong(1)), rs.getTimestamp(2).toInstant());
                    }
                }
                return last;
            }
        });
    }

    @Override
    public Set<Long> chosenChoices(long itemId) {
        List<Long> ids = em.createNativeQuery(
                        "select distinct choice_id from response where item_id = ?1 and choice_id is not null", Long.class)
                .setParameter(1, itemId).getResultList();
        return new HashSet<>(ids);
    }

    @Override
    public long answeredInClosedAttempts(long itemId) {
        Number count = (Number) em.createNativeQuery("""
                        select count(*) from response r join attempt a on a.id = r.attempt_id
                         where r.item_id = ?1 and r.choice_id is not null and a.submitted_at is not null""")
                .setParameter(1, itemId).getSingleResult();
        return count.longValue();
    }

    @Override
    public List<Marking> markings(long itemId) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(MARKINGS)) {
                select.setLong(1, itemId);
                List<Marking> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Marking(new AttemptId(rs.getLong(1)), new UserId(rs.getLong(2)), rs.getDouble(3),
                                rs.getDouble(4)));
                    }
                }
                return rows;
            }
        });
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
