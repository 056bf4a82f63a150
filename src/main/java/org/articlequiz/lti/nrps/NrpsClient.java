package org.articlequiz.lti.nrps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlequiz.lti.platform.PlatformCallFailed;
import org.articlequiz.lti.platform.PlatformHttp;

/** Reads a membership container, page after page (NRPS 2.0, 2.4: {@code Link: <…>; rel="next"}). */
@ApplicationScoped
public class NrpsClient {
    static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 200;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel\\s*=\\s*\"?next\"?", Pattern.CASE_INSENSITIVE);

    @Inject
    PlatformHttp http;

    protected NrpsClient() {
    }

    public NrpsClient(PlatformHttp http) {
        this.http = http;
    }

    /** Members without our user ids yet ({@link Member#user()} null). */
    public List<Member> members(URI membershipsUrl, String token) {
        List<Member> members = new ArrayList<>();
        URI page = membershipsUrl;
        for (int i = 0; page != null && i < MAX_PAGES; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page)
                    .header("Authorization", "Bearer " + token).header("Accept", MEMBERSHIPS).GET());
            JsonObject body;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                body = reader.readObject();
            } catch (RuntimeException e) {
                throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, response.statusCode(), null,
                        "memberships answer is not a JSON object");
            }
            for (JsonValue value : body.getJsonArray("members") == null ? List.<JsonValue>of() : body.getJsonArray("members")) {
                JsonObject m = value.asJsonObject();
                List<String> roles = m.getJsonArray("roles") == null ? List.of()
                        : m.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
                String name = m.getString("name", null);
                if (name == null && (m.containsKey("given_name") || m.containsKey("family_name"))) {
                    name = (m.getString("given_name", "") + " " + m.getString("family_name", "")).strip();
                }
                members.add(new Member(m.getString("user_id"), name, m.getString("email", null), roles,
                        m.getString("status", null), null, false));
            }
            URI current = page;
            page = next(response).map(current::resolve).orElse(null);
        }
        return members;
    }

    static Optional<URI> next(HttpResponse<?> response) {
        for (String link : response.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) {
                return Optional.of(URI.create(m.group(1)));
            }
        }
        return Optional.empty();
    }
}
