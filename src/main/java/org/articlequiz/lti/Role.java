package org.articlequiz.lti;

/** What a caller may do in the tool. Mapped from LTI role URIs at launch; no role means least privilege. */
public enum Role {
    LEARNER, INSTRUCTOR, ADMINISTRATOR;

    public boolean mayAuthor() {
        return this == INSTRUCTOR || this == ADMINISTRATOR;
    }
}
