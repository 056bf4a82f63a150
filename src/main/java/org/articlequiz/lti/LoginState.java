package org.articlequiz.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.articlequiz.lti.platform.PlatformId;

/**
 * What login initiation promised to check at launch: the state and nonce we sent, the browser that asked (only the
 * SHA-256 of a secret in its cookie or platform storage) and the target_link_uri. Used once, then deleted.
 */
@Entity
@Table(name = "lti_login_state")
public class LoginState {
    @Id
    private String state;
    @Column(nullable = false)
    private String nonce;
    @Column(name = "platform_id", nullable = false)
    private long platformId;
    @Column(name = "target_link_uri", nullable = false)
    private String targetLinkUri;
    @Column(name = "browser_hash", nullable = false)
    private String browserHash;
    /** The frame of LTI Client Side postMessages platform storage, when the platform offered one. */
    @Column(name = "storage_target")
    private String storageTarget;
    /** The login request as it came, so that "open in a new window" can start it again from a top-level window. */
    @Column(name = "login_query", nullable = false)
    private String loginQuery;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LoginState() {
    }

    public LoginState(String state, String nonce, PlatformId platform, String targetLinkUri, String browserHash,
                      String storageTarget, String loginQuery, Instant expiresAt) {
        this.state = state;
        this.nonce = nonce;
        this.platformId = platform.value();
        this.targetLinkUri = targetLinkUri;
        this.browserHash = browserHash;
        this.storageTarget = storageTarget;
        this.loginQuery = loginQuery;
        this.expiresAt = expiresAt;
    }

    public String state() {
        return state;
    }

    public String nonce() {
        return nonce;
    }

    public PlatformId platform() {
        return new PlatformId(platformId);
    }

    public String targetLinkUri() {
        return targetLinkUri;
    }

    public String browserHash() {
        return browserHash;
    }

    public String storageTarget() {
        return storageTarget;
    }

    public String loginQuery() {
        return loginQuery;
    }

    /** A parameter of the login request as it came ({@code lti_message_hint}, {@code iss}, …), if it had one. */
    public java.util.Optional<String> loginParameter(String name) {
        for (String pair : loginQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return java.util.Optional.of(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return java.util.Optional.empty();
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
