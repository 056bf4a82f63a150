package org.articlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One option of an item; part of the {@link Quiz} aggregate. */
@Entity
@Table(name = "choice")
public class Choice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String text;
    @Column(nullable = false)
    private boolean correct;

    protected Choice() {
    }

    Choice(Item item, int position, String text, boolean correct) {
        this.item = item;
        this.position = position;
        this.text = text;
        this.correct = correct;
    }

    /** An edit of the item that keeps this option (and so every response that chose it). */
    void rewrite(int position, String text, boolean correct) {
        this.position = position;
        this.text = text;
        this.correct = correct;
    }

    public long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    public boolean correct() {
        return correct;
    }
}
