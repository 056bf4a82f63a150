package org.articlequiz.quiz;

import java.util.List;
import java.util.Optional;

/** All stored articles. */
public interface SourceArticles {
    Optional<SourceArticle> find(long id);

    /** The article with this text that course {@code contextId} may use: its own, else one of no course. */
    Optional<SourceArticle> findBySha256(String sha256, String contextId);

    /** The articles course {@code contextId} may use: its own and those of no course. */
    List<SourceArticle> findAll(String contextId);

    void add(SourceArticle article);
}
