package org.articlequiz.quiz;

import org.articlequiz.DomainException;

/**
 * Which course may use what: quizzes, stored articles and generation jobs belong to the course they were made in
 * (the launch's course key, {@code platform:deployment:context}), and a thing made outside any course (the demo's
 * seeds, the command line) belongs to none and is open to every course.
 */
public final class Course {
    private Course() {
    }

    /** Whether a caller from course {@code caller} may use a thing of course {@code owner} (null: of no course). */
    public static boolean admits(String owner, String caller) {
        return owner == null || owner.equals(caller);
    }

    /** Refuses, as 403 {@code other-course}, a caller from another course than the thing's. */
    public static void require(String owner, String caller, String what) {
        if (!admits(owner, caller)) {
            throw DomainException.forbidden("other-course", "This " + what + " belongs to another course.");
        }
    }
}
