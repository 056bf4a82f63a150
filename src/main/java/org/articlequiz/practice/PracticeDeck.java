package org.articlequiz.practice;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.DomainException;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * One student's practice queue for one practice quiz: Leitner-style spaced repetition, with time counted in answers.
 *
 * <p>Every approved item starts needing one right answer, and new items fall due one per answer in the instructor's
 * order, so a missed item comes back among them rather than after all of them. A wrong answer brings the item back {@value #GAP} answers
 * later and makes it need {@value #RIGHTS_AFTER_A_MISS} right answers in a row; a right answer that still leaves one
 * needed brings it back {@value #GAP}×2 answers later (the widening gap of spaced repetition); an item that needs none
 * is learned and leaves the queue until the student starts over. The next item is the one due soonest, ties in the
 * instructor's order, and never the item just answered while another one waits.
 *
 * <p>Invariants: {@code turn} counts the answers given and only grows; only the current item can be answered, and only
 * at the turn it was shown, so a stale or replayed answer never moves the queue (a replay of the last answer is
 * recognised by {@link #isReplay} and changes nothing).
 */
@Entity
@Table(name = "practice_deck")
public class PracticeDeck {
    /** Answers until a missed item comes back: long enough that it is not simply remembered from a moment ago. */
    static final int GAP = 3;
    /** Right answers in a row a missed item needs before it counts as learned. */
    static final int RIGHTS_AFTER_A_MISS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quiz_id", nullable = false)
    private long quizId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false)
    private int turn;
    @Column(name = "last_item_id")
    private Long lastItemId;
    @Column(name = "last_choice_id")
    private Long lastChoiceId;
    @OneToMany(mappedBy = "deck", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PracticeCard> cards = new ArrayList<>();
    @Version
    private int version;

    protected PracticeDeck() {
    }

    /** A new, empty deck; {@link #sync} deals it the quiz's items. */
    public PracticeDeck(QuizId quiz, UserId student) {
        this.quizId = quiz.value();
        this.userId = student.value();
    }

    public long id() {
        return id;
    }

    public QuizId quiz() {
        return new QuizId(quizId);
    }

    public UserId student() {
        return new UserId(userId);
    }

    /** Answers given so far; the turn the current item is shown at. */
    public int turn() {
        return turn;
    }

    public List<PracticeCard> cards() {
        return cards.stream().sorted(Comparator.comparingInt(PracticeCard::order)).toList();
    }

    public int learned() {
        return (int) cards.stream().filter(PracticeCard::learned).count();
    }

    public Optional<PracticeCard> card(long itemId) {
        return cards.stream().filter(c -> c.itemId() == itemId).findFirst();
    }

    /**
     * Deals the quiz's approved items, in the instructor's order: an item approved since joins the queue now, a
     * retired one leaves it, and the order follows the instructor's.
     */
    public void sync(List<Long> deliverableItemIds) {
        Set<Long> wanted = new HashSet<>(deliverableItemIds);
        cards.removeIf(c -> !wanted.contains(c.itemId()));
        for (int n = 0; n < deliverableItemIds.size(); n++) {
            long itemId = deliverableItemIds.get(n);
            Optional<PracticeCard> card = card(itemId);
            if (card.isPresent()) {
                card.get().reorder(n);
            } else {
                cards.add(new PracticeCard(this, itemId, n, turn + n));
            }
        }
    }

    /** The item to show now; empty when every item is learned. */
    public Optional<PracticeCard> current() {
        Comparator<PracticeCard> soonest = Comparator.comparingInt(PracticeCard::dueTurn).thenComparingInt(PracticeCard::order);
        List<PracticeCard> waiting = cards.stream().filter(c -> !c.learned()).sorted(soonest).toList();
        return waiting.stream()
                .filter(c -> waiting.size() == 1 || lastItemId == null || c.itemId() != lastItemId)
                .findFirst();
    }

    /** The same answer to the same item at the turn before: a retried request, already counted. */
    public boolean isReplay(long itemId, long choiceId, int shownAtTurn) {
        return shownAtTurn == turn - 1 && lastItemId != null && lastItemId == itemId
                && lastChoiceId != null && lastChoiceId == choiceId;
    }

    /** Counts one answer to the current item, shown at {@code shownAtTurn}, and schedules the item again. */
    public PracticeCard answer(long itemId, long choiceId, boolean right, int shownAtTurn) {
        if (shownAtTurn != turn) {
            throw DomainException.conflict("practice-stale",
                    "This question was shown at turn " + shownAtTurn + ", but " + turn
                            + " answers have been given since the practice began (another tab?); nothing was counted.");
        }
        PracticeCard card = current().filter(c -> c.itemId() == itemId).orElseThrow(() -> DomainException.conflict(
                "practice-not-current", "Item " + itemId + " is not the question to answer now; nothing was counted."));
        turn++;
        if (right) {
            card.answeredRight(turn + GAP * 2);
        } else {
            card.answeredWrong(turn + GAP, RIGHTS_AFTER_A_MISS);
        }
        lastItemId = itemId;
        lastChoiceId = choiceId;
        return card;
    }

    /** Starts over: every item needs one right answer again, in the instructor's order. */
    public void restart() {
        cards.forEach(c -> c.restart(turn + c.order()));
        lastItemId = null;
        lastChoiceId = null;
    }
}
