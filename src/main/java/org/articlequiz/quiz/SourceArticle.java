package org.articlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An article stored for quizzes to be written from: its file name, title and cleaned text, and the course it was
 * stored in ({@link Course}: the seeds belong to none). Identified by content hash within its course.
 */
@Entity
@Table(name = "source_article")
public class SourceArticle {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Column(nullable = false, length = 64, columnDefinition = "bpchar")
    private String sha256;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "context_id")
    private String contextId;

    protected SourceArticle() {
    }

    public SourceArticle(String fileName, String title, String body, String sha256, Instant now) {
        this(null, fileName, title, body, sha256, now);
    }

    public SourceArticle(String contextId, String fileName, String title, String body, String sha256, Instant now) {
        this.contextId = contextId;
        this.fileName = fileName;
        this.title = title;
        this.body = body;
        this.sha256 = sha256;
        this.createdAt = now;
    }

    /** The course the article was stored in; null for one of no course (the seeds). */
    public String contextId() {
        return contextId;
    }

    /** Refuses a caller from another course ({@link Course#admits}). */
    public SourceArticle requireOpenTo(String callerContext) {
        Course.require(contextId, callerContext, "article");
        return this;
    }

    public long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String title() {
        return title;
    }

    /**
     * Gives an article stored under its file name as title (as the seeds were before issue 13) the title found now;
     * a title someone chose stays.
     */
    public SourceArticle retitleUntitled(String found) {
        if (found != null && !found.isBlank() && title.equals(fileName.replaceFirst("\\.[^.]+$", ""))) {
            title = found;
        }
        return this;
    }

    public String body() {
        return body;
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
