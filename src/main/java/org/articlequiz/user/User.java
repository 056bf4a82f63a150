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
 * A person as a course platform names them: the registration they launch through and the platform's stable subject
 * id. Invariant: a user belongs to one registration; the same sub under another registration of the same issuer is
 * another user (issue 11: whoever registers an issuer again must not reach its people). The issuer is kept for
 * display and for users stored before registrations owned users (no registration: {@code registration} is null).
 * Names and e-mail addresses are display data only and may be absent (launches without PII).
 */
@Entity
@Table(name = "app_user")
public class User {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The registration's id (an LTI platform registration); null only for users stored before it was kept. */
    @Column(name = "platform_id")
    private Long registration;
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

    public User(long registration, String issuer, String subject, Instant now) {
        this.registration = registration;
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

    /** The id of the registration this user launches through; empty for a user stored before registrations owned users. */
    public java.util.OptionalLong registration() {
        return registration == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(registration);
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
