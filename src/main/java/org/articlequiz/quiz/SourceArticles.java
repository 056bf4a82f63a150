package org.articlequiz.quiz;

import java.util.List;
import java.util.Optional;

/** All stored articles. */
public interface SourceArticles {
    Optional<SourceArticle> find(long id);

    Optional<SourceArticle> findBySha256(String sha256);

    List<SourceArticle> findAll();

    void add(SourceArticle article);
}
