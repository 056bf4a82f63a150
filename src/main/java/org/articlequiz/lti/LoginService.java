package org.articlequiz.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformQuirks;
import org.articlequiz.lti.platform.Platforms;

/**
 * OIDC third-party initiated login (LTI Security Framework 5.1.1): checks who asks and where to, records a state
 * and a nonce bound to this browser, and answers with the platform's authorization request.
 */
@ApplicationScoped
public class LoginService {
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

    @Inject
    Platforms platforms;
    @Inject
    LoginStates states;
    @Inject
    Clock clock;

    protected LoginService() {
    }

    public LoginService(Platforms platforms, LoginStates states, Clock clock) {
        this.platforms = platforms;
        this.states = states;
        this.clock = clock;
    }

    /**
     * @param request   the login parameters as received
     * @param launchUrl our launch endpoint, the redirect_uri registered with the platform
     * @param toolBase  the root every target_link_uri must lie under (never an open redirect elsewhere)
     */
    @Transactional
    public LoginRedirect initiate(LoginRequest request, URI launchUrl, URI toolBase) {
        if (request.issuer() == null || request.issuer().isBlank() || request.loginHint() == null || request.loginHint().isBlank()) {
            throw new LaunchRejected(LaunchCheck.ISSUER, "Login initiation needs iss and login_hint.");
        }
        Platform platform = platform(request);
        if (request.deploymentId() != null && !request.deploymentId().isBlank() && !platform.accepts(request.deploymentId())) {
            throw new LaunchRejected(LaunchCheck.DEPLOYMENT, "Deployment " + request.deploymentId() + " of " + platform.name()
                    + " is not registered with this tool; ask the tool's administrator to add it.");
        }
        String target = requireOwnTarget(request.targetLinkUri(), toolBase);

        String state = RandomTokens.next();
        String nonce = RandomTokens.next();
        String browserSecret = RandomTokens.next();
        Optional<String> storageTarget = Optional.ofNullable(request.storageTarget()).filter(s -> !s.isBlank());
        states.add(new LoginState(state, nonce, platform.id(), target, RandomTokens.sha256(browserSecret),
                storageTarget.orElse(null), request.toQuery(), clock.instant().plus(STATE_LIFETIME)));

        // LTI Security Framework 5.1.1.2: the authentication request
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", platform.clientId());
        params.put("redirect_uri", launchUrl.toString());
        params.put("login_hint", request.loginHint());
        params.put("state", state);
        params.put("nonce", nonce);
        if (request.ltiMessageHint() != null) {
            params.put("lti_message_hint", request.ltiMessageHint());
        }
        URI auth = platform.authUrl();
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI redirect = URI.create(auth + (auth.getRawQuery() == null ? "?" : "&") + query);
        String origin = auth.getScheme() + "://" + auth.getRawAuthority();
        return new LoginRedirect(redirect, state, browserSecret, storageTarget, origin);
    }

    /** The state, if known, without using it: the launch page needs its storage target before the real launch. */
    @Transactional
    public Optional<LoginState> pending(String state) {
        return state == null ? Optional.empty() : states.find(state);
    }

    /** The origin of the platform of a pending login, which platform storage messages come from. */
    @Transactional
    public String platformOrigin(LoginState state) {
        URI auth = platforms.find(state.platform()).map(Platform::authUrl).orElseThrow(
                () -> new LaunchRejected(LaunchCheck.STATE, "The platform of this login is no longer registered."));
        return auth.getScheme() + "://" + auth.getRawAuthority();
    }

    private Platform platform(LoginRequest request) {
        if (request.clientId() != null && !request.clientId().isBlank()) {
            return platforms.find(request.issuer(), request.clientId()).filter(Platform::enabled)
                    .orElseThrow(() -> new LaunchRejected(LaunchCheck.ISSUER, "No registration for issuer "
                            + request.issuer() + " and client_id " + request.clientId() + "."));
        }
        List<Platform> candidates = platforms.findByIssuer(request.issuer()).stream().filter(Platform::enabled).toList();
        if (candidates.size() != 1) {
            throw new LaunchRejected(LaunchCheck.ISSUER, candidates.isEmpty()
                    ? "No registration for issuer " + request.issuer() + "."
                    : "Issuer " + request.issuer() + " has several registrations; the platform must send client_id.");
        }
        return candidates.get(0);
    }

    /**
     * The target must be one of our own URLs: same scheme, host and port as the tool, under its path. Anything else
     * would make login initiation an open redirect (LTI Security Framework 5.1.1.1, target_link_uri).
     */
    static String requireOwnTarget(String target, URI toolBase) {
        if (target == null || target.isBlank()) {
            throw new LaunchRejected(LaunchCheck.TARGET_LINK_URI, "Login initiation needs target_link_uri.");
        }
        URI uri;
        try {
            uri = URI.create(target.strip()).normalize();
        } catch (IllegalArgumentException e) {
            throw new LaunchRejected(LaunchCheck.TARGET_LINK_URI, "target_link_uri is not a URL.");
        }
        String basePath = toolBase.getPath() == null || toolBase.getPath().isEmpty() ? "/" : toolBase.getPath();
        basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        String path = uri.getPath() == null ? "" : uri.getPath();
        boolean own = uri.isAbsolute() && uri.getRawUserInfo() == null
                && toolBase.getScheme().equalsIgnoreCase(uri.getScheme())
                && toolBase.getHost() != null && toolBase.getHost().equalsIgnoreCase(uri.getHost())
                && port(toolBase) == port(uri)
                && (path + "/").startsWith(basePath) && !path.contains("/../");
        if (!own) {
            throw new LaunchRejected(LaunchCheck.TARGET_LINK_URI, "target_link_uri " + target + " is not a URL of this tool.");
        }
        return target.strip();
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
