package org.articlequiz.testing;

import java.lang.reflect.Field;

/** Entities as the database would hand them back, for unit tests that have no database. */
public final class Entities {
    private Entities() {
    }

    /** The entity's id, null before its table gave it one. */
    public static Long id(Object entity) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            return (Long) f.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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
