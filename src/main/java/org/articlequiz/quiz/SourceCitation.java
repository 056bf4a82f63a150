package org.articlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an item's key is stated: the article (file name), the sentence, and its character offsets in the article. */
@Embeddable
public class SourceCitation {
    @Column(name = "source_article")
    private String article;
    @Column(name = "source_sentence")
    private String sentence;
    @Column(name = "source_start")
    private Integer start;
    @Column(name = "source_end")
    private Integer end;

    protected SourceCitation() {
    }

    public SourceCitation(String article, String sentence, Integer start, Integer end) {
        this.article = article;
        this.sentence = sentence;
        this.start = start;
        this.end = end;
    }

    public String article() {
        return article;
    }

    public String sentence() {
        return sentence;
    }

    public Integer start() {
        return start;
    }

    public Integer end() {
        return end;
    }
}
