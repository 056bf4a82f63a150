package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.platform.FramingOrigins;

/**
 * Security headers for every answer. Our pages run inside the course platform's iframe, so instead of
 * {@code X-Frame-Options: DENY} (which would forbid that) {@code Content-Security-Policy: frame-ancestors} names
 * the platforms allowed to frame us: the registered ones ({@link FramingOrigins}) and any the admin adds
 * ({@link Settings#frameAncestors()}).
 *
 * <p>The pages under {@code /app/} (and the start page) also get a strict policy: scripts, styles and fetches from
 * our own origin only, no inline script, no plugins. Article and item text is untrusted; the pages never turn it
 * into markup, and this policy is the second wall should one ever do. Other paths (the API, the LTI endpoints,
 * which may answer with an auto-submitting form) get only {@code frame-ancestors}, so this filter cannot break them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private static final Set<String> FRAMED = Set.of("iframe", "frame", "embed", "object");

    @Inject
    Settings settings;
    @Inject
    FramingOrigins platforms;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only an answer that may land in a frame needs the platforms (browsers say so in Sec-Fetch-Dest); the
        // pages' own API calls (dest "empty") skip the look-up.
        String dest = request.getHeader("Sec-Fetch-Dest");
        boolean framed = dest == null || FRAMED.contains(dest);
        Stream<String> registered = framed
                ? platforms.origins(FramingOrigins.originOf(request.getHeader("Referer")).orElse(null)).stream()
                : Stream.empty();
        String frameAncestors = "frame-ancestors 'self'" + Stream.concat(registered, settings.frameAncestors().stream())
                .distinct().map(o -> " " + o).collect(Collectors.joining());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = path.startsWith("/app/") || path.equals("/") || path.equals("/index.html");
        response.setHeader("Content-Security-Policy", page ? PAGE_POLICY + "; " + frameAncestors : frameAncestors);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The launch token travels in the URL fragment, which browsers never send; no-referrer keeps even the path private.
        response.setHeader("Referrer-Policy", "no-referrer");
        if (page) {
            // Pages and their modules change with each deployment; let the browser revalidate instead of guessing.
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
