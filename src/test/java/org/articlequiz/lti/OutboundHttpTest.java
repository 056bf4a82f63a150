package org.articlequiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import org.articlequiz.lti.jose.HttpJwksFetcher;
import org.articlequiz.lti.platform.PlatformCallFailed;
import org.articlequiz.lti.platform.PlatformHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the tool fetches from platforms (issue 11, SSRF): key sets follow no redirect, and every answer is bounded. */
class OutboundHttpTest {
    private final HttpServer server;

    OutboundHttpTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 5);
        server.createContext("/jwks", ex -> {
            byte[] body = "{\"keys\":[]}".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/jwks");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/huge", ex -> { // five megabytes
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 80; i++) {
                ex.getResponseBody().write(chunk);
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void keySetFetchesFollowNoRedirectAndReadABoundedBody() throws Exception {
        HttpJwksFetcher fetcher = new HttpJwksFetcher();
        assertEquals("{\"keys\":[]}", fetcher.fetch(at("/jwks")));
        assertThrows(IOException.class, () -> fetcher.fetch(at("/moved")), "a redirect is not followed");
        assertThrows(IOException.class, () -> fetcher.fetch(at("/huge")), "megabytes are not a key set");
    }

    @Test
    void responseBodiesOfPlatformServicesAreCapped() {
        PlatformCallFailed failed = assertThrows(PlatformCallFailed.class,
                () -> new PlatformHttp().send(HttpRequest.newBuilder(at("/huge"))));
        assertEquals(PlatformCallFailed.Kind.TRANSIENT, failed.kind());
    }
}
