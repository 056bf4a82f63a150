package org.articlequiz.quiz;

public record QuizId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
