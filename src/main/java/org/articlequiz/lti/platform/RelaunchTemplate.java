package org.articlequiz.lti.platform;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlequiz.DomainException;

/**
 * Where a platform starts a launch of one resource link again, in a top-level window (issue 13): the URL of the
 * platform's page that sends the browser to our login with a fresh login hint, written by the tool's admin with
 * placeholders for the launch's claims, for example {@code https://lms.example.edu/courses/{context_id}/links/{resource_link_id}/launch}.
 * Moodle needs none ({@link PlatformQuirks#relaunchUrl}); other platforms' login hints name no such page.
 *
 * <p>Placeholders: {@code {context_id}}, {@code {resource_link_id}}, {@code {deployment_id}} and {@code {custom:NAME}}
 * (a custom parameter of the link, so a platform's own variables such as Canvas's {@code $Canvas.assignment.id} can be
 * used). Values are percent-encoded as URL path segments; a launch without one of the values the template names gets no
 * relaunch URL. The template is an absolute https URL (http only on loopback, as the platform's endpoints), so the link
 * the blocked page shows always leads to the platform the admin named, whatever a launch's claims say.
 */
public record RelaunchTemplate(String template) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern KNOWN = Pattern.compile("context_id|resource_link_id|deployment_id|custom:[A-Za-z0-9_.-]{1,100}");

    public RelaunchTemplate {
        if (template == null || template.isBlank()) {
            throw DomainException.invalid("invalid-registration", "A relaunch URL template must not be empty.");
        }
        template = template.strip();
        if (template.length() > 2000) {
            throw DomainException.invalid("invalid-registration", "A relaunch URL template has at most 2000 characters.");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sample = new StringBuilder();
        while (m.find()) {
            if (!KNOWN.matcher(m.group(1)).matches()) {
                throw DomainException.invalid("invalid-registration", "Unknown placeholder {" + m.group(1) + "} in the relaunch "
                        + "URL template; use {context_id}, {resource_link_id}, {deployment_id} or {custom:NAME}.");
            }
            m.appendReplacement(sample, "x");
        }
        m.appendTail(sample);
        if (sample.indexOf("{") >= 0 || sample.indexOf("}") >= 0) {
            throw DomainException.invalid("invalid-registration", "Unbalanced braces in the relaunch URL template: " + template);
        }
        Platform.url("relaunch URL template", sample.toString()); // absolute https (or loopback http), with a host
        int pathStart = template.indexOf('/', template.indexOf("://") + 3);
        int firstPlaceholder = template.indexOf('{');
        if (firstPlaceholder >= 0 && (pathStart < 0 || firstPlaceholder < pathStart)) {
            // a placeholder in the scheme or host would let a launch's claims choose where the link leads
            throw DomainException.invalid("invalid-registration", "Placeholders may appear only in the path and query of "
                    + "the relaunch URL template: " + template);
        }
    }

    /**
     * The template with the launch's values filled in, or empty when the launch lacks one of them.
     *
     * @param values {@code context_id}, {@code resource_link_id}, {@code deployment_id} and {@code custom:NAME}, as
     *               the launch's verified claims have them
     */
    public Optional<URI> expand(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
        }
        m.appendTail(out);
        return Optional.of(URI.create(out.toString()));
    }

    /** RFC 3986 unreserved characters as they are, everything else percent-encoded (UTF-8): a safe path segment. */
    static String encode(String value) {
        StringBuilder b = new StringBuilder();
        for (byte c : value.getBytes(StandardCharsets.UTF_8)) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return b.toString();
    }
}
