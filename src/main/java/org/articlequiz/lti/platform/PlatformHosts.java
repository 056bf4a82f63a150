package org.articlequiz.lti.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.stream.Stream;
import org.articlequiz.DomainException;

/**
 * Where the tool may send requests on a platform's behalf (issue 11, SSRF). A registration's URLs must not point into
 * our own network (loopback, private, link-local addresses; allowed in demo mode only, where the sandbox platform runs
 * on loopback), and a service URL a launch names (AGS line items, NRPS memberships) must be on the registration's own
 * hosts: the host of its issuer or of a registered endpoint, or another host of the same domain (Canvas serves a
 * school's services at {@code school.instructure.com} under the issuer {@code canvas.instructure.com}).
 */
public final class PlatformHosts {
    private PlatformHosts() {
    }

    /** Refuses (400 {@code private-address}) a URL whose host is or resolves to an internal address, unless in demo mode. */
    public static void requirePublic(String what, URI url, boolean demo) {
        if (demo || url.getHost() == null) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return; // not resolvable now: nothing internal to reach (the fetch resolves again and fails)
        }
        for (InetAddress a : addresses) {
            if (internal(a)) {
                throw DomainException.invalid("private-address", what + " " + url + " points into the tool's own network ("
                        + a.getHostAddress() + "); that is allowed in demo mode only.");
            }
        }
    }

    static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal6 = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean sharedAddressSpace = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocal6 || sharedAddressSpace;
    }

    /** Whether a service URL from a launch is on this registration's hosts (see the class comment). */
    public static boolean serves(Platform platform, URI service) {
        if (service == null) {
            return true;
        }
        if (service.getHost() == null || !("https".equals(service.getScheme()) || "http".equals(service.getScheme()))) {
            return false;
        }
        String host = service.getHost().toLowerCase(Locale.ROOT);
        return Stream.of(URI.create(platform.issuer()), platform.authUrl(), platform.tokenUrl(), platform.jwksUrl())
                .map(URI::getHost).filter(h -> h != null).map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(registered -> host.equals(registered) || within(host, domain(registered)));
    }

    private static boolean within(String host, String domain) {
        return domain != null && host.endsWith("." + domain);
    }

    /**
     * The registrable domain of a host, roughly: its last two labels, or three under a two-letter country code with a
     * short second level ({@code ac.uk}, {@code edu.au}); null for an IP address or a single label, which match exactly.
     */
    static String domain(String host) {
        if (host.startsWith("[") || host.matches("[0-9.]+")) {
            return null;
        }
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int n = labels[labels.length - 1].length() == 2 && labels[labels.length - 2].length() <= 3 && labels.length >= 3 ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - n, labels.length));
    }
}
