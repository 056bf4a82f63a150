package org.articlequiz.devtools.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with the JDK's WebSocket client (no WebDriver): enough
 * to click through the LTI pages in a real browser and read where its frames went. Third-party cookies are blocked,
 * as in Safari.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HeadlessChromium.class.getName());
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, java.util.function.Consumer<JsonObject>> handlers = new ConcurrentHashMap<>();
    /** Event handlers run here, never on the socket's thread, because they call back into the browser. */
    private final java.util.concurrent.ExecutorService events = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chromium-events");
        t.setDaemon(true);
        return t;
    });

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The Chromium binary, if this machine has one. */
    public static java.util.Optional<String> binary() {
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Starts Chromium. Requests whose URL contains {@code toolPathPart} go without cookies, as third-party cookies are
     * lost in Safari (headless Chromium does not apply "block third-party cookies" to loopback hosts).
     */
    public static HeadlessChromium start(String binary, String toolPathPart) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lti-chromium");
        // the user setting "Block third-party cookies" (cookie_controls_mode 1), as Safari does by default
        Files.createDirectories(profile.resolve("Default"));
        Files.writeString(profile.resolve("Default/Preferences"),
                "{\"profile\":{\"cookie_controls_mode\":1,\"block_third_party_cookies\":true}}");
        Process process = new ProcessBuilder(binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--disable-site-isolation-trials",
                "--disable-features=IsolateOrigins,site-per-process,LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests",
                "about:blank").redirectErrorStream(true).start();
        String wsUrl = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plusSeconds(30);
        while (wsUrl == null && Instant.now().isBefore(deadline)) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            if (line.startsWith("DevTools listening on ")) {
                wsUrl = line.substring("DevTools listening on ".length()).strip();
            }
        }
        if (wsUrl == null) {
            process.destroyForcibly();
            throw new IOException("Chromium did not start its DevTools endpoint");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep Chromium's output pipe from filling up
                }
            } catch (IOException ignored) {
                // the browser went away
            }
        }, "chromium-output");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(wsUrl);
        // the first page target: /json/list on the same port
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var targets = Json.createReader(new java.io.StringReader(list)).readArray();
        String pageUrl = targets.getValuesAs(JsonObject.class).stream().filter(t -> "page".equals(t.getString("type")))
                .map(t -> t.getString("webSocketDebuggerUrl")).findFirst().orElseThrow();
        HeadlessChromium[] self = new HeadlessChromium[1];
        StringBuilder buffer = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                buffer.append(data);
                if (last) {
                    JsonObject message = Json.createReader(new java.io.StringReader(buffer.toString())).readObject();
                    buffer.setLength(0);
                    if (message.containsKey("id") && self[0] != null) {
                        CompletableFuture<JsonObject> f = self[0].pending.remove(message.getInt("id"));
                        if (f != null) {
                            f.complete(message);
                        }
                    } else if (message.containsKey("method") && self[0] != null) {
                        var handler = self[0].handlers.get(message.getString("method"));
                        if (handler != null) {
                            self[0].events.submit(() -> {
                                try {
                                    handler.accept(message.getJsonObject("params"));
                                } catch (RuntimeException e) {
                                    LOG.log(System.Logger.Level.WARNING, "DevTools event handler failed on " + message, e);
                                }
                            });
                        }
                    }
                }
                ws.request(1);
                return null;
            }
        }).join();
        self[0] = new HeadlessChromium(process, profile, socket);
        self[0].handlers.put("Page.frameNavigated", params -> {
            JsonObject frame = params.getJsonObject("frame");
            self[0].navigations.add(frame.getString("url") + frame.getString("urlFragment", ""));
        });
        self[0].call("Page.enable", Json.createObjectBuilder().build());
        self[0].blockCookiesFrom(toolPathPart);
        return self[0];
    }

    private JsonObject call(String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(Json.createObjectBuilder().add("id", id).add("method", method).add("params", params).build().toString(), true).join();
        try {
            JsonObject message = answer.get(30, TimeUnit.SECONDS);
            if (message.containsKey("error")) {
                throw new IllegalStateException(method + ": " + message.get("error"));
            }
            return message.getJsonObject("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed", e);
        }
    }

    /** Every URL a frame navigated to, fragment included (pages may remove the fragment right after). */
    public final java.util.List<String> navigations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What went wrong in the browser's network, for assertion messages. */
    public final java.util.List<String> diagnostics = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Every request whose URL contains {@code urlPart} leaves without cookies: it is held, the browser's cookies are
     * cleared, and it goes on. That is what a browser that blocks third-party cookies sends to a framed tool.
     */
    private void blockCookiesFrom(String urlPart) {
        call("Network.enable", Json.createObjectBuilder().build());
        handlers.put("Network.loadingFailed", params -> diagnostics.add("failed: " + params));
        handlers.put("Fetch.requestPaused", params -> {
            diagnostics.add("held without cookies: " + params.getJsonObject("request").getString("url"));
            call("Network.clearBrowserCookies", Json.createObjectBuilder().build());
            call("Fetch.continueRequest", Json.createObjectBuilder().add("requestId", params.getString("requestId")).build());
        });
        call("Fetch.enable", Json.createObjectBuilder().add("patterns", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("urlPattern", "*" + urlPart + "*").add("requestStage", "Request"))).build());
    }

    public void navigate(String url) {
        call("Page.navigate", Json.createObjectBuilder().add("url", url).build());
    }

    /** Evaluates JavaScript in the top page and returns the value as a string ("" for undefined, or on an error). */
    public String eval(String expression) {
        JsonObject result = call("Runtime.evaluate", Json.createObjectBuilder().add("expression",
                "(function(){try{var v=(" + expression + ");return v===undefined||v===null?'':String(v);}catch(e){return '';}})()")
                .add("returnByValue", true).build()).getJsonObject("result");
        return result.containsKey("value") ? result.getString("value") : "";
    }

    /** The URLs of the page's child frames (the tool's frame inside the platform's page), from the frame tree. */
    public java.util.List<String> childFrameUrls() {
        JsonObject tree = call("Page.getFrameTree", Json.createObjectBuilder().build()).getJsonObject("frameTree");
        if (!tree.containsKey("childFrames")) {
            return java.util.List.of();
        }
        return tree.getJsonArray("childFrames").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonObject("frame").getString("url") + c.getJsonObject("frame").getString("urlFragment", ""))
                .toList();
    }

    /** Polls the expression until its value passes, or fails after the limit with the last value. */
    public String await(String expression, Predicate<String> done, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        String value = eval(expression);
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out on " + expression + "; last value: " + value);
            }
            Thread.sleep(200);
            value = eval(expression);
        }
        return value;
    }

    @Override
    public void close() {
        socket.abort();
        events.shutdownNow();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // a temporary profile left behind
        }
    }
}
