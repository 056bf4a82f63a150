package org.articlequiz.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.DomainException;

/**
 * A quiz: a title, the articles it was written from, its items and its settings.
 * Invariants: item positions are 0..n-1 without gaps; only {@link ReviewState#APPROVED} items are ever
 * delivered to students ({@link #deliverableItems()}); a new item's options are stored in an order drawn from
 * {@link SecureRandom} ({@link #addItem}), so where the key is stored, and the choice row ids allocated in that order,
 * say nothing about which option is the key.
 */
@Entity
@Table(name = "quiz")
public class Quiz {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String title;
    /**
     * The course the quiz belongs to, as the launch keyed it (platform, deployment and LTI context: see
     * {@code LtiLaunch.course}); null for quizzes made outside a course.
     */
    @Column(name = "context_id")
    private String contextId;
    @Embedded
    private QuizSettings settings;
    @ManyToMany
    @JoinTable(name = "quiz_article", joinColumns = @JoinColumn(name = "quiz_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    private Set<SourceArticle> articles = new LinkedHashSet<>();
    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private int version;

    /**
     * Where a new item's options go. Whoever wrote the item (the generator, an instructor, an import) may have put the
     * key somewhere predictable: the generator's place for it followed from the stem (issue 11), and people favour
     * some places over others. A cryptographic generator, because a stored position is what every student sees
     * when choices are not shuffled.
     */
    private static final SecureRandom OPTION_ORDER = new SecureRandom();

    protected Quiz() {
    }

    public Quiz(String title, String contextId, QuizSettings settings, Instant now) {
        rename(title);
        this.contextId = contextId;
        this.settings = Objects.requireNonNull(settings);
        this.createdAt = now;
    }

    public QuizId id() {
        return new QuizId(id);
    }

    public String title() {
        return title;
    }

    public String contextId() {
        return contextId;
    }

    /** Whether a caller from course {@code contextId} may use this quiz ({@link Course#admits}). */
    public boolean isOpenTo(String contextId) {
        return Course.admits(this.contextId, contextId);
    }

    /** Refuses a caller from another course (see {@link #isOpenTo}). */
    public Quiz requireOpenTo(String contextId) {
        Course.require(this.contextId, contextId, "quiz");
        return this;
    }

    public QuizSettings settings() {
        return settings;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<SourceArticle> articles() {
        return List.copyOf(articles);
    }

    /**
     * The paragraph of one of the quiz's articles that holds a source sentence, so a student's review can show the
     * sentence in its place. The article the citation names comes first; the reader stores paragraphs separated by
     * a blank line. Empty when no stored article holds the sentence (an item written by hand, an edited source).
     */
    public Optional<String> paragraphOf(SourceCitation source) {
        if (source == null || source.sentence() == null || source.sentence().isBlank()) {
            return Optional.empty();
        }
        String sentence = source.sentence();
        return articles.stream()
                .filter(a -> a.body().contains(sentence))
                .min(Comparator.comparing(a -> !a.fileName().equals(source.article())))
                .map(a -> {
                    String body = a.body();
                    int at = body.indexOf(sentence);
                    int start = body.lastIndexOf("\n\n", at);
                    int end = body.indexOf("\n\n", at + sentence.length());
                    return body.substring(start < 0 ? 0 : start + 2, end < 0 ? body.length() : end).strip();
                });
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** The items a student gets, in the instructor's order. */
    public List<Item> deliverableItems() {
        return items.stream().filter(i -> i.reviewState() == ReviewState.APPROVED).toList();
    }

    public final void rename(String title) {
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("invalid-quiz", "A quiz needs a title.");
        }
        if (title.length() > 300) {
            throw DomainException.invalid("invalid-quiz", "A quiz title has at most 300 characters.");
        }
        this.title = title.strip();
    }

    public void changeSettings(QuizSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public void cite(SourceArticle article) {
        articles.add(article);
    }

    /**
     * Adds a draft item at the end, its options in a random order (see {@link #OPTION_ORDER}). An edit
     * ({@link #editItem}) keeps the order the instructor gives: that is a choice made while looking at the item.
     */
    public Item addItem(ItemContent content) {
        Item item = new Item(this, items.size(), content.shuffled(OPTION_ORDER));
        items.add(item);
        return item;
    }

    public Item item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("item", itemId));
    }

    public Item editItem(long itemId, ItemContent content) {
        Item item = item(itemId);
        item.write(content);
        return item;
    }

    public Item review(long itemId, ReviewState state) {
        Item item = item(itemId);
        item.review(state);
        return item;
    }

    /** Puts the items in the given order; every item id must be named exactly once. */
    public void reorder(List<Long> itemIds) {
        if (itemIds.size() != items.size() || new LinkedHashSet<>(itemIds).size() != items.size()) {
            throw DomainException.invalid("invalid-order", "The new order must name each of the " + items.size() + " items once.");
        }
        for (int i = 0; i < itemIds.size(); i++) {
            item(itemIds.get(i)).moveTo(i);
        }
        items.sort(Comparator.comparingInt(Item::position));
    }
}
