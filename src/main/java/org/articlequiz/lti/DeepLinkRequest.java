package org.articlequiz.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.user.UserId;

/**
 * A deep linking request waiting for the instructor's choice (Deep Linking 2.0, 4.4): where to post the answer, the
 * {@code data} to echo, and who may answer it. Answered once.
 */
@Entity
@Table(name = "lti_deep_link_request")
public class DeepLinkRequest {
    @Id
    private String id;
    @Column(name = "platform_id", nullable = false)
    private long platformId;
    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;
    @Column(name = "context_id")
    private String contextId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "return_url", nullable = false)
    private String returnUrl;
    private String data;
    @Column(name = "accept_line_item", nullable = false)
    private boolean acceptLineItem;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected DeepLinkRequest() {
    }

    public DeepLinkRequest(String id, LtiLaunch launch, UserId user, Instant expiresAt) {
        LtiLaunch.DeepLinkingSettings settings = launch.deepLinking().orElseThrow();
        this.id = id;
        this.platformId = launch.platform().value();
        this.deploymentId = launch.deploymentId();
        this.contextId = launch.course();
        this.userId = user.value();
        this.returnUrl = settings.returnUrl().toString();
        this.data = settings.data();
        this.acceptLineItem = settings.acceptLineItem();
        this.expiresAt = expiresAt;
    }

    public String id() {
        return id;
    }

    public PlatformId platform() {
        return new PlatformId(platformId);
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String contextId() {
        return contextId;
    }

    public UserId user() {
        return new UserId(userId);
    }

    public URI returnUrl() {
        return URI.create(returnUrl);
    }

    public String data() {
        return data;
    }

    public boolean acceptLineItem() {
        return acceptLineItem;
    }

    public boolean open(Instant now) {
        return answeredAt == null && expiresAt.isAfter(now);
    }

    void answer(Instant now) {
        this.answeredAt = now;
    }
}
