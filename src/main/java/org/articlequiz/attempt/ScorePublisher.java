package org.articlequiz.attempt;

/**
 * The port through which grades leave for course platforms' gradebooks.
 * Called inside the transaction that graded the attempt: an implementation records what to send (an outbox row)
 * and never calls out over the network, so that the grade and the promise to send it commit together.
 * Every CDI bean implementing it is called; with none, grades stay in the tool.
 */
public interface ScorePublisher {
    void publish(GradeChange change);
}
