package org.articlequiz.article;

/**
 * An article the reader refuses, with why: too large to read (the limit named in the message), not text at all (a
 * NUL byte, an image, bytes no text encoding gives), or text in which no paragraph could be found. Never a silent cut.
 */
public class UnreadableArticle extends RuntimeException {

    /** Why an article was refused. */
    public enum Reason { TOO_LARGE, NOT_TEXT, NOTHING_READABLE }

    private final Reason reason;

    public UnreadableArticle(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
