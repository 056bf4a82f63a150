package org.articlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article stored for quizzes to be written from: its file name, title and cleaned text. Identified by content hash. */
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

    protected SourceArticle() {
    }

    public SourceArticle(String fileName, String title, String body, String sha256, Instant now) {
        this.fileName = fileName;
        this.title = title;
        this.body = body;
        this.sha256 = sha256;
        this.createdAt = now;
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
