package org.articlequiz.attempt;

public record AttemptId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
