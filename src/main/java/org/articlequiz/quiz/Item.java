package org.articlequiz.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A multiple-choice item of a {@link Quiz}. Invariant: exactly one choice is correct. Its content changes only
 * through {@link Quiz#editItem}, so the quiz can tell whether answered items were touched.
 */
@Entity
@Table(name = "item")
public class Item {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private Quiz quiz;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String stem;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String explanation;
    @Embedded
    private SourceCitation source;
    @Column(nullable = false)
    private double confidence;
    @Column(nullable = false)
    private String reasons;
    @Column(name = "single_source", nullable = false)
    private boolean singleSource;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false)
    private ReviewState reviewState;
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Choice> choices = new ArrayList<>();
    @Version
    private int version;

    protected Item() {
    }

    Item(Quiz quiz, int position, ItemContent content) {
        this.quiz = quiz;
        this.position = position;
        this.reviewState = ReviewState.DRAFT;
        write(content);
    }

    void write(ItemContent content) {
        this.stem = content.stem();
        this.kind = content.kind();
        this.explanation = content.explanation();
        this.source = content.source();
        this.confidence = content.confidence();
        this.reasons = content.reasons();
        this.singleSource = content.singleSource();
        rewriteChoices(content.options(), content.answer());
    }

    /**
     * Keeps every option that survives an edit as the same row, so responses that chose it still point at it and
     * a regrade can re-mark them: an option with the same text (ignoring case and outer spaces) is the same
     * option wherever it moves; the remaining old options take the remaining new texts in order (an edited
     * wording); old options left over are removed, new texts left over are added.
     */
    private void rewriteChoices(List<String> options, int answer) {
        List<Choice> unmatched = new ArrayList<>(choices);
        Choice[] kept = new Choice[options.size()];
        for (int i = 0; i < options.size(); i++) {
            String text = normalized(options.get(i));
            for (Choice old : unmatched) {
                if (normalized(old.text()).equals(text)) {
                    kept[i] = old;
                    unmatched.remove(old);
                    break;
                }
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (kept[i] == null && !unmatched.isEmpty()) {
                kept[i] = unmatched.remove(0);
            }
        }
        choices.removeAll(unmatched);
        for (int i = 0; i < options.size(); i++) {
            if (kept[i] == null) {
                choices.add(new Choice(this, i, options.get(i), i == answer));
            } else {
                kept[i].rewrite(i, options.get(i), i == answer);
            }
        }
        choices.sort(java.util.Comparator.comparingInt(Choice::position));
    }

    private static String normalized(String option) {
        return option.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void moveTo(int position) {
        this.position = position;
    }

    void review(ReviewState state) {
        this.reviewState = state;
    }

    public long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String stem() {
        return stem;
    }

    public String kind() {
        return kind;
    }

    public String explanation() {
        return explanation;
    }

    public SourceCitation source() {
        return source;
    }

    public double confidence() {
        return confidence;
    }

    public String reasons() {
        return reasons;
    }

    public boolean singleSource() {
        return singleSource;
    }

    public ReviewState reviewState() {
        return reviewState;
    }

    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    public Choice key() {
        return choices.stream().filter(Choice::correct).findFirst().orElseThrow();
    }

    public ItemContent content() {
        List<String> options = choices.stream().map(Choice::text).toList();
        return new ItemContent(stem, kind, options, key().position(), explanation, source, confidence, reasons, singleSource);
    }
}
