package org.articlequiz.testing;

import java.lang.reflect.Field;

/** Entities as the database would hand them back, for unit tests that have no database. */
public final class Entities {
    private Entities() {
    }

    /** Gives an entity the id its table would have given it. */
    public static <T> T setId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
