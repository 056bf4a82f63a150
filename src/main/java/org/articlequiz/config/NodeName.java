package org.articlequiz.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This server process's name among the nodes sharing one database (issue 12): the owner written on every lease it
 * takes (grade outbox entries, generation jobs, a gradebook column being created). Host and process id for whoever
 * reads the table, and a random part, since a restarted process may get the same pid and must not inherit the leases
 * of the process that died.
 */
@ApplicationScoped
public class NodeName {
    private final String value;

    public NodeName() {
        this(host() + ":" + ProcessHandle.current().pid() + ":" + HexFormat.of().formatHex(random()));
    }

    /** A fixed name (tests, and two "nodes" inside one test). */
    public NodeName(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static byte[] random() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
