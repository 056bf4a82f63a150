package org.articlequiz.lti;

import org.articlequiz.DomainException;

/** A launch or login that failed one of the checks; {@link #check()} says which. Its slug is {@code lti-<check>}. */
public class LaunchRejected extends DomainException {
    private final LaunchCheck check;

    public LaunchRejected(LaunchCheck check, String detail) {
        super(check == LaunchCheck.DEPLOYMENT ? Kind.FORBIDDEN : Kind.UNAUTHENTICATED, "lti-" + check.slug(),
                detail + " (" + check.rule() + ")");
        this.check = check;
    }

    public LaunchCheck check() {
        return check;
    }
}
