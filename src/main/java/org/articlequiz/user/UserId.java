package org.articlequiz.user;

/** A user's id in our database. */
public record UserId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
