package org.articlequiz.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One student's keep-alive HTTP/1.1 connection, as a browser tab keeps one, written straight to a socket. The
 * benchmark's load generator runs on the same two cores as the server it measures, so it must cost little: with
 * java.net.http's client, 500 students spent more CPU than the server did, and the figures measured the client.
 * Understands what our API answers: a status line, headers, and a body by Content-Length or chunked. Sends what a
 * browser's {@code fetch} from the quiz page sends that the server reads ({@code Sec-Fetch-Dest: empty}).
 */
final class KeepAliveConnection implements Closeable {
    private final String host;
    private final int port;
    private final String basePath;
    /** How long a reply may take before the call fails (0: forever); a page's fetch gives up too. */
    private final int readTimeoutMillis;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;

    record Reply(int status, String body) {
    }

    KeepAliveConnection(URI base) {
        this(base, 0);
    }

    KeepAliveConnection(URI base, int readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.basePath = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
    }

    Reply send(String method, String path, String token, String json) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(readTimeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + basePath + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\nSec-Fetch-Dest: empty\r\n"
                + (json == null ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();

        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        byte[] payload = chunked ? chunks() : in.readNBytes(Math.max(0, length));
        if (closes) {
            close();
        }
        return new Reply(status, new String(payload, StandardCharsets.UTF_8));
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
             size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
            all.write(in.readNBytes(size));
            line();
        }
        line();
        return all.toByteArray();
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
