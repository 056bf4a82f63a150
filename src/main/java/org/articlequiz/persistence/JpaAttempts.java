package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.attempt.AnswerSave;
import org.articlequiz.attempt.Attempt;
import org.articlequiz.attempt.AttemptId;
import org.articlequiz.attempt.Attempts;
import org.articlequiz.attempt.ItemKey;
import org.articlequiz.attempt.SaveOutcome;
import org.articlequiz.attempt.SavedResponse;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.SourceCitation;
import org.articlequiz.user.UserId;
import org.hibernate.Session;

@ApplicationScoped
class JpaAttempts implements Attempts {

    /**
     * The hot path of the product: one round trip for a whole batch of saves (see {@code AnswerWriter}). It checks
     * each save's attempt (owner, open when the save arrived, item and choice belong to it) and upserts the answer only
     * if its sequence number is newer and the stored answer is not locked. Rows are upserted in key order, so two
     * batches in flight at once lock shared rows in the same order and cannot deadlock.
     *
     * <p>The result has two kinds of rows. Kind 0, one per admitted save: the attempt's end and whether answers lock.
     * Kind 1, one per row the upsert wrote. A save with no kind-0 row was not admitted. The attempt is read per save
     * through a LATERAL subquery with LIMIT, and the upsert's rows are matched in Java, so the plan stays index lookups
     * per save whatever the planner guesses an array holds.
     *
     * <p>Under immediate feedback an answer locks once given; a cleared answer (no choice) does not lock and gets no
     * feedback (issue 11: clearing an item must not reveal its key).
     *
     * <p>A save that arrives after the attempt's end is still admitted within {@link Attempt#GRACE} when its
     * {@code seq}, the time the page made the answer, lies between the attempt's start and end (Moodle's grace period).
     *
     * <p>The attempt row is read {@code FOR SHARE} (issue 11, High 4): every path that closes an attempt locks its row
     * first ({@link #lock}), so a close waits for a batch that admitted a save of that attempt to commit, and then
     * grades it; and a batch that meets a close in progress waits for it and, re-reading the row, refuses the save.
     * A save is either counted in the grade or refused, never acknowledged and left out.
     */
    private static final String SAVE = """
            with input as (
                select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::timestamptz[])
                       with ordinality as i(attempt_id, user_id, item_id, choice_id, seq, received_at, n)
            ), a as (
                select i.n, i.attempt_id, i.item_id, i.choice_id, i.seq, i.received_at, at.ends_at, at.lock
                  from input i
                  cross join lateral (
                        select at.ends_at, q.feedback_timing = 'IMMEDIATE' and i.choice_id is not null as lock
                          from attempt at join quiz q on q.id = at.quiz_id
                         where at.id = i.attempt_id and at.user_id = i.user_id and at.submitted_at is null
                           and (at.ends_at is null or at.ends_at > i.received_at
                                or (i.received_at < at.ends_at + make_interval(secs => %d)
                                    and i.seq >= (extract(epoch from at.started_at) * 1000)::bigint
                                    and i.seq < (extract(epoch from at.ends_at) * 1000)::bigint))
                         limit 1
                           for share of at) at
                 where exists (select 1 from attempt_item ai where ai.attempt_id = i.attempt_id and ai.item_id = i.item_id)
                   and (i.choice_id is null or exists (select 1 from choice c where c.id = i.choice_id and c.item_id = i.item_id))
            ), up as (
                insert into response (attempt_id, item_id, choice_id, client_seq, saved_at, locked)
                select a.attempt_id, a.item_id, a.choice_id, a.seq, a.received_at, a.lock from a
                 order by a.attempt_id, a.item_id
                on conflict (attempt_id, item_id) do update
                   set choice_id = excluded.choice_id, client_seq = excluded.client_seq,
                       saved_at = excluded.saved_at, locked = excluded.locked
                 where response.client_seq < excluded.client_seq and not response.locked
                returning attempt_id, item_id
            )
            select 0 as kind, a.n, a.attempt_id, a.item_id, a.ends_at, a.lock from a
            union all
            select 1, null, up.attempt_id, up.item_id, null, null from up
            """.formatted(Attempt.GRACE.toSeconds());

    /**
     * The stored answers of saves the upsert refused. A statement of its own: the upsert compared each save with
     * the newest committed answer (which may be newer than its statement's snapshot, when another batch committed
     * the same answer a moment before) and locked it, so a new statement reads exactly what the save lost to.
     */
    private static final String STORED = """
            select r.attempt_id, r.item_id, r.client_seq, r.choice_id, r.locked
              from unnest(?::bigint[], ?::bigint[]) as k(attempt_id, item_id)
              join response r on r.attempt_id = k.attempt_id and r.item_id = k.item_id
            """;

    /** A save the statement admitted: its index in the batch, its attempt's end, whether answers lock. */
    private record Admitted(int index, Instant endsAt, boolean lock) {
    }

