package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articlequiz.attempt.Attempt;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.attempt.Attempts;
import org.articlequiz.attempt.SaveOutcome;
import org.articlequiz.attempt.SavedResponse;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;
import org.hibernate.Session;

@ApplicationScoped
class JpaAttempts implements Attempts {

    /**
     * The hot path of the product: one round trip that checks the attempt (owner, open, item and choice belong to
     * it) and upserts the answer only if its sequence number is newer and the stored answer is not locked.
     * The outer select reads the row as it was before the upsert (same snapshot), which is what a refused save
     * must report; an applied save reports what it wrote.
     */
    private static final String SAVE = """
            with a as (
                select at.id, at.ends_at, q.feedback_timing = 'IMMEDIATE' as lock
                  from attempt at join quiz q on q.id = at.quiz_id
                 where at.id = ? and at.user_id = ? and at.submitted_at is null and (at.ends_at is null or at.ends_at > ?)
                   and exists (select 1 from attempt_item ai where ai.attempt_id = at.id and ai.item_id = ?)
                   and (?::bigint is null or exists (select 1 from choice c where c.id = ? and c.item_id = ?))
            ), up as (
                insert into response (attempt_id, item_id, choice_id, client_seq, saved_at, locked)
                select a.id, ?, ?, ?, ?, a.lock from a
                on conflict (attempt_id, item_id) do update
                   set choice_id = excluded.choice_id, client_seq = excluded.client_seq,
                       saved_at = excluded.saved_at, locked = excluded.locked
                 where response.client_seq < excluded.client_seq and not response.locked
                returning 1
            )
            select a.ends_at, a.lock, (select count(*) from up) as applied, r.client_seq, r.choice_id, r.locked
              from a left join response r on r.attempt_id = a.id and r.item_id = ?
            """;

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Attempt> find(AttemptId id) {
        return Optional.ofNullable(em.find(Attempt.class, id.value()));
    }

    @Override
    public Optional<Attempt> findForUpdate(AttemptId id) {
        return Optional.ofNullable(em.find(Attempt.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Attempt> findAll(QuizId quiz, UserId student) {
        return em.createQuery("select a from Attempt a where a.quizId = :quiz and a.userId = :user order by a.number", Attempt.class)
                .setParameter("quiz", quiz.value()).setParameter("user", student.value()).getResultList();
    }

    @Override
    public List<Attempt> findAll(QuizId quiz) {
        return em.createQuery("select a from Attempt a where a.quizId = :quiz order by a.userId, a.number", Attempt.class)
                .setParameter("quiz", quiz.value()).getResultList();
    }

    @Override
    public void lockStudent(QuizId quiz, UserId student) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, (int) quiz.value()).setParameter(2, (int) student.value()).getSingleResult();
    }

    @Override
    public void add(Attempt attempt, List<Long> itemIdsInOrder) {
        em.persist(attempt);
        em.flush();
        long attemptId = attempt.id().value();
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into attempt_item (attempt_id, item_id, position) values (?, ?, ?)")) {
                for (int i = 0; i < itemIdsInOrder.size(); i++) {
                    insert.setLong(1, attemptId);
                    insert.setLong(2, itemIdsInOrder.get(i));
                    insert.setInt(3, i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public List<Long> itemIds(AttemptId attempt) {
        return em.createNativeQuery("select item_id from attempt_item where attempt_id = ?1 order by position", Long.class)
                .setParameter(1, attempt.value()).getResultList();
    }

    @Override
    public Optional<SaveOutcome> saveResponse(AttemptId attempt, UserId student, long itemId, Long choiceId, long seq,
                                              Instant now) {
        Timestamp at = Timestamp.from(now);
        return session().doReturningWork(connection -> {
            try (PreparedStatement save = connection.prepareStatement(SAVE)) {
                int p = 1;
                save.setLong(p++, attempt.value());
                save.setLong(p++, student.value());
                save.setTimestamp(p++, at);
                save.setLong(p++, itemId);
                save.setObject(p++, choiceId, Types.BIGINT);
                save.setObject(p++, choiceId, Types.BIGINT);
                save.setLong(p++, itemId);
                save.setLong(p++, itemId);
                save.setObject(p++, choiceId, Types.BIGINT);
                save.setLong(p++, seq);
                save.setTimestamp(p++, at);
                save.setLong(p, itemId);
                try (ResultSet rs = save.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Timestamp endsAt = rs.getTimestamp(1);
                    Instant ends = endsAt == null ? null : endsAt.toInstant();
                    boolean lock = rs.getBoolean(2);
                    if (rs.getLong(3) == 1) {
                        return Optional.of(new SaveOutcome(true, seq, choiceId, ends, lock, null));
                    }
                    long storedChoice = rs.getLong(5);
                    Long stored = rs.wasNull() ? null : storedChoice;
                    return Optional.of(new SaveOutcome(false, rs.getLong(4), stored, ends, rs.getBoolean(6), null));
                }
            }
        });
    }

    @Override
    public List<SavedResponse> responses(AttemptId attempt) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select item_id, choice_id, client_seq, saved_at, locked from response where attempt_id = ? order by item_id")) {
                select.setLong(1, attempt.value());
                List<SavedResponse> responses = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long choice = rs.getLong(2);
                        Long choiceId = rs.wasNull() ? null : choice;
                        responses.add(new SavedResponse(rs.getLong(1), choiceId, rs.getLong(3),
                                rs.getTimestamp(4).toInstant(), rs.getBoolean(5)));
                    }
                }
                return responses;
            }
        });
    }

    @Override
    public double earnedPoints(AttemptId attempt) {
        Number points = (Number) em.createNativeQuery("""
                        select count(*) from response r
                          join attempt_item ai on ai.attempt_id = r.attempt_id and ai.item_id = r.item_id
                          join choice c on c.id = r.choice_id and c.item_id = r.item_id
                         where r.attempt_id = ?1 and c.correct""")
                .setParameter(1, attempt.value()).getSingleResult();
        return points.doubleValue();
    }

    @Override
    public List<AttemptId> expired(Instant now, int limit) {
        List<Long> ids = em.createNativeQuery(
                        "select id from attempt where submitted_at is null and ends_at <= ?1 order by ends_at limit ?2", Long.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(AttemptId::new).toList();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
