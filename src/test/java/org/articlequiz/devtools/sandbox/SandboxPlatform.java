package org.articlequiz.devtools.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The sandbox platform. Start it in the JVM of a test ({@link #start}) or beside the server for the demo
 * ({@link #main}). It plays a course "Biology 101" with one instructor and a few students, one resource link with
 * grade passback and a roster, and records what the tool sends it so that tests can check it.
 */
public final class SandboxPlatform implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SandboxPlatform.class.getName());
    public static final String CLIENT_ID = "article-quiz-sandbox";
    public static final String DEPLOYMENT_ID = "sandbox-deployment-1";
    public static final String CONTEXT_ID = "course-bio101";
    public static final String RESOURCE_LINK_ID = "link-week1";
    /** The link's activity page when the sandbox plays a platform other than Moodle (see {@link #linkPage}). */
    private static final String LINK_PAGE = "/courses/" + CONTEXT_ID + "/links/" + RESOURCE_LINK_ID;
    static final String AGS_SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String AGS_SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** A person of the course. */
    public record Person(String subject, String name, String email, String role) {
    }

    /** A score as the platform received it: the body, the content type, the query string of the scores URL. */
    public record ReceivedScore(String lineItemId, String contentType, String query, String body, Instant at) {
    }

    /** A line item as created by the tool (or by deep linking). */
    public record LineItem(String id, String label, double scoreMaximum, String resourceId, String resourceLinkId, String tag) {
    }

    public static final List<Person> PEOPLE = List.of(
            new Person("instructor-1", "Ines Instructor", "ines@sandbox.example", IdTokens.INSTRUCTOR),
            new Person("student-1", "Sam Student", "sam@sandbox.example", IdTokens.LEARNER),
            new Person("student-2", "Kim Learner", "kim@sandbox.example", IdTokens.LEARNER),
            new Person("student-3", null, null, IdTokens.LEARNER),
            new Person("student-4", "Lee Reader", "lee@sandbox.example", IdTokens.LEARNER),
            new Person("student-5", "Noor Pupil", "noor@sandbox.example", IdTokens.LEARNER),
            // never launches before an instructor gives them an accommodation by name (LtiFlowIT, issue 13)
            new Person("student-6", "Rui Newcomer", "rui@sandbox.example", IdTokens.LEARNER));
    /** An institution administrator: launches like anyone else, but is not a course member (not in the roster). */
    public static final Person ADMIN = new Person("admin-1", "Ada Admin", "ada@sandbox.example", IdTokens.ADMINISTRATOR);

    private volatile HttpServer server;
    private final String base;
    private final PlatformKeys keys = new PlatformKeys();
    /** What this platform calls itself: its own URL and {@link #CLIENT_ID}, unless started {@link #impersonating}. */
    private volatile String issuer;
    private volatile String clientId = CLIENT_ID;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile Tool tool;

    private final Map<String, LineItem> lineItems = new ConcurrentHashMap<>();
    private final List<ReceivedScore> scores = new CopyOnWriteArrayList<>();
    private final List<String> deepLinkResponses = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger scoreFailures = new AtomicInteger();
    private volatile int scoreFailureStatus = 503;
    private final AtomicInteger throttles = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private final AtomicInteger unauthorizedScores = new AtomicInteger();
    private volatile int tokenLifetimeSeconds = 3600;
    private volatile int membershipPageSize = 2;
    /** Custom parameters of the resource link, as deep linking set them (custom quiz_id). */
    private final Map<String, Object> linkCustom = new ConcurrentHashMap<>();
    private volatile String linkLineItem;
    private final MoodleLaunches launches = new MoodleLaunches();

    /** The tool as registered here. */
    public record Tool(URI loginUrl, URI launchUrl, URI jwksUrl, URI targetLinkUri, URI deepLinkingUrl) {
        public static Tool at(String toolRoot) {
            String root = toolRoot.endsWith("/") ? toolRoot.substring(0, toolRoot.length() - 1) : toolRoot;
            return new Tool(URI.create(root + "/api/lti/login"), URI.create(root + "/api/lti/launch"),
                    URI.create(root + "/api/lti/jwks"), URI.create(root + "/"), URI.create(root + "/api/lti/deep-linking"));
        }
    }

    private SandboxPlatform(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        issuer = base;
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sandbox-platform");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", answeringFailures(this::route));
    }

    /** Starts on the port (0: any free one) for the tool at {@code toolRoot} (e.g. http://localhost:8080/article-quiz). */
    public static SandboxPlatform start(int port, String toolRoot) throws IOException {
        SandboxPlatform sandbox = new SandboxPlatform(port);
        sandbox.tool = Tool.at(toolRoot);
        sandbox.server.start();
        LOG.log(System.Logger.Level.INFO, "Sandbox platform at " + sandbox.base + " for the tool at " + toolRoot);
        return sandbox;
    }

    /**
     * A platform that names another's issuer with a client id of its own, signing with its own keys and serving its
     * own endpoints: what an attacker who registers a victim's issuer would run.
     */
    public static SandboxPlatform impersonating(String toolRoot, String issuer, String clientId) throws IOException {
        SandboxPlatform sandbox = start(0, toolRoot);
        sandbox.issuer = issuer;
        sandbox.clientId = clientId;
        return sandbox;
    }

    /**
     * Demo mode: {@code SandboxPlatform <port> <tool root URL> [<admin token>]}, run by {@code mvn -Prun} as a process of
     * its own. With the admin token it registers itself with the tool through the admin API as soon as the tool answers,
     * so that "launch as student" works at once. It serves until the process is stopped: by Ctrl-C, by Maven when the
     * run ends, or on its own when the process that started it (Maven) is gone.
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9001;
        String toolRoot = args.length > 1 ? args[1] : "http://localhost:8080/article-quiz";
        SandboxPlatform sandbox = start(port, toolRoot);
        // Maven stops this process when the run ends, but not if Maven itself is killed (no shutdown hook runs then):
        // leaving with the parent keeps an orphan from holding the port and failing the next run.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            LOG.log(System.Logger.Level.INFO, "Sandbox LMS stops: the process that started it has ended");
            System.exit(0);
        }));
        LOG.log(System.Logger.Level.INFO, "Sandbox LMS: open " + sandbox.base + "/ and click \"Add activity\" first");
        if (args.length > 2) {
            sandbox.registerWhenUp(toolRoot, args[2]);
        }
        Thread.currentThread().join();
    }

    /** Retries the registration for ten minutes while the tool starts; an existing registration counts as done. */
    void registerWhenUp(String toolRoot, String adminToken) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = registerWith(toolRoot, adminToken);
                if (r.statusCode() == 201 || r.statusCode() == 409) {
                    LOG.log(System.Logger.Level.INFO, "Sandbox LMS registered with the tool (HTTP " + r.statusCode() + ")");
                    return;
                }
            } catch (IOException e) {
                // the tool is not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.log(System.Logger.Level.WARNING, "Sandbox LMS could not register with the tool at " + toolRoot);
    }

    /** Registers this platform with the tool through its admin API. */
    public HttpResponse<String> registerWith(String toolRoot, String adminToken) throws IOException, InterruptedException {
        String root = toolRoot.endsWith("/") ? toolRoot.substring(0, toolRoot.length() - 1) : toolRoot;
        String body = "{\"issuer\":\"" + issuer() + "\",\"clientId\":\"" + clientId + "\",\"name\":\"Sandbox LMS\","
                + "\"authUrl\":\"" + base + "/auth\",\"tokenUrl\":\"" + base + "/token\",\"jwksUrl\":\"" + base + "/jwks\","
                + "\"product\":\"sandbox\",\"deploymentIds\":[\"" + DEPLOYMENT_ID + "\"]}";
        return http.send(HttpRequest.newBuilder(URI.create(root + "/api/admin/lti/platforms"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String baseUrl() {
        return base;
    }

    public PlatformKeys keys() {
        return keys;
    }

    /** Where a browser starts a launch (what the course page's link does). */
    public URI launchLink(String subject) {
        return URI.create(base + "/launch?user=" + enc(subject));
    }

    /** A launch that also offers the tool platform storage (LTI Client Side postMessages) in the parent frame. */
    public URI launchLinkWithPlatformStorage(String subject) {
        return URI.create(base + "/launch?user=" + enc(subject) + "&storage=1");
    }

    /**
     * The activity's page as Moodle shows it by default: the tool in a frame of the course page, no platform storage,
     * the user signed in to the platform (a cookie of the platform's own site).
     */
    public URI activityPage(String subject) {
        return URI.create(base + "/mod/lti/view.php?id=" + MoodleLaunches.CMID + "&user=" + enc(subject));
    }

    /**
     * The activity's page as a platform other than Moodle might show it: the tool in a frame of the course page, no
     * platform storage, a login hint that names no course module. Its frame's source,
     * {@code /courses/<context>/links/<resource link>/launch}, starts a launch of the link for the signed-in user.
     */
    public URI linkPage(String subject) {
        return URI.create(base + LINK_PAGE + "?user=" + enc(subject));
    }

    /** The relaunch URL template an admin registers for this platform when it plays one other than Moodle. */
    public String linkLaunchTemplate() {
        return base + "/courses/{context_id}/links/{resource_link_id}/launch";
    }

    /** Where the link's launch starts again from this platform when it plays one other than Moodle. */
    public URI linkLaunchUrl() {
        return URI.create(base + LINK_PAGE + "/launch");
    }

    /** Where a launch starts again from the platform (Moodle's launch.php of the course module). */
    public URI relaunchUrl() {
        return URI.create(base + "/mod/lti/launch.php?id=" + MoodleLaunches.CMID);
    }

    public URI deepLinkingLink(String subject) {
        return URI.create(base + "/launch?user=" + enc(subject) + "&kind=deeplinking");
    }

    // --- what the tests look at and change ---------------------------------------------------------------------

    public List<ReceivedScore> scores() {
        return List.copyOf(scores);
    }

    public List<LineItem> lineItems() {
        return List.copyOf(lineItems.values());
    }

    public List<String> deepLinkResponses() {
        return List.copyOf(deepLinkResponses);
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** The next {@code n} score posts fail with this 5xx status. */
    public void failNextScores(int n, int status) {
        scoreFailureStatus = status;
        scoreFailures.set(n);
    }

    /** The next {@code n} score posts answer 429 with this Retry-After. */
    public void throttleNextScores(int n, int retryAfter) {
        retryAfterSeconds = retryAfter;
        throttles.set(n);
    }

    /** The next {@code n} score posts answer 401, as if the access token had been revoked. */
    public void revokeTokensForNextScores(int n) {
        unauthorizedScores.set(n);
    }

    /** Every score post fails with this status until {@link #gradebookBack()} (a gradebook down for maintenance). */
    public void gradebookDown(int status) {
        failNextScores(Integer.MAX_VALUE, status);
    }

    public void gradebookBack() {
        scoreFailures.set(0);
    }

    /** Closes the port: every call to this platform is refused until {@link #listenAgain()}; what it stored stays. */
    public void refuseConnections() {
        stoppedAt = server.getAddress();
        server.stop(0);
    }

    private volatile InetSocketAddress stoppedAt;

    /** Opens the port again, with the same state. */
    public void listenAgain() throws IOException {
        HttpServer again = HttpServer.create(stoppedAt, 50);
        again.setExecutor(server.getExecutor());
        again.createContext("/", answeringFailures(this::route));
        server = again;
        again.start();
    }

    public void membershipPageSize(int size) {
        membershipPageSize = size;
    }

    public void reset() {
        scores.clear();
        lineItems.clear();
        deepLinkResponses.clear();
        scoreFailures.set(0);
        throttles.set(0);
        unauthorizedScores.set(0);
        linkCustom.clear();
        linkLineItem = null;
        registrations.clear();
    }

    /** Ties the course's resource link to a quiz, as deep linking would have. */
    public void linkQuiz(long quizId) {
        linkCustom.put("quiz_id", String.valueOf(quizId));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // --- HTTP ----------------------------------------------------------------------------------------------------

    /**
     * Every request gets an answer: whatever a handler throws, an {@link Error} too (issue 13: a
     * {@code NoClassDefFoundError} once reached the browser as an empty reply), is logged and answered with a 500 page
     * naming it, as long as no status line has gone out yet. The exchange is closed only after that answer.
     */
    static HttpHandler answeringFailures(HttpHandler handler) {
        return ex -> {
            try (ex) {
                try {
                    handler.handle(ex);
                } catch (Throwable e) {
                    failed(ex, e);
                }
            }
        };
    }

    private static void failed(HttpExchange ex, Throwable e) {
        String request = ex.getRequestMethod() + " " + ex.getRequestURI();
        LOG.log(System.Logger.Level.ERROR, "Sandbox LMS failed on " + request, e);
        if (ex.getResponseCode() != -1) {
            return; // the status line is out: all the browser can get now is a cut-off page; the log has the rest
        }
        try {
            send(ex, 500, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Sandbox LMS: internal error</title></head><body><h1>Sandbox LMS: internal error</h1>"
                    + "<p>The sandbox platform failed on <code>" + html(request) + "</code>:</p><pre>" + html(String.valueOf(e))
                    + "</pre><p>The stack trace is in the output of the command that runs the sandbox.</p></body></html>");
        } catch (IOException | RuntimeException sendFailed) {
            LOG.log(System.Logger.Level.WARNING, "Sandbox LMS could not answer the failure of " + request, sendFailed);
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/") && method.equals("GET")) {
            home(ex);
        } else if (path.equals("/launch")) {
            startLaunch(ex);
        } else if (path.equals("/mod/lti/view.php") && method.equals("GET")) {
            activity(ex);
        } else if (path.equals("/mod/lti/launch.php") && method.equals("GET")) {
            relaunch(ex);
        } else if (path.equals(LINK_PAGE) && method.equals("GET")) {
            linkPage(ex);
        } else if (path.equals(LINK_PAGE + "/launch") && method.equals("GET")) {
            linkLaunch(ex);
        } else if (path.equals("/auth")) {
            authorize(ex);
        } else if (path.equals("/jwks")) {
            send(ex, 200, "application/json", keys.jwks());
        } else if (path.equals("/token") && method.equals("POST")) {
            token(ex);
        } else if (path.equals("/deep-link-return") && method.equals("POST")) {
            deepLinkReturn(ex);
        } else if (path.equals("/.well-known/openid-configuration")) {
            openidConfiguration(ex);
        } else if (path.equals("/register") && method.equals("POST")) {
            dynamicRegistration(ex);
        } else if (path.equals("/courses/" + CONTEXT_ID + "/lineitems")) {
            lineItemsContainer(ex);
        } else if (path.startsWith("/courses/" + CONTEXT_ID + "/lineitems/") && path.endsWith("/lineitem/scores")) {
            score(ex, path.split("/")[4]);
        } else if (path.startsWith("/courses/" + CONTEXT_ID + "/lineitems/") && path.endsWith("/lineitem")) {
            lineItem(ex, path.split("/")[4]);
        } else if (path.equals("/courses/" + CONTEXT_ID + "/memberships")) {
            memberships(ex);
        } else {
            send(ex, 404, "text/plain", "not found: " + path);
        }
    }

    private void home(HttpExchange ex) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sandbox LMS</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}"
                + "iframe{width:100%;height:36rem;border:1px solid #999}</style></head><body>"
                + "<h1>Sandbox LMS — Biology 101</h1><p>A stand-in course platform for trying Article Quiz. Each link runs "
                + "the real LTI 1.3 login and launch.</p><ul>"
                + "<li><a href=\"/launch?user=instructor-1&amp;kind=deeplinking&amp;storage=1\" target=\"tool\">Add activity (deep linking) as instructor</a> — do this first: pick a quiz</li>"
                + "<li><a href=\"/launch?user=student-1&amp;storage=1\" target=\"tool\">Launch as student</a> (Sam Student)</li>"
                + "<li><a href=\"/launch?user=instructor-1&amp;storage=1\" target=\"tool\">Launch as instructor</a> (Ines Instructor)</li>"
                + "<li><a href=\"/mod/lti/view.php?id=" + MoodleLaunches.CMID + "&amp;user=student-1\">Week 1 reading quiz as Moodle shows it</a>"
                + " (Sam Student; a frame without platform storage: with third-party cookies blocked the tool must cope)</li>"
                + "</ul><iframe name=\"tool\" title=\"Article Quiz\"></iframe><h2>Gradebook</h2><ul>");
        for (ReceivedScore s : scores) {
            b.append("<li>").append(html(s.at().toString())).append(": ").append(html(s.body())).append("</li>");
        }
        // Platform storage (LTI Client Side postMessages): answers lti.capabilities, lti.put_data and lti.get_data from
        // the tool's frame, keeping values per origin, so launches work where third-party cookies are blocked.
        b.append("</ul><script>var store={};window.ltiStorageLog=[];window.addEventListener('message',function(e){var d=e.data||{};"
                + "if(d.subject)window.ltiStorageLog.push(d.subject);"
                + "var reply=function(m){e.source.postMessage(m,e.origin);};"
                + "if(d.subject==='lti.capabilities'){reply({subject:'lti.capabilities.response',message_id:d.message_id,"
                + "supported_messages:[{subject:'lti.put_data'},{subject:'lti.get_data'}]});}"
                + "else if(d.subject==='lti.put_data'){store[e.origin+'|'+d.key]=d.value;"
                + "reply({subject:'lti.put_data.response',message_id:d.message_id,key:d.key,value:d.value});}"
                + "else if(d.subject==='lti.get_data'){reply({subject:'lti.get_data.response',message_id:d.message_id,"
                + "key:d.key,value:store[e.origin+'|'+d.key]});}});</script></body></html>");
        send(ex, 200, "text/html; charset=utf-8", b.toString());
    }

    /** Third-party initiated login: the platform sends the browser to the tool's login URL. */
    private void startLaunch(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String user = q.getOrDefault("user", "student-1");
        boolean deepLinking = q.getOrDefault("kind", "resource").equals("deeplinking");
        ex.getResponseHeaders().add("Location", loginInitiation(user, deepLinking, deepLinking ? null : MoodleLaunches.CMID,
                "1".equals(q.get("storage"))));
        send(ex, 302, "text/plain", "");
    }

    /** The tool's login URL with a login initiation for the user: a new one-time hint, naming the course module if any. */
    private String loginInitiation(String user, boolean deepLinking, String cmid, boolean platformStorage) {
        String target = deepLinking ? tool.deepLinkingUrl().toString() : tool.targetLinkUri().toString();
        String hint = launches.issue(user, deepLinking, cmid);
        return tool.loginUrl() + "?iss=" + enc(issuer()) + "&login_hint=" + enc(user) + "&target_link_uri="
                + enc(target) + "&lti_message_hint=" + enc(hint) + "&client_id=" + enc(clientId)
                + "&lti_deployment_id=" + enc(DEPLOYMENT_ID)
                + (platformStorage ? "&lti_storage_target=_parent" : "");
    }

    /**
     * Moodle's view.php: signs the user in to the platform and frames launch.php. The session cookie is SameSite=None
     * like Moodle's: launch.php is also reached from the tool's frame (a cross-site initiator) after Storage Access.
     */
    private void activity(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        ex.getResponseHeaders().add("Set-Cookie", MoodleLaunches.USER_COOKIE + "=" + enc(q.getOrDefault("user", "student-1"))
                + "; Path=/; HttpOnly; Secure; SameSite=None"); // as MoodleSession: it must reach launch.php in a frame

        send(ex, 200, "text/html; charset=utf-8", MoodleLaunches.viewPage(q.getOrDefault("id", MoodleLaunches.CMID)));
    }

    /** The activity page of a platform other than Moodle: signs the user in to the platform and frames the link's launch. */
    private void linkPage(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        ex.getResponseHeaders().add("Set-Cookie", MoodleLaunches.USER_COOKIE + "=" + enc(q.getOrDefault("user", "student-1"))
                + "; Path=/; HttpOnly; Secure; SameSite=None");
        send(ex, 200, "text/html; charset=utf-8", MoodleLaunches.framePage(LINK_PAGE + "/launch"));
    }

    /**
     * The link's launch of a platform other than Moodle: a fresh login initiation for the signed-in user, as a redirect,
     * with a one-time hint that names no course module (so the tool cannot make Moodle's launch.php URL of it).
     */
    private void linkLaunch(HttpExchange ex) throws IOException {
        String user = signedInUser(ex);
        if (user == null) {
            send(ex, 403, "text/plain", "You are not logged in to the Sandbox LMS");
            return;
        }
        ex.getResponseHeaders().add("Location", loginInitiation(user, false, null, false));
        send(ex, 302, "text/plain", "");
    }

    private static String signedInUser(HttpExchange ex) {
        String cookies = String.valueOf(ex.getRequestHeaders().getFirst("Cookie"));
        return java.util.Arrays.stream(cookies.split(";\\s*")).filter(c -> c.startsWith(MoodleLaunches.USER_COOKIE + "="))
                .map(c -> URLDecoder.decode(c.substring(MoodleLaunches.USER_COOKIE.length() + 1), StandardCharsets.UTF_8))
                .findFirst().orElse(query(ex.getRequestURI().getRawQuery()).get("user"));
    }

    /** Moodle's launch.php: a fresh login initiation (a new one-time hint) for the signed-in user, posted to the tool. */
    private void relaunch(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String user = signedInUser(ex);
        if (!MoodleLaunches.CMID.equals(q.get("id"))) {
            send(ex, 404, "text/plain", "Invalid course module ID");
            return;
        }
        if (user == null) {
            send(ex, 403, "text/plain", "You are not logged in to the Sandbox LMS");
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", issuer());
        fields.put("target_link_uri", tool.targetLinkUri().toString());
        fields.put("login_hint", user);
        fields.put("lti_message_hint", launches.issue(user, false, MoodleLaunches.CMID));
        fields.put("client_id", clientId);
        fields.put("lti_deployment_id", DEPLOYMENT_ID);
        send(ex, 200, "text/html; charset=utf-8", MoodleLaunches.launchForm(tool.loginUrl().toString(), fields));
    }

    /** The OIDC authorization endpoint (LTI Security Framework 5.1.1.2–5.1.1.3): checks the request, posts the id_token. */
    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestMethod().equals("POST") ? body(ex) : ex.getRequestURI().getRawQuery());
        List<String> problems = new ArrayList<>();
        require(problems, "scope", "openid", q);
        require(problems, "response_type", "id_token", q);
        require(problems, "response_mode", "form_post", q);
        require(problems, "prompt", "none", q);
        require(problems, "client_id", clientId, q);
        require(problems, "redirect_uri", tool.launchUrl().toString(), q);
        for (String p : List.of("state", "nonce", "login_hint")) {
            if (q.get(p) == null || q.get(p).isBlank()) {
                problems.add(p + " missing");
            }
        }
        if (!problems.isEmpty()) {
            send(ex, 400, "text/plain", "invalid authorization request: " + problems);
            return;
        }
        // Moodle's auth.php: the hint names a launch this platform started, once, for the user named by login_hint
        var launch = launches.use(q.get("lti_message_hint")).filter(l -> l.user().equals(q.get("login_hint")));
        if (launch.isEmpty()) {
            send(ex, 400, "text/plain", "Invalid request: unknown or used lti_message_hint");
            return;
        }
        Person person = java.util.stream.Stream.concat(PEOPLE.stream(), java.util.stream.Stream.of(ADMIN))
                .filter(p -> p.subject().equals(q.get("login_hint"))).findFirst().orElse(PEOPLE.get(1));
        boolean deepLinking = launch.get().deepLinking();
        String idToken = keys.sign(idToken(person, q.get("nonce"), deepLinking).claims());
        String form = "<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"" + html(q.get("redirect_uri")) + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + html(idToken) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + html(q.get("state")) + "\">"
                + "</form><script>document.getElementById('f').submit();</script></body></html>";
        send(ex, 200, "text/html; charset=utf-8", form);
    }

    /** The id_token for a person; what a real platform would put in it. */
    public IdTokens idToken(Person person, String nonce, boolean deepLinking) {
        IdTokens t = deepLinking ? IdTokens.validDeepLinking(base + "/deep-link-return") : IdTokens.validLaunch();
        t.forLogin(issuer(), clientId, DEPLOYMENT_ID, nonce,
                deepLinking ? tool.deepLinkingUrl().toString() : tool.targetLinkUri().toString());
        t.with("sub", person.subject()).with(IdTokens.ROLES, List.of(person.role()))
                .with(IdTokens.CONTEXT, Map.of("id", CONTEXT_ID, "label", "BIO101", "title", "Biology 101",
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        t.without("name").without("given_name").without("family_name").without("email");
        if (person.name() != null) {
            t.with("name", person.name());
        }
        if (person.email() != null) {
            t.with("email", person.email());
        }
        Map<String, Object> ags = new LinkedHashMap<>();
        ags.put("scope", List.of(AGS_SCOPE_LINEITEM, AGS_SCOPE_SCORE));
        ags.put("lineitems", base + "/courses/" + CONTEXT_ID + "/lineitems?type_id=7");
        if (linkLineItem != null && !deepLinking) {
            ags.put("lineitem", linkLineItem);
        }
        t.with(IdTokens.AGS, ags);
        t.with(IdTokens.NRPS, Map.of("context_memberships_url", base + "/courses/" + CONTEXT_ID + "/memberships",
                "service_versions", List.of("2.0")));
        if (!deepLinking) {
            t.with(IdTokens.RESOURCE_LINK, Map.of("id", RESOURCE_LINK_ID, "title", "Week 1 reading quiz"));
            if (!linkCustom.isEmpty()) {
                t.with(IdTokens.CUSTOM, Map.copyOf(linkCustom));
            }
        }
        return t;
    }

    /** The token endpoint: client_credentials with a JWT client assertion (LTI Security Framework 4.1, RFC 7523). */
    private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        Map<String, String> form = query(body(ex));
        if (!"client_credentials".equals(form.get("grant_type"))
                || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            send(ex, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        String problem = checkToolJwt(form.get("client_assertion"), base + "/token");
        if (problem != null) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"" + problem + "\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        accessTokens.put(token, Instant.now().plusSeconds(tokenLifetimeSeconds));
        send(ex, 200, "application/json", "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + tokenLifetimeSeconds + ",\"scope\":\"" + html(form.getOrDefault("scope", "")) + "\"}");
    }

    /** Null when the JWT is signed by the tool's key (from its JWKS), iss = sub = our client, aud ours, not expired. */
    private String checkToolJwt(String jwt, String audience) {
        try {
            SignedJWT signed = SignedJWT.parse(jwt);
            if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
                return "not RS256";
            }
            JWKSet toolKeys = JWKSet.load(new URL(tool.jwksUrl().toString()));
            RSAKey key = (RSAKey) toolKeys.getKeyByKeyId(signed.getHeader().getKeyID());
            if (key == null) {
                return "unknown kid " + signed.getHeader().getKeyID();
            }
            if (!signed.verify(new RSASSAVerifier(key))) {
                return "bad signature";
            }
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            if (!clientId.equals(claims.getIssuer()) || audience != null && !clientId.equals(claims.getSubject())) {
                return "iss/sub is not the client";
            }
            if (audience != null && !claims.getAudience().contains(audience)) {
                return "aud is not " + audience;
            }
            if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return "expired";
            }
            return null;
        } catch (ParseException | IOException | JOSEException | ClassCastException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private boolean authorized(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Instant expiry = auth != null && auth.startsWith("Bearer ") ? accessTokens.get(auth.substring(7)) : null;
        if (expiry == null || expiry.isBefore(Instant.now())) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return false;
        }
        return true;
    }

    private void lineItemsContainer(HttpExchange ex) throws IOException {
        if (!authorized(ex)) {
            return;
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        if (ex.getRequestMethod().equals("GET")) {
            String filter = q.get("resource_link_id");
            String json = lineItems.values().stream().filter(li -> filter == null || filter.equals(li.resourceLinkId()))
                    .map(this::lineItemJson).collect(Collectors.joining(",", "[", "]"));
            send(ex, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", json);
            return;
        }
        if (!ex.getRequestMethod().equals("POST")
                || !"application/vnd.ims.lis.v2.lineitem+json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            send(ex, 415, "text/plain", "line items are posted as application/vnd.ims.lis.v2.lineitem+json");
            return;
        }
        var body = jakarta.json.Json.createReader(new java.io.StringReader(body(ex))).readObject();
        String id = String.valueOf(lineItems.size() + 1);
        LineItem li = new LineItem(id, body.getString("label"), body.getJsonNumber("scoreMaximum").doubleValue(),
                body.getString("resourceId", null), body.getString("resourceLinkId", null), body.getString("tag", null));
        lineItems.put(id, li);
        send(ex, 201, "application/vnd.ims.lis.v2.lineitem+json", lineItemJson(li));
    }

    private void lineItem(HttpExchange ex, String id) throws IOException {
        if (!authorized(ex)) {
            return;
        }
        LineItem li = lineItems.get(id);
        if (li == null) {
            send(ex, 404, "text/plain", "no line item " + id);
            return;
        }
        if (ex.getRequestMethod().equals("PUT")) {
            // AGS 3.2.8: the whole line item is sent back; label and scoreMaximum may change, the link may not
            if (!"application/vnd.ims.lis.v2.lineitem+json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
                send(ex, 415, "text/plain", "line items are put as application/vnd.ims.lis.v2.lineitem+json");
                return;
            }
            var body = jakarta.json.Json.createReader(new java.io.StringReader(body(ex))).readObject();
            double maximum = body.getJsonNumber("scoreMaximum").doubleValue();
            if (maximum <= 0 || !body.containsKey("label")) {
                send(ex, 400, "text/plain", "a line item needs a label and a positive scoreMaximum");
                return;
            }
            li = new LineItem(id, body.getString("label"), maximum, li.resourceId(), li.resourceLinkId(), li.tag());
            lineItems.put(id, li);
        }
        send(ex, 200, "application/vnd.ims.lis.v2.lineitem+json", lineItemJson(li));
    }

    private String lineItemJson(LineItem li) {
        return "{\"id\":\"" + base + "/courses/" + CONTEXT_ID + "/lineitems/" + li.id() + "/lineitem?type_id=7\",\"label\":\""
                + json(li.label()) + "\",\"scoreMaximum\":" + li.scoreMaximum()
                + (li.resourceId() == null ? "" : ",\"resourceId\":\"" + json(li.resourceId()) + "\"")
                + (li.resourceLinkId() == null ? "" : ",\"resourceLinkId\":\"" + json(li.resourceLinkId()) + "\"")
                + (li.tag() == null ? "" : ",\"tag\":\"" + json(li.tag()) + "\"") + "}";
    }

    /** AGS 3.4: records the score, unless told to fail first. */
    private void score(HttpExchange ex, String lineItemId) throws IOException {
        if (unauthorizedScores.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        if (!authorized(ex)) {
            return;
        }
        if (scoreFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(ex, scoreFailureStatus, "text/plain", "gradebook is having a bad day");
            return;
        }
        if (throttles.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", String.valueOf(retryAfterSeconds));
            send(ex, 429, "text/plain", "slow down");
            return;
        }
        if (!lineItems.containsKey(lineItemId)) {
            send(ex, 404, "text/plain", "no line item " + lineItemId);
            return;
        }
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        if (!"application/vnd.ims.lis.v1.score+json".equals(contentType)) {
            send(ex, 415, "text/plain", "scores are posted as application/vnd.ims.lis.v1.score+json");
            return;
        }
        String query = ex.getRequestURI().getRawQuery();
        if (!"type_id=7".equals(query)) {
            send(ex, 404, "text/plain", "this platform needs the line item's ?type_id= on the scores URL");
            return;
        }
        scores.add(new ReceivedScore(lineItemId, contentType, query, body(ex), Instant.now()));
        send(ex, 204, "text/plain", "");
    }

    /** NRPS 2.0 with {@code Link: rel="next"} paging. */
    private void memberships(HttpExchange ex) throws IOException {
        if (!authorized(ex)) {
            return;
        }
        int page = Integer.parseInt(query(ex.getRequestURI().getRawQuery()).getOrDefault("page", "0"));
        int size = membershipPageSize;
        List<Person> slice = PEOPLE.subList(Math.min(PEOPLE.size(), page * size), Math.min(PEOPLE.size(), (page + 1) * size));
        String members = slice.stream().map(p -> "{\"user_id\":\"" + p.subject() + "\",\"status\":\"Active\",\"roles\":[\""
                + p.role() + "\"]" + (p.name() == null ? "" : ",\"name\":\"" + json(p.name()) + "\"")
                + (p.email() == null ? "" : ",\"email\":\"" + json(p.email()) + "\"") + "}").collect(Collectors.joining(","));
        if ((page + 1) * size < PEOPLE.size()) {
            ex.getResponseHeaders().add("Link", "<" + base + "/courses/" + CONTEXT_ID + "/memberships?page=" + (page + 1)
                    + ">; rel=\"next\"");
        }
        send(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", "{\"id\":\"" + base + "/courses/"
                + CONTEXT_ID + "/memberships\",\"context\":{\"id\":\"" + CONTEXT_ID + "\"},\"members\":[" + members + "]}");
    }

    /** Deep Linking 2.0, 4.5: verifies the tool's answer and ties the course's link to the chosen quiz. */
    private void deepLinkReturn(HttpExchange ex) throws IOException {
        String jwt = query(body(ex)).get("JWT");
        String problem = checkToolJwt(jwt, null);
        if (problem != null) {
            send(ex, 400, "text/plain", "deep linking response refused: " + problem);
            return;
        }
        try {
            JWTClaimsSet claims = SignedJWT.parse(jwt).getJWTClaimsSet();
            if (!claims.getAudience().contains(issuer())
                    || !"LtiDeepLinkingResponse".equals(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
                    || !"opaque-platform-data".equals(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))) {
                send(ex, 400, "text/plain", "deep linking response has the wrong aud, message type or data");
                return;
            }
            deepLinkResponses.add(jwt);
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) items.get(0);
            @SuppressWarnings("unchecked")
            Map<String, Object> custom = (Map<String, Object>) item.getOrDefault("custom", Map.of());
            linkCustom.clear();
            linkCustom.putAll(custom);
            @SuppressWarnings("unchecked")
            Map<String, Object> li = (Map<String, Object>) item.get("lineItem");
            if (li != null) {
                String id = String.valueOf(lineItems.size() + 1);
                lineItems.put(id, new LineItem(id, String.valueOf(li.get("label")), ((Number) li.get("scoreMaximum")).doubleValue(),
                        (String) li.get("resourceId"), RESOURCE_LINK_ID, (String) li.get("tag")));
                linkLineItem = base + "/courses/" + CONTEXT_ID + "/lineitems/" + id + "/lineitem?type_id=7";
            }
            send(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body><p>Added “" + html(String.valueOf(item.get("title")))
                    + "” to Biology 101.</p><p><a href=\"/launch?user=student-1\">Launch it as a student</a></p></body></html>");
        } catch (ParseException | RuntimeException e) {
            send(ex, 400, "text/plain", "unreadable deep linking response: " + e);
        }
    }

    /** Dynamic Registration 1.0, 3.4: the platform's OpenID configuration. */
    private void openidConfiguration(HttpExchange ex) throws IOException {
        send(ex, 200, "application/json", "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + base + "/auth\","
                + "\"token_endpoint\":\"" + base + "/token\",\"jwks_uri\":\"" + base + "/jwks\",\"registration_endpoint\":\""
                + base + "/register\",\"scopes_supported\":[\"openid\"],\"response_types_supported\":[\"id_token\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"https://purl.imsglobal.org/spec/lti-platform-configuration\":{\"product_family_code\":\"sandbox\","
                + "\"version\":\"1.0\",\"messages_supported\":[{\"type\":\"LtiResourceLinkRequest\"},{\"type\":\"LtiDeepLinkingRequest\"}]}}");
    }

    private final List<String> registrations = new CopyOnWriteArrayList<>();
    /** Client ids stay unique across {@link #reset()}, which forgets the registrations seen. */
    private final AtomicInteger dynamicClients = new AtomicInteger();

    public List<String> registrations() {
        return List.copyOf(registrations);
    }

    /** Dynamic Registration 1.0, 3.6: accepts the tool's metadata when the registration token is right. */
    private void dynamicRegistration(HttpExchange ex) throws IOException {
        if (!"Bearer sandbox-registration-token".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        String body = body(ex);
        registrations.add(body);
        var metadata = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        // a new client for each registration, as platforms do (the demo's registration keeps CLIENT_ID)
        send(ex, 200, "application/json", "{\"client_id\":\"" + CLIENT_ID + "-dynamic-" + dynamicClients.incrementAndGet()
                + "\",\"initiate_login_uri\":\""
                + json(metadata.getString("initiate_login_uri")) + "\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":"
                + "{\"deployment_id\":\"" + DEPLOYMENT_ID + "\"}}");
    }

    public URI openidConfigurationUrl() {
        return URI.create(base + "/.well-known/openid-configuration");
    }

    // --- plumbing --------------------------------------------------------------------------------------------------

    private static void require(List<String> problems, String name, String expected, Map<String, String> q) {
        if (!expected.equals(q.get(name))) {
            problems.add(name + " must be " + expected + " but is " + q.get(name));
        }
    }

    private static String body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, String> query(String raw) {
        if (raw == null || raw.isBlank()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return Collections.unmodifiableMap(out);
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, status == 204 || status == 302 && bytes.length == 0 ? -1 : bytes.length);
        if (!(status == 204 || status == 302 && bytes.length == 0)) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String html(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String json(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Unused scopes check kept honest: the set of scopes this platform grants. */
    static Set<String> grantedScopes() {
        return Set.of(AGS_SCOPE_LINEITEM, AGS_SCOPE_SCORE, NRPS_SCOPE);
    }
}
