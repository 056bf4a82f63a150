package org.articlequiz.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlequiz.quiz.Choice;
import org.articlequiz.quiz.Item;
import org.articlequiz.quiz.ItemContent;
import org.articlequiz.quiz.Quiz;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.quiz.QuizSettings;
import org.articlequiz.quiz.ReviewState;
import org.articlequiz.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 12, the start stampede: a start delivers every item with its choices, and loading them one item at a time
 * made 20 of a 20-item start's ~30 database round trips; through PgBouncer, with 2,000 starts at once, the starts
 * queued on those. {@link JpaQuizzes#findForDelivery} loads quiz, items and choices in two statements. Run as the
 * server runs it (the WAR's persistence unit and mappings, Hibernate, real PostgreSQL) in a schema of its own, outside
 * WildFly, with a statement inspector counting the SQL Hibernate sends.
 */
class DeliveryQueriesIT {
    private static final int ITEMS = 20;

    private final String schema = "delivery_" + Long.toHexString(System.nanoTime());
    private final AtomicInteger statements = new AtomicInteger();
    private EntityManagerFactory factory;

    @BeforeEach
    void migrate() {
        String url = System.getProperty("articlequiz.test.jdbcUrl", "jdbc:postgresql://localhost:55432/postgres");
        Flyway.configure().dataSource(url, "postgres", "postgres").schemas(schema).locations("classpath:db/migration").load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        dataSource.setCurrentSchema(schema);
        Map<String, Object> outsideWildFly = new HashMap<>();
        outsideWildFly.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        outsideWildFly.put("jakarta.persistence.nonJtaDataSource", dataSource);
        outsideWildFly.put("hibernate.session_factory.statement_inspector", (StatementInspector) sql -> {
            statements.incrementAndGet();
            return sql;
        });
        factory = Persistence.createEntityManagerFactory("article-quiz", outsideWildFly);
    }

    @AfterEach
    void drop() throws SQLException {
        if (factory != null) {
            factory.close();
        }
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
        }
    }

    @Test
    void aQuizForDeliveryComesWithEveryItemsChoicesInTwoStatements() {
        QuizId id = storeQuiz();
        EntityManager em = factory.createEntityManager();
        JpaQuizzes quizzes = new JpaQuizzes();
        quizzes.em = em;
        statements.set(0);

        Quiz quiz = quizzes.findForDelivery(id).orElseThrow();
        List<List<String>> delivered = new ArrayList<>();
        for (Item item : quiz.deliverableItems()) {
            delivered.add(item.choices().stream().map(Choice::text).toList());
        }

        assertEquals(2, statements.get(), "quiz with items, then items with choices; not one statement per item");
        assertEquals(ITEMS, delivered.size());
        for (int i = 0; i < ITEMS; i++) {
            assertEquals(List.of("Q" + i + " a", "Q" + i + " b", "Q" + i + " c", "Q" + i + " d"), delivered.get(i),
                    "items in the instructor's order, choices in their stored order");
        }
        assertTrue(quizzes.findForDelivery(new QuizId(id.value() + 1_000_000)).isEmpty());
        em.close();
    }

    /**
     * What a node keeps of a quiz for its starts ({@code attempt.QuizPapers}) is current while the quiz's delivery
     * version is unchanged, so the database must raise it on every change to what a start delivers, whoever makes it
     * (Hibernate on this node or another, SQL by hand), and should not on what starts themselves write.
     */
    @Test
    void theDeliveryVersionRisesWithEveryChangeToWhatAStartDelivers() throws SQLException {
        QuizId id = storeQuiz();
        long[] item = new long[2];
        long[] choice = new long[1];
        inTransaction(em -> {
            Quiz quiz = em.find(Quiz.class, id.value());
            item[0] = quiz.items().get(0).id();
            item[1] = quiz.items().get(1).id();
            choice[0] = quiz.items().get(1).choices().get(2).id();
        });
        long before = version(id);

        long last = before;
        inTransaction(em -> em.find(Quiz.class, id.value()).editItem(item[0], new ItemContent("Question 0?", null,
                List.of("Q0 a", "Q0 b", "Q0 c, reworded", "Q0 d"), 0, null, null, 1.0, "", true)));
        last = rises(id, last, "an option reworded in an edit (the stem unchanged)");
        sql("update choice set text = 'by hand' where id = " + choice[0]);
        last = rises(id, last, "an option's text changed in SQL, as another node or an administrator might");
        inTransaction(em -> em.find(Quiz.class, id.value()).review(item[1], ReviewState.RETIRED));
        last = rises(id, last, "an item withdrawn");
        inTransaction(em -> em.find(Quiz.class, id.value()).reorder(reversed(em.find(Quiz.class, id.value()))));
        last = rises(id, last, "items reordered");
        inTransaction(em -> em.find(Quiz.class, id.value()).changeSettings(new QuizSettings(2, null, 600, null, null,
                false, null, false)));
        last = rises(id, last, "settings changed");
        inTransaction(em -> em.find(Quiz.class, id.value()).addItem(new ItemContent("Question new?", null,
                List.of("n a", "n b", "n c"), 0, null, null, 1.0, "", true)));
        last = rises(id, last, "an item added");
        sql("delete from choice where id = " + choice[0]);
        last = rises(id, last, "an option deleted in SQL");

        sql("insert into app_user (issuer, subject) values ('https://lms.example', 'student-" + id.value() + "')");
        sql("insert into attempt (quiz_id, user_id, number, started_at, max_points, shuffle_seed) select " + id.value()
                + ", id, 1, now(), " + ITEMS + ", 1 from app_user where subject = 'student-" + id.value() + "'");
        sql("insert into attempt_item (attempt_id, item_id, position) select a.id, " + item[0] + ", 0 from attempt a where a.quiz_id = "
                + id.value());
        assertEquals(last, version(id), "a start's own writes (an attempt and its items) leave the quiz's version alone");
        assertTrue(last > before);
    }

    private long rises(QuizId id, long previous, String change) throws SQLException {
        long now = version(id);
        assertTrue(now > previous, change + ": the delivery version stayed at " + previous);
        return now;
    }

    private static List<Long> reversed(Quiz quiz) {
        List<Long> ids = new ArrayList<>(quiz.items().stream().map(Item::id).toList());
        java.util.Collections.reverse(ids);
        return ids;
    }

    private long version(QuizId id) throws SQLException {
        EntityManager em = factory.createEntityManager();
        JpaQuizzes quizzes = new JpaQuizzes();
        quizzes.em = em;
        try {
            return quizzes.deliveryVersion(id).orElseThrow();
        } finally {
            em.close();
        }
    }

    private void inTransaction(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        work.accept(em);
        em.getTransaction().commit();
        em.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            s.execute(statement);
        }
    }

    /**
     * A quiz of {@link #ITEMS} approved items, four choices each, stored in the order a, b, c, d (an added item's
     * options are shuffled; an edit keeps the instructor's order, reusing the choice rows, so row ids do not give it).
     */
    private QuizId storeQuiz() {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Quiz quiz = new Quiz("Delivery", "course-1", QuizSettings.defaults(), Instant.now());
        em.persist(quiz);
        List<ItemContent> contents = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            contents.add(new ItemContent("Question " + i + "?", null,
                    List.of("Q" + i + " a", "Q" + i + " b", "Q" + i + " c", "Q" + i + " d"), 0, null, null, 1.0, "", true));
            quiz.addItem(contents.get(i));
        }
        em.flush();
        for (int i = 0; i < ITEMS; i++) {
            long itemId = quiz.items().get(i).id();
            quiz.editItem(itemId, contents.get(i));
            quiz.review(itemId, ReviewState.APPROVED);
        }
        em.getTransaction().commit();
        em.close();
        return quiz.id();
    }
}
