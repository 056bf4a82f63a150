package org.articlequiz.lti;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articlequiz.lti.platform.PlatformId;

/**
 * A launch that passed every {@link LaunchCheck}: who, from which platform and deployment, in which course and
 * link, with which services. The user is (issuer, subject); name and e-mail are display data and may be absent.
 */
public record LtiLaunch(PlatformId platform, String issuer, String clientId, String deploymentId,
                        MessageType messageType, String subject, String name, String email,
                        Set<Role> roles, List<String> roleUris, String contextId, String contextTitle,
                        String resourceLinkId, String resourceLinkTitle, String targetLinkUri,
                        Map<String, String> custom, Optional<GradeService> grades, Optional<URI> memberships,
                        Optional<DeepLinkingSettings> deepLinking) {

    public LtiLaunch {
        roles = Set.copyOf(roles);
        roleUris = List.copyOf(roleUris);
        custom = Map.copyOf(custom);
    }

    public enum MessageType { RESOURCE_LINK, DEEP_LINKING }

    /**
     * The course as the tool keys it: {@code platform:deployment:context}, null outside a course. A context id is
     * unique only within its platform (two Moodle sites both have a course "2"), and on a platform that serves many
     * institutions under one registration (Blackboard) only within a deployment; so launch sessions, quizzes,
     * deep-linking requests and rosters carry this key, never the bare {@code contextId}.
     */
    public String course() {
        return contextId == null ? null : platform + ":" + deploymentId + ":" + contextId;
    }

    /** The AGS endpoint claim (AGS 3.1): the line items container, the link's own line item, the granted scopes. */
    public record GradeService(URI lineItems, URI lineItem, Set<String> scopes) {
        public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
        public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

        public GradeService {
            scopes = Set.copyOf(scopes);
        }

        public boolean canPostScores() {
            return scopes.contains(SCOPE_SCORE) && (lineItem != null || lineItems != null && scopes.contains(SCOPE_LINEITEM));
        }
    }

    /** The deep linking settings claim (Deep Linking 2.0, 4.4.1). */
    public record DeepLinkingSettings(URI returnUrl, String data, List<String> acceptTypes, boolean acceptMultiple,
                                      boolean acceptLineItem) {
    }

    /** A display name from name, or given and family names, or nothing. */
    public Optional<String> displayName() {
        return Optional.ofNullable(name).filter(n -> !n.isBlank());
    }

    public boolean isInstructor() {
        return roles.stream().anyMatch(Role::mayAuthor);
    }

    public Optional<String> customQuizId() {
        return Optional.ofNullable(custom.get(LtiClaims.CUSTOM_QUIZ_ID)).filter(s -> !s.isBlank());
    }
}
