package org.articlequiz.lti.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One installation of the tool in a platform (LTI Core 3.1.3): the platform's deployment_id, under a registration. */
@Entity
@Table(name = "lti_deployment")
public class Deployment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;
    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Deployment() {
    }

    Deployment(Platform platform, String deploymentId, Instant now) {
        this.platform = platform;
        this.deploymentId = deploymentId;
        this.enabled = true;
        this.createdAt = now;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public boolean enabled() {
        return enabled;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }
}
