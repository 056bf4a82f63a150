package org.articlequiz.devtools.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's {@code lti_message_hint}, as Moodle 4.5 makes it ({@code mod/lti/locallib.php},
 * {@code lti_build_login_request}): a JSON object with the course module ({@code cmid}, for a resource link) and a
 * {@code launchid} that names what the platform remembered about this launch. The platform's authorization endpoint
 * ({@code mod/lti/auth.php}) takes that memory once and refuses a hint it no longer has ("Invalid request"): a login
 * request replayed from a new window cannot succeed, which is what issue 13 ran into.
 *
 * <p>Also Moodle's two pages of an LTI activity: {@code mod/lti/view.php?id=<cmid>} frames {@code
 * mod/lti/launch.php?id=<cmid>}, which posts a fresh login initiation (a new hint) to the tool. The latter is what a
 * tool opens in a new window to start the launch again from the platform.
 */
final class MoodleLaunches {
    /** The course module of the sandbox's one resource link (Moodle's {@code cmid}). */
    static final String CMID = "7";
    /** The platform's own login, a first-party cookie of the platform (Moodle's MoodleSession). */
    static final String USER_COOKIE = "SandboxSession";

    /** What the platform remembered for a launch: who started it and whether it is a deep linking request. */
    record Pending(String user, boolean deepLinking) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** A new one-time hint; {@code cmid} is null for deep linking (no course module yet). */
    String issue(String user, boolean deepLinking, String cmid) {
        String launchId = "ltilaunch" + (deepLinking ? "dl" : "") + "_" + UUID.randomUUID();
        pending.put(launchId, new Pending(user, deepLinking));
        return Json.createObjectBuilder(cmid == null ? Map.of() : Map.of("cmid", cmid)).add("launchid", launchId).build().toString();
    }

    /** The launch the hint names, used up; empty when the hint is unknown, malformed or already used. */
    Optional<Pending> use(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        try {
            JsonObject json = Json.createReader(new StringReader(hint)).readObject();
            return Optional.ofNullable(pending.remove(json.getString("launchid", "")));
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** Moodle's activity page: the course's frame around launch.php (embedded launch container, no platform storage). */
    static String viewPage(String cmid) {
        return framePage("/mod/lti/launch.php?id=" + SandboxPlatform.enc(cmid));
    }

    /** An activity page of the course: the tool's launch in a frame named "tool". */
    static String framePage(String frameSrc) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Biology 101: Week 1 reading quiz</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
                + "iframe{width:100%;height:40rem;border:1px solid #999}</style></head><body>"
                + "<h1>Biology 101 — Week 1 reading quiz</h1>"
                + "<iframe name=\"tool\" title=\"Week 1 reading quiz\" src=\"" + SandboxPlatform.html(frameSrc)
                + "\"></iframe></body></html>";
    }

    /** Moodle's launch.php: an auto-submitting form that posts the login initiation to the tool. */
    static String launchForm(String loginUrl, Map<String, String> fields) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((k, v) -> inputs.append("<input type=\"hidden\" name=\"").append(SandboxPlatform.html(k))
                .append("\" value=\"").append(SandboxPlatform.html(v)).append("\">"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Launching</title></head><body>"
                + "<form id=\"f\" method=\"post\" action=\"" + SandboxPlatform.html(loginUrl) + "\">" + inputs + "</form>"
                + "<script>document.getElementById('f').submit();</script></body></html>";
    }
}
