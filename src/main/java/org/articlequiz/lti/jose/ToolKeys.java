package org.articlequiz.lti.jose;

import java.util.List;

/** Our key pairs, stored in the database (never in the WAR or on disk beside it). */
public interface ToolKeys {
    List<ToolKey> findAll();

    void add(ToolKey key);
}