    /** As {@code jakarta.persistence.query.timeout} in persistence.xml, for the statements run through JDBC here. */
    static final int QUERY_TIMEOUT_SECONDS = 30;

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
    public void lock(Attempt attempt) {
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Attempt> findAll(QuizId quiz, UserId student) {
        return em.createQuery("select a from Attempt a where a.quizId = :quiz and a.userId = :user order by a.number", Attempt.class)
                .setParameter("quiz", quiz.value()).setParameter("user", student.value()).getResultList();
    }

    @Override
    public List<Attempt> findAll(QuizId quiz) {
        return em.createQuery("select a from Attempt a where a.quizId = :quiz and a.preview = false order by a.userId, a.number", Attempt.class)
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
        // One statement for all the attempt's items (issue 12: a batch of 20 inserts is 20 executions for PostgreSQL
        // and for PgBouncer to relay, in every start of a stampede).
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into attempt_item (attempt_id, item_id, position) "
                    + "select ?, t.item_id, t.n - 1 from unnest(?::bigint[]) with ordinality as t(item_id, n)")) {
                insert.setLong(1, attemptId);
                insert.setArray(2, connection.createArrayOf("bigint", itemIdsInOrder.toArray()));
                insert.executeUpdate();
            }
        });
    }

    @Override
    public List<Long> itemIds(AttemptId attempt) {
        return em.createNativeQuery("select item_id from attempt_item where attempt_id = ?1 order by position", Long.class)
                .setParameter(1, attempt.value()).getResultList();
    }

    @Override
    public List<Optional<SaveOutcome>> saveResponses(List<AnswerSave> saves) {
        int n = saves.size();
        Long[] attemptIds = new Long[n];
        Long[] userIds = new Long[n];
        Long[] itemIds = new Long[n];
        Long[] choiceIds = new Long[n];
        Long[] seqs = new Long[n];
        String[] received = new String[n];
        for (int i = 0; i < n; i++) {
            AnswerSave save = saves.get(i);
            attemptIds[i] = save.attempt().value();
            userIds[i] = save.student().value();
            itemIds[i] = save.itemId();
            choiceIds[i] = save.choiceId();
            seqs[i] = save.seq();
            received[i] = save.receivedAt().toString();
        }
        return session().doReturningWork(connection -> {
            List<Optional<SaveOutcome>> outcomes = new ArrayList<>(Collections.nCopies(n, Optional.empty()));
            try (PreparedStatement save = connection.prepareStatement(SAVE)) {
                // The hot path runs in JDBC directly, so it sets the same limit as persistence.xml's query timeout.
                save.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                save.setArray(1, connection.createArrayOf("bigint", attemptIds));
                save.setArray(2, connection.createArrayOf("bigint", userIds));
                save.setArray(3, connection.createArrayOf("bigint", itemIds));
                save.setArray(4, connection.createArrayOf("bigint", choiceIds));
                save.setArray(5, connection.createArrayOf("bigint", seqs));
                save.setArray(6, connection.createArrayOf("text", received));
                Set<AnswerSave.Key> written = new HashSet<>();
                List<Admitted> admitted = new ArrayList<>();
                try (ResultSet rs = save.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(1) == 1) {
                            written.add(new AnswerSave.Key(rs.getLong(3), rs.getLong(4)));
                            continue;
                        }
                        Timestamp endsAt = rs.getTimestamp(5);
                        admitted.add(new Admitted(rs.getInt(2) - 1, endsAt == null ? null : endsAt.toInstant(), rs.getBoolean(6)));
                    }
                }
                List<Admitted> refused = admitted.stream().filter(a -> !written.contains(saves.get(a.index()).key())).toList();
                Map<AnswerSave.Key, SavedResponse> stored = refused.isEmpty() ? Map.of()
                        : stored(connection, refused.stream().map(a -> saves.get(a.index()).key()).toList());
                for (Admitted row : admitted) {
                    AnswerSave asked = saves.get(row.index());
                    SavedResponse lost = stored.get(asked.key());
                    outcomes.set(row.index(), Optional.of(lost == null
                            ? new SaveOutcome(true, asked.seq(), asked.choiceId(), row.endsAt(), row.lock(), null)
                            : new SaveOutcome(false, lost.seq(), lost.choiceId(), row.endsAt(), lost.locked(), null)));
                }
            }
            return outcomes;
        });
    }

    private static Map<AnswerSave.Key, SavedResponse> stored(Connection connection, List<AnswerSave.Key> keys) throws SQLException {
        Map<AnswerSave.Key, SavedResponse> stored = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement(STORED)) {
            read.setArray(1, connection.createArrayOf("bigint", keys.stream().map(AnswerSave.Key::attempt).toArray(Long[]::new)));
            read.setArray(2, connection.createArrayOf("bigint", keys.stream().map(AnswerSave.Key::itemId).toArray(Long[]::new)));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long choice = rs.getLong(4);
                    Long choiceId = rs.wasNull() ? null : choice;
                    stored.put(new AnswerSave.Key(rs.getLong(1), rs.getLong(2)),
                            new SavedResponse(rs.getLong(2), choiceId, rs.getLong(3), null, rs.getBoolean(5)));
                }
            }
        }
        return stored;
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
    public Optional<ItemKey> itemKey(AttemptId attempt, long itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.quiz_id, c.id, i.explanation, i.source_article, i.source_sentence,
                               (select count(*) from quiz_article qa where qa.quiz_id = i.quiz_id)
                          from attempt_item ai
                          join item i on i.id = ai.item_id
                          join choice c on c.item_id = i.id and c.correct
                         where ai.attempt_id = ?1 and ai.item_id = ?2""")
                .setParameter(1, attempt.value()).setParameter(2, itemId).getResultList();
        return rows.stream().findFirst().map(r -> new ItemKey(new QuizId(((Number) r[0]).longValue()), itemId,
                ((Number) r[1]).longValue(), (String) r[2], new SourceCitation((String) r[3], (String) r[4], null, null),
                ((Number) r[5]).intValue()));
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
