package org.articlequiz.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Storage Access Headers (privacycg storage-access-headers; Chrome 133+, Firefox 147+) for the login and the launch,
 * the two requests that need the state cookie inside the platform's frame. Once the user allowed Article Quiz storage
 * access in the course page ({@code document.requestStorageAccess()} on the "blocked" page, issue 13), a later request
 * from that frame arrives with {@code Sec-Fetch-Storage-Access: inactive}: the permission is granted but the request
 * carries no cookies. {@code Activate-Storage-Access: retry} asks the browser to send it again with them (and to
 * keep the cookie the answer sets). Any origin may start the retry: the platform's page posts our login and launch.
 */
@WebFilter(urlPatterns = {"/api/lti/login", "/api/lti/launch"}, asyncSupported = true)
public class StorageAccessHeaders extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("inactive".equals(request.getHeader("Sec-Fetch-Storage-Access"))) {
            response.setHeader("Activate-Storage-Access", "retry; allowed-origin=*");
        }
        chain.doFilter(request, response);
    }
}
