package org.articlequiz.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item in a student's practice deck: when it is due (in answers) and how many right answers it still needs. */
@Entity
@Table(name = "practice_card")
public class PracticeCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deck_id", nullable = false)
    private PracticeDeck deck;
    @Column(name = "item_id", nullable = false)
    private long itemId;
    /** The item's place in the instructor's order: breaks ties between cards due at the same turn. */
    @Column(name = "queue_order", nullable = false)
    private int order;
    @Column(name = "due_turn", nullable = false)
    private int dueTurn;
    @Column(name = "rights_needed", nullable = false)
    private int rightsNeeded;
    @Column(name = "right_count", nullable = false)
    private int rightCount;
    @Column(name = "wrong_count", nullable = false)
    private int wrongCount;

    protected PracticeCard() {
    }

    PracticeCard(PracticeDeck deck, long itemId, int order, int dueTurn) {
        this.deck = deck;
        this.itemId = itemId;
        this.order = order;
        this.dueTurn = dueTurn;
        this.rightsNeeded = 1;
    }

    public long itemId() {
        return itemId;
    }

    int order() {
        return order;
    }

    void reorder(int order) {
        this.order = order;
    }

    public int dueTurn() {
        return dueTurn;
    }

    public int rightsNeeded() {
        return rightsNeeded;
    }

    public boolean learned() {
        return rightsNeeded == 0;
    }

    public int rightCount() {
        return rightCount;
    }

    public int wrongCount() {
        return wrongCount;
    }

    void answeredRight(int nextDue) {
        rightCount++;
        rightsNeeded = Math.max(0, rightsNeeded - 1);
        dueTurn = nextDue;
    }

    void answeredWrong(int nextDue, int rightsNeeded) {
        wrongCount++;
        this.rightsNeeded = rightsNeeded;
        dueTurn = nextDue;
    }

    void restart(int dueTurn) {
        rightsNeeded = 1;
        rightCount = 0;
        wrongCount = 0;
        this.dueTurn = dueTurn;
    }
}
