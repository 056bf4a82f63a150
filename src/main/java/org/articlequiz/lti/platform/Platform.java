package org.articlequiz.lti.platform;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.articlequiz.DomainException;

/**
 * A course platform registration, keyed by (issuer, client_id): Canvas cloud uses one issuer for every customer and
 * Blackboard one client_id for many institutions, so neither alone identifies a registration. Invariants: the
 * endpoints are absolute https URLs (http only for loopback addresses, for the sandbox); deployment ids are unique.
 */
@Entity
@Table(name = "lti_platform")
public class Platform {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String issuer;
    @Column(name = "client_id", nullable = false)
    private String clientId;
    @Column(nullable = false)
    private String name;
    /** The platform's OIDC authorization endpoint, where login initiation sends the browser. */
    @Column(name = "auth_url", nullable = false)
    private String authUrl;
    @Column(name = "token_url", nullable = false)
    private String tokenUrl;
    @Column(name = "jwks_url", nullable = false)
    private String jwksUrl;
    /** The {@code aud} of our client assertions when it is not the token URL (Brightspace, some Moodles). */
    @Column(name = "token_audience")
    private String tokenAudience;
    /** Where a launch starts again in a new window when the browser blocked our cookie in the platform's frame. */
    @Column(name = "relaunch_url_template")
    private String relaunchUrlTemplate;
    /** The platform's product family (moodle, canvas, …) as it told us; drives {@link PlatformQuirks}. */
    private String product;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "platform", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Deployment> deployments = new ArrayList<>();

    protected Platform() {
    }

    public Platform(String issuer, String clientId, String name, Endpoints endpoints, String product, Instant now) {
        this.issuer = required("issuer", issuer);
        this.clientId = required("client_id", clientId);
        this.name = name == null || name.isBlank() ? issuer : name.strip();
        changeEndpoints(endpoints);
        this.product = product == null ? null : product.strip().toLowerCase(java.util.Locale.ROOT);
        this.enabled = true;
        this.createdAt = now;
    }

    /** Where the platform is reached. */
    public record Endpoints(String authUrl, String tokenUrl, String jwksUrl, String tokenAudience) {
    }

    public PlatformId id() {
        return new PlatformId(id);
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public URI authUrl() {
        return URI.create(authUrl);
    }

    public URI tokenUrl() {
        return URI.create(tokenUrl);
    }

    public URI jwksUrl() {
        return URI.create(jwksUrl);
    }

    public Optional<String> tokenAudience() {
        return Optional.ofNullable(tokenAudience).filter(a -> !a.isBlank());
    }

    /** The admin's relaunch URL template, if any (see {@link RelaunchTemplate}). */
    public Optional<RelaunchTemplate> relaunchUrlTemplate() {
        return Optional.ofNullable(relaunchUrlTemplate).map(RelaunchTemplate::new);
    }

    /** Sets (or, with null, removes) the relaunch URL template. */
    public void relaunchFrom(RelaunchTemplate template) {
        this.relaunchUrlTemplate = template == null ? null : template.template();
    }

    public Optional<String> product() {
        return Optional.ofNullable(product);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<String> deploymentIds() {
        return deployments.stream().filter(Deployment::enabled).map(Deployment::deploymentId).toList();
    }

    /** Whether launches under this deployment id are accepted. */
    public boolean accepts(String deploymentId) {
        return enabled && deployments.stream().anyMatch(d -> d.enabled() && d.deploymentId().equals(deploymentId));
    }

    public void addDeployment(String deploymentId, Instant now) {
        required("deployment_id", deploymentId);
        Optional<Deployment> existing = deployments.stream().filter(d -> d.deploymentId().equals(deploymentId)).findFirst();
        existing.ifPresentOrElse(d -> d.enable(true), () -> deployments.add(new Deployment(this, deploymentId, now)));
    }

    public void disableDeployment(String deploymentId) {
        deployments.stream().filter(d -> d.deploymentId().equals(deploymentId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("deployment", deploymentId)).enable(false);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public final void changeEndpoints(Endpoints endpoints) {
        Objects.requireNonNull(endpoints);
        this.authUrl = url("auth_url", endpoints.authUrl());
        this.tokenUrl = url("token_url", endpoints.tokenUrl());
        this.jwksUrl = url("jwks_url", endpoints.jwksUrl());
        this.tokenAudience = endpoints.tokenAudience() == null || endpoints.tokenAudience().isBlank() ? null : endpoints.tokenAudience().strip();
    }

    private static String required(String what, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("invalid-registration", "A registration needs " + what + ".");
        }
        return value.strip();
    }

    /** Platforms are reached over https; plain http only on loopback, where the sandbox platform runs. */
    static String url(String what, String value) {
        required(what, value);
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-registration", what + " is not a URL: " + value);
        }
        boolean loopback = uri.getHost() != null && (uri.getHost().equals("localhost") || uri.getHost().startsWith("127.")
                || uri.getHost().equals("[::1]"));
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && loopback)) {
            throw DomainException.invalid("invalid-registration", what + " must be an absolute https URL: " + value);
        }
        return uri.toString();
    }
}
