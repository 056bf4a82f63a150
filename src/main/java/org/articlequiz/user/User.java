package org.articlequiz.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person as a course platform names them: the platform's issuer and its stable subject id.
 * Names and e-mail addresses are display data only and may be absent (launches without PII).
 */
@Entity
@Table(name = "app_user")
public class User {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String issuer;
    @Column(nullable = false)
    private String subject;
    private String name;
    private String email;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected User() {
    }

    public User(String issuer, String subject, Instant now) {
        this.issuer = Objects.requireNonNull(issuer);
        this.subject = Objects.requireNonNull(subject);
        this.createdAt = now;
    }

    /** Keeps the display data the latest launch carried; absent values leave what we had. */
    public void seen(String name, String email) {
        if (name != null && !name.isBlank()) {
            this.name = name;
        }
        if (email != null && !email.isBlank()) {
            this.email = email;
        }
    }

    public UserId id() {
        return new UserId(id);
    }

    public String issuer() {
        return issuer;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    /** What an instructor sees for this person: the name, else the e-mail, else the platform's id. */
    public String displayName() {
        return name != null ? name : email != null ? email : subject;
    }
}
