package org.articlequiz.lti.platform;

import java.net.URI;

/**
 * Where platforms differ from each other or read the specifications their own way, written down once. Each method
 * names the platform and has one test (PlatformQuirksTest).
 */
public final class PlatformQuirks {
    private PlatformQuirks() {
    }

    /**
     * The {@code aud} of our client assertion: the token URL (RFC 7523 3), unless the platform configured another
     * audience. Brightspace and Moodle behind a proxy publish an authorization server identifier that differs from
     * the token URL (Dynamic Registration's {@code authorization_server}), and refuse the token URL.
     */
    public static String tokenAudience(Platform platform) {
        return platform.tokenAudience().orElse(platform.tokenUrl().toString());
    }

    /**
     * The scores endpoint of a line item (AGS 3.4): "/scores" appended to the line item URL's path, keeping its query
     * string. Moodle's line item URLs carry {@code ?type_id=…} and answer 404 to a scores URL without it.
     */
    public static URI scoresUrl(URI lineItem) {
        String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath();
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String query = lineItem.getRawQuery() == null ? "" : "?" + lineItem.getRawQuery();
        return URI.create(lineItem.getScheme() + "://" + lineItem.getRawAuthority() + path + "/scores" + query);
    }

    /** The line items container filtered by a query parameter, keeping the container's own query (Moodle again). */
    public static URI withQuery(URI container, String name, String value) {
        String extra = name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        String s = container.toString();
        int hash = s.indexOf('#');
        s = hash < 0 ? s : s.substring(0, hash);
        return URI.create(s + (container.getRawQuery() == null ? "?" : "&") + extra);
    }

    /**
     * The gradingProgress of a final score. Canvas records a score only when gradingProgress is FullyGraded, even
     * if scoreGiven is set; every platform accepts FullyGraded for an automatically marked quiz, so we always send it.
     */
    public static String gradingProgressOfFinalScore() {
        return "FullyGraded";
    }

    /**
     * Whether the platform may be asked for line items at all. Blackboard grants the lineitem scope only to tools
     * set up for it; without the scope, we use the launch's own line item and never create one.
     */
    public static boolean mayCreateLineItems(java.util.Set<String> scopes) {
        return scopes.contains("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem");
    }

    /**
     * Where a launch starts again from the platform, in a new window, when the browser blocked our cookie inside the
     * platform's frame. Replaying the login request would not do: Moodle's {@code lti_message_hint} is
     * {@code {"cmid":…,"launchid":…}} and {@code mod/lti/auth.php} takes the launch id once ("Invalid request" after).
     * Moodle's issuer is its wwwroot, and {@code <wwwroot>/mod/lti/launch.php?id=<cmid>} starts a fresh login for the
     * signed-in user. Other platforms' hints name no page to start from: empty, and the page asks the user to open the
     * activity from the course in a new window.
     */
    public static java.util.Optional<URI> relaunchUrl(String issuer, String ltiMessageHint) {
        if (issuer == null || ltiMessageHint == null || !ltiMessageHint.strip().startsWith("{")) {
            return java.util.Optional.empty();
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(ltiMessageHint))) {
            jakarta.json.JsonValue cmid = reader.readObject().get("cmid");
            String id = cmid == null ? "" : cmid instanceof jakarta.json.JsonString s ? s.getString() : cmid.toString();
            if (!id.matches("\\d{1,18}")) {
                return java.util.Optional.empty();
            }
            URI root = URI.create(issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer);
            if (!"https".equals(root.getScheme()) && !"http".equals(root.getScheme())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(URI.create(root + "/mod/lti/launch.php?id=" + id));
        } catch (jakarta.json.JsonException | IllegalArgumentException | ClassCastException e) {
            return java.util.Optional.empty();
        }
    }
}
