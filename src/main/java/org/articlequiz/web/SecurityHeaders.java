package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.articlequiz.config.Settings;

/**
 * Security headers for every answer. Our pages run inside the course platform's iframe, so instead of
 * {@code X-Frame-Options: DENY} (which would forbid that) {@code Content-Security-Policy: frame-ancestors} names
 * the platforms allowed to frame us ({@link Settings#frameAncestors()}).
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

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String frameAncestors = "frame-ancestors 'self'" + settings.frameAncestors().stream().map(o -> " " + o)
                .reduce("", String::concat);
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
