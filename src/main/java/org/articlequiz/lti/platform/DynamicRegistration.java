package org.articlequiz.lti.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.RandomTokens;

/**
 * LTI Dynamic Registration 1.0: the platform opens our registration URL with {@code openid_configuration} and
 * {@code registration_token}; we read the platform's configuration (3.4), check that its issuer is on the origin of the
 * configuration URL (3.5.1, {@link #issuerOf}), post our client metadata (3.6) and store the registration the platform answers (3.6.2).
 * Only with a valid single-use invitation from our admin.
 */
@ApplicationScoped
public class DynamicRegistration {
    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    static final List<String> SCOPES = List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    @Inject
    PlatformHttp http;
    @Inject
    RegistrationService registrations;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    /** The platform registered, with its deployment when the platform made one. */
    public record Registered(Platform platform, String name) {
    }

    /**
     * The platform's configuration and our registration with it are calls to the platform, made outside any database
     * transaction (issue 11: a platform taking its time must not hold a pooled connection); the invitation is checked
     * before them and used up, with the registration stored, in one transaction after them
     * ({@link RegistrationService#addInvited}). If the platform refuses our metadata, nothing is stored and the
     * invitation stays valid.
     */
    public Registered register(String invite, String openidConfiguration, String registrationToken, ToolEndpoints tool) {
        if (openidConfiguration == null || openidConfiguration.isBlank()) {
            throw DomainException.invalid("registration-incomplete", "The platform sent no openid_configuration.");
        }
        URI configUrl = URI.create(Platform.url("openid_configuration", openidConfiguration));
        PlatformHosts.requirePublic("openid_configuration", configUrl, settings.demo());
        String inviteHash = invite == null ? null : RandomTokens.sha256(invite);
        if (inviteHash == null || !registrations.inviteOpen(inviteHash)) {
            throw RegistrationService.inviteNotValid();
        }
        HttpRequest.Builder get = HttpRequest.newBuilder(configUrl).header("Accept", "application/json").GET();
        if (registrationToken != null && !registrationToken.isBlank()) {
            get.header("Authorization", "Bearer " + registrationToken);
        }
        JsonObject config = json(call("configuration", get));
        String issuer = config.getString("issuer", null);
        if (!issuerOf(configUrl, issuer)) {
            throw DomainException.invalid("registration-issuer", "The platform's issuer " + issuer
                    + " is not on the origin of its configuration URL " + configUrl + ".");
        }
        JsonObject request = clientMetadata(tool);
        URI registrationEndpoint = URI.create(Platform.url("registration_endpoint", config.getString("registration_endpoint", null)));
        PlatformHosts.requirePublic("registration_endpoint", registrationEndpoint, settings.demo());
        HttpRequest.Builder post = HttpRequest.newBuilder(registrationEndpoint)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()));
        if (registrationToken != null && !registrationToken.isBlank()) {
            post.header("Authorization", "Bearer " + registrationToken);
        }
        JsonObject answer = json(call("registration", post));
        JsonObject platformConfig = config.getJsonObject(PLATFORM_CONFIGURATION);
        JsonObject toolConfig = answer.getJsonObject(TOOL_CONFIGURATION);
        List<String> deployments = new ArrayList<>();
        if (toolConfig != null && toolConfig.containsKey("deployment_id")) {
            var id = toolConfig.get("deployment_id");
            deployments.add(id instanceof jakarta.json.JsonString js ? js.getString() : id.toString());
        }
        String product = platformConfig == null ? null : platformConfig.getString("product_family_code", null);
        Platform platform = registrations.addInvited(inviteHash, new Registration(issuer, answer.getString("client_id"), product == null ? issuer
                : product + " " + issuer, config.getString("authorization_endpoint"), config.getString("token_endpoint"),
                config.getString("jwks_uri"), config.getString("authorization_server", null), product, deployments));
        return new Registered(platform, platform.name());
    }

    /**
     * RFC 8414 3.3 and Dynamic Registration 3.5.1: the configuration speaks for an issuer only on that issuer's own
     * origin (scheme, host and port, default ports made explicit), compared as parsed URLs, never as string prefixes:
     * {@code https://moodle.a.edu.evil.example} and {@code https://moodle.a.edu:4430} are other origins than
     * {@code https://moodle.a.edu} and {@code https://moodle.a.edu:443}. The issuer is then stored exactly as the
     * configuration wrote it, since launches must carry that very string ({@code iss}).
     */
    static boolean issuerOf(URI configUrl, String issuer) {
        if (issuer == null || issuer.isBlank() || !issuer.equals(issuer.strip())) {
            return false;
        }
        URI iss;
        try {
            iss = new URI(issuer);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        return iss.isAbsolute() && iss.getRawUserInfo() == null && configUrl.getRawUserInfo() == null
                && iss.getRawQuery() == null && iss.getRawFragment() == null && iss.getHost() != null
                && iss.getScheme().equalsIgnoreCase(configUrl.getScheme())
                && iss.getHost().equalsIgnoreCase(configUrl.getHost())
                && port(iss) == port(configUrl);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static JsonObject clientMetadata(ToolEndpoints tool) {
        var messages = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "LtiDeepLinkingRequest")
                        .add("target_link_uri", tool.deepLinking().toString()).add("label", "Article Quiz"))
                .add(Json.createObjectBuilder().add("type", "LtiResourceLinkRequest")
                        .add("target_link_uri", tool.toolBase().toString()));
        var toolConfiguration = Json.createObjectBuilder()
                .add("domain", tool.toolBase().getHost() + (tool.toolBase().getPort() == -1 ? "" : ":" + tool.toolBase().getPort()))
                .add("target_link_uri", tool.toolBase().toString())
                .add("description", "Turns articles into multiple-choice quizzes; grades go to the gradebook.")
                .add("claims", Json.createArrayBuilder().add("iss").add("sub").add("name").add("given_name")
                        .add("family_name").add("email"))
                .add("messages", messages);
        return Json.createObjectBuilder()
                .add("application_type", "web")
                .add("response_types", Json.createArrayBuilder().add("id_token"))
                .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
                .add("initiate_login_uri", tool.login().toString())
                .add("redirect_uris", Json.createArrayBuilder().add(tool.launch().toString()))
                .add("client_name", "Article Quiz")
                .add("jwks_uri", tool.jwks().toString())
                .add("logo_uri", tool.logo().toString())
                .add("token_endpoint_auth_method", "private_key_jwt")
                .add("scope", String.join(" ", SCOPES))
                .add(TOOL_CONFIGURATION, toolConfiguration)
                .build();
    }

    /** A call to the platform; a failure becomes {@link RegistrationFailed} with the platform's reason, shortened. */
    private String call(String what, HttpRequest.Builder request) {
        try {
            return http.send(request).body();
        } catch (PlatformCallFailed e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            throw new RegistrationFailed(e.status(), "The platform's " + what + " endpoint failed: "
                    + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason));
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw DomainException.invalid("registration-answer", "The platform answered something that is not a JSON object.");
        }
    }
}
