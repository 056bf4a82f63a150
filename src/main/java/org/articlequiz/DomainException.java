package org.articlequiz;

/**
 * A rule of the domain was broken by a request. Framework-free: the web layer maps each one to an
 * {@code application/problem+json} answer whose {@code type} is built from {@link #slug()}, so the slug is stable API.
 */
public class DomainException extends RuntimeException {

    /** What kind of failure this is; decides the HTTP status. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, GONE, UNAUTHENTICATED, BUSY, TOO_LARGE, UNPROCESSABLE, TOO_MANY }

    private final Kind kind;
    private final String slug;

    public DomainException(Kind kind, String slug, String detail) {
        super(detail);
        this.kind = kind;
        this.slug = slug;
    }

    public Kind kind() {
        return kind;
    }

    /** A short stable name such as {@code attempt-closed}. */
    public String slug() {
        return slug;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, what + "-not-found", "No " + what + " with id " + id + ".");
    }

    public static DomainException invalid(String slug, String detail) {
        return new DomainException(Kind.INVALID, slug, detail);
    }

    public static DomainException conflict(String slug, String detail) {
        return new DomainException(Kind.CONFLICT, slug, detail);
    }

    public static DomainException forbidden(String slug, String detail) {
        return new DomainException(Kind.FORBIDDEN, slug, detail);
    }
}
