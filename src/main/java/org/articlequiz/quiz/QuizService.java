package org.articlequiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.exchange.ExchangeFormat;
import org.articlequiz.user.UserId;

/** What instructors do with quizzes and articles. Every method is one transaction, except that an article is read before its transaction begins. */
@ApplicationScoped
public class QuizService {

    @Inject
    Quizzes quizzes;
    @Inject
    SourceArticles articles;
    @Inject
    Clock clock;
    @Inject
    QuizService self;
    @Inject
    RunningAttempts runningAttempts;

    /** The most articles one quiz may cite (as a generation job may use), so an id list is never unbounded. */
    public static final int MAX_ARTICLES = 50;

    @Transactional
    public Quiz create(String title, String contextId, QuizSettings settings, List<Long> articleIds) {
        if (articleIds != null && articleIds.size() > MAX_ARTICLES) {
            throw DomainException.invalid("too-many-articles", "A quiz cites at most " + MAX_ARTICLES + " articles.");
        }
        Quiz quiz = new Quiz(title, contextId, settings == null ? QuizSettings.defaults() : settings, clock.instant());
        for (long articleId : articleIds == null ? List.<Long>of() : articleIds) {
            quiz.cite(article(articleId, contextId));
        }
        quizzes.add(quiz);
        return quiz;
    }

    @Transactional
    public Quiz get(QuizId id) {
        return loaded(require(id));
    }

    /** The quizzes a caller from course {@code contextId} may see: the course's own and those of no course. */
    @Transactional
    public List<Quiz> list(String contextId) {
        return quizzes.findAll(contextId).stream().map(QuizService::loaded).toList();
    }

    @Transactional
    public Item addItem(QuizId id, ItemContent content) {
        Quiz quiz = require(id);
        Item item = quiz.addItem(content);
        quizzes.add(quiz); // flushes so the item has its id
        return item;
    }


    @Transactional
    public Item review(QuizId id, long itemId, ReviewState state) {
        return loaded(require(id).review(itemId, state));
    }

    @Transactional
    public Quiz reorder(QuizId id, List<Long> itemIds) {
        Quiz quiz = require(id);
        quiz.reorder(itemIds);
        return loaded(quiz);
    }

    @Transactional
    public Quiz changeSettings(QuizId id, QuizSettings settings) {
        Quiz quiz = require(id);
        quiz.changeSettings(settings);
        runningAttempts.reschedule(id);
        return loaded(quiz);
    }

    @Transactional
    public void accommodate(QuizId id, UserId student, Accommodation accommodation) {
        require(id);
        quizzes.accommodate(id, student, accommodation);
        // issue 13: a changed extension reaches an attempt already running (its end moves now, not at the next start)
        runningAttempts.reschedule(id);
    }

    /** Who has an accommodation for the quiz, and which (the settings page lists them). */
    @Transactional
    public java.util.Map<UserId, Accommodation> accommodations(QuizId id) {
        require(id);
        return quizzes.accommodations(id);
    }

    /** The quiz's approved items in an exchange format (the caller's course is checked by the web layer). */
    @Transactional
    public QuizExport export(QuizId id, ExchangeFormat format) {
        return QuizExport.of(require(id), format);
    }

    /**
     * Stores an article once for course {@code contextId} (null: for every course, as the seeds): the same text stored
     * twice is the same article, and a course reuses the seeds' copy of a text rather than storing its own.
     */
    public SourceArticle storeArticle(String contextId, String fileName, String title, String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("empty-article", "The article has no text.");
        }
        // Read first, outside the transaction: refused here (413, 400 not-text, 422) before anything is stored.
        String read = ArticleReading.displayTitle(ArticleReading.read(fileName, body));
        // Without a title given, the article's own (found by the reader, page chrome left out) or its opening words.
        return self.storeRead(contextId, fileName, title == null || title.isBlank() ? read : title.strip(), body);
    }

    /** The transactional half of {@link #storeArticle}: public only for the CDI proxy, not for other callers. */
    @Transactional
    public SourceArticle storeRead(String contextId, String fileName, String named, String body) {
        String sha = sha256(body);
        return articles.findBySha256(sha, contextId).map(a -> a.retitleUntitled(named)).orElseGet(() -> {
            SourceArticle article = new SourceArticle(contextId, fileName, named == null || named.isBlank() ? fileName : named, body, sha, clock.instant());
            articles.add(article);
            return article;
        });
    }

    /** The articles course {@code contextId} may write quizzes from: its own and the seeds. */
    @Transactional
    public List<SourceArticle> articles(String contextId) {
        return articles.findAll(contextId);
    }

    /** A stored article, if course {@code contextId} may use it (403 {@code other-course} otherwise). */
    @Transactional
    public SourceArticle article(long id, String contextId) {
        return articles.find(id).orElseThrow(() -> DomainException.notFound("article", id)).requireOpenTo(contextId);
    }

    /** The whole aggregate read inside the transaction, so callers may read it after the transaction ends. */
    private static Quiz loaded(Quiz quiz) {
        quiz.articles();
        quiz.items().forEach(Item::choices);
        return quiz;
    }

    private static Item loaded(Item item) {
        item.choices();
        return item;
    }

    private Quiz require(QuizId id) {
        return quizzes.find(id).orElseThrow(() -> DomainException.notFound("quiz", id));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
