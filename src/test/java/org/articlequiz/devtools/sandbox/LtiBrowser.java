package org.articlequiz.devtools.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as LTI needs one, over real HTTP: follows redirects by hand, keeps cookies per host (Secure
 * cookies too, as browsers do on localhost), and submits the auto-posting forms the protocol uses.
 */
public final class LtiBrowser {
    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\"[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    private boolean cookiesBlocked;
    /** The Origin the storage page's post claims, when a test plays another site posting it; else the page's own. */
    private String storagePostOrigin;

    /** Third-party cookies off, as in Safari: cookies set inside the platform's frame never come back. */
    public LtiBrowser blockCookies() {
        this.cookiesBlocked = true;
        return this;
    }

    /**
     * The platform-storage secret is posted by a page of another origin (a login CSRF: someone else's state, token and
     * secret posted from their site into this browser), as the browser's {@code Origin} header says.
     */
    public LtiBrowser storageSecretPostedFrom(String origin) {
        this.storagePostOrigin = origin;
        return this;
    }

    /** A page as the browser received it. */
    public record Page(URI uri, int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream())
                    .findFirst().orElse(null);
        }

        /** The first form of the page: its action and hidden fields. */
        public Form form() {
            return forms().get(0);
        }

        public List<Form> forms() {
            Matcher m = FORM.matcher(body);
            List<Form> forms = new java.util.ArrayList<>();
            while (m.find()) {
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher in = INPUT.matcher(m.group(2));
                while (in.find()) {
                    fields.put(unescape(in.group(1)), unescape(in.group(2)));
                }
                forms.add(new Form(uri.resolve(unescape(m.group(1))), fields));
            }
            if (forms.isEmpty()) {
                throw new AssertionError("no form in " + status + " " + body);
            }
            return forms;
        }
    }

    public record Form(URI action, Map<String, String> fields) {
    }

    /** What the launch gave the pages: the fragment of the last redirect. */
    public record Launch(String session, Long quiz, String role, Page last) {
    }

    public Page get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), uri);
    }

    public Page post(URI uri, Map<String, String> form) {
        return post(uri, form, null);
    }

    /** A form post from a page of {@code origin} (a browser sends it as the Origin header), or with none. */
    public Page post(URI uri, Map<String, String> form, String origin) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request, uri);
    }

    public Page submit(Form form) {
        return post(form.action(), form.fields());
    }

    /** Follows redirects (GET) from {@code start} until a page that is not a redirect, or a fragment-only target. */
    public Page follow(Page page) {
        Page current = page;
        for (int i = 0; i < 10 && current.status() / 100 == 3; i++) {
            URI next = current.uri().resolve(current.header("Location"));
            if (next.getRawFragment() != null) {
                return current; // the pages' URL: the fragment is for scripts, nothing to fetch for a launch
            }
            current = get(next);
        }
        return current;
    }

    /**
     * Clicks a platform's launch link and goes through login initiation, the platform's authorization endpoint and the
     * launch; returns what the tool handed the pages.
     */
    public Launch launch(URI platformLaunchLink) {
        Page authForm = follow(withPlatformStorage(follow(get(platformLaunchLink))));
        Page landed = withPlatformStorage(submit(authForm.form()));
        if (landed.status() != 303) {
            return new Launch(null, null, null, landed);
        }
        URI target = landed.uri().resolve(landed.header("Location"));
        Map<String, String> fragment = query(target.getRawFragment());
        return new Launch(fragment.get("session"), fragment.containsKey("quiz") ? Long.valueOf(fragment.get("quiz")) : null,
                fragment.get("role"), landed);
    }

    /** An instructor's "add activity": deep linking request, picker, choice of the quiz, answer posted to the platform. */
    public Page deepLink(URI platformDeepLinkingLink, long quizId) {
        Page picker = picker(platformDeepLinkingLink);
        Form choice = picker.forms().stream().filter(f -> String.valueOf(quizId).equals(f.fields().get("quizId"))).findFirst()
                .orElseThrow(() -> new AssertionError("quiz " + quizId + " not offered: " + picker.body()));
        Page answer = submit(choice);
        return submit(answer.form());
    }

    /** An instructor's "add activity" up to the tool's picker. */
    public Page picker(URI platformDeepLinkingLink) {
        Page authForm = follow(get(platformDeepLinkingLink));
        Page toPicker = submit(authForm.form());
        if (toPicker.status() != 200) {
            throw new AssertionError("deep linking launch failed: " + toPicker.status() + " " + toPicker.body());
        }
        return submit(toPicker.form());
    }

    /**
     * Plays the platform's storage frame for the tool's postMessage pages, as the sandbox's page script does in a real
     * browser: a put_data page stores its value and goes on to its next URL; a get_data page gets the value back and
     * submits its form.
     */
    private final Map<String, String> platformStorage = new ConcurrentHashMap<>();
    private static final Pattern PUT = Pattern.compile("subject:'lti.put_data',message_id:id,key:(\"[^\"]*\"),value:(\"[^\"]*\")");
    private static final Pattern GET = Pattern.compile("subject:'lti.get_data',message_id:id,key:(\"[^\"]*\")");
    private static final Pattern NEXT = Pattern.compile("window.location.replace\\((\"[^\"]*\")\\)");

    public Page withPlatformStorage(Page page) {
        if (page.status() != 200) {
            return page;
        }
        Matcher put = PUT.matcher(page.body());
        if (put.find()) {
            platformStorage.put(js(put.group(1)), js(put.group(2)));
            Matcher next = NEXT.matcher(page.body());
            if (!next.find()) {
                throw new AssertionError("put_data page without a next URL: " + page.body());
            }
            return get(page.uri().resolve(js(next.group(1))));
        }
        Matcher get = GET.matcher(page.body());
        if (get.find()) {
            String value = platformStorage.get(js(get.group(1)));
            if (value == null) {
                return page; // the page would now show "open in a new window"
            }
            Form form = page.form();
            Map<String, String> fields = new LinkedHashMap<>(form.fields());
            fields.put("platform_storage_secret", value);
            String own = page.uri().getScheme() + "://" + page.uri().getRawAuthority();
            return post(form.action(), fields, storagePostOrigin == null ? own : storagePostOrigin);
        }
        return page;
    }

    /** A JavaScript string literal as LtiPages writes them (\\uXXXX escapes) back to text. */
    static String js(String literal) {
        String inner = literal.substring(1, literal.length() - 1);
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(inner);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Page send(HttpRequest.Builder request, URI uri) {
        Map<String, String> jar = cookies.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (!cookiesBlocked) {
                for (String set : response.headers().allValues("Set-Cookie")) {
                    String[] nv = set.split(";", 2)[0].split("=", 2);
                    Map<String, String> hostJar = cookies.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), h -> new ConcurrentHashMap<>());
                    if (nv.length < 2 || nv[1].isEmpty() || set.contains("Max-Age=0")) {
                        hostJar.remove(nv[0]);
                    } else {
                        hostJar.put(nv[0], nv[1]);
                    }
                }
            }
            return new Page(uri, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
