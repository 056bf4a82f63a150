package org.articlequiz.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.articlequiz.lti.platform.PlatformCallFailed;
import org.articlequiz.lti.platform.PlatformHttp;
import org.articlequiz.lti.platform.PlatformQuirks;

/** The AGS 2.0 calls: find or create the line item of a quiz, post a score to it. */
@ApplicationScoped
public class AgsClient {
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINE_ITEMS = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";

    @Inject
    PlatformHttp http;

    protected AgsClient() {
    }

    public AgsClient(PlatformHttp http) {
        this.http = http;
    }

    /**
     * The line item of this entry's quiz in its resource link, if the container already has one with our resourceId
     * (AGS 3.2.4, filtered by resource_link_id). Looking before creating keeps one gradebook column per quiz however
     * often scores are sent; {@link ScoreSender} makes sure only one node creates it.
     */
    public Optional<URI> findLineItem(OutboxEntry entry, String token) {
        requireContainer(entry);
        String resourceId = resourceId(entry);
        URI query = entry.resourceLinkId() == null ? entry.lineItems()
                : PlatformQuirks.withQuery(entry.lineItems(), "resource_link_id", entry.resourceLinkId());
        var found = http.send(HttpRequest.newBuilder(query).header("Authorization", "Bearer " + token)
                .header("Accept", LINE_ITEMS).GET());
        return array(found.body()).stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .filter(li -> resourceId.equals(li.getString("resourceId", null)))
                .map(li -> URI.create(li.getString("id"))).findFirst();
    }

    /** Creates the quiz's line item in the container (AGS 3.2.5). */
    public URI createLineItem(OutboxEntry entry, String token) {
        requireContainer(entry);
        var body = Json.createObjectBuilder().add("scoreMaximum", entry.scoreMaximum()).add("label", entry.label())
                .add("resourceId", resourceId(entry)).add("tag", "article-quiz");
        if (entry.resourceLinkId() != null) {
            body.add("resourceLinkId", entry.resourceLinkId());
        }
        var created = http.send(HttpRequest.newBuilder(entry.lineItems()).header("Authorization", "Bearer " + token)
                .header("Content-Type", LINE_ITEM).header("Accept", LINE_ITEM)
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())));
        return URI.create(object(created.body()).getString("id"));
    }

    /** Without a container, or without the right to manage line items, there is no column to find or make. */
    static void requireContainer(OutboxEntry entry) {
        if (entry.lineItems() == null || !PlatformQuirks.mayCreateLineItems(entry.scopes())) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.REJECTED, 0, null,
                    "The platform gave neither a line item nor the right to manage line items.");
        }
    }

    private static String resourceId(OutboxEntry entry) {
        return "quiz-" + entry.quizId();
    }

    /**
     * Brings the line item's scoreMaximum to the quiz's (AGS 3.2.8, PUT of the whole line item) when they differ: a quiz
     * placed with one approved item and given three more must not show 4/4 as 1/1 (issue 13). Needs the lineitem
     * scope; without it (Blackboard's default) the score goes out as it is, and the platform scales it.
     */
    public void matchMaximum(URI lineItem, OutboxEntry entry, String token) {
        if (!PlatformQuirks.mayCreateLineItems(entry.scopes())) {
            return;
        }
        var current = http.send(HttpRequest.newBuilder(lineItem).header("Authorization", "Bearer " + token)
                .header("Accept", LINE_ITEM).GET());
        JsonObject item = object(current.body());
        JsonNumber maximum = item.getJsonNumber("scoreMaximum");
        if (maximum != null && Math.abs(maximum.doubleValue() - entry.scoreMaximum()) < 1e-9) {
            return;
        }
        JsonObject updated = Json.createObjectBuilder(item).add("scoreMaximum", entry.scoreMaximum()).build();
        http.send(HttpRequest.newBuilder(lineItem).header("Authorization", "Bearer " + token)
                .header("Content-Type", LINE_ITEM).header("Accept", LINE_ITEM)
                .PUT(HttpRequest.BodyPublishers.ofString(updated.toString())));
    }

    /** AGS 3.4: posts the score; a final, machine-marked score is Completed and FullyGraded. */
    public void postScore(URI lineItem, OutboxEntry entry, String token) {
        JsonObject score = Json.createObjectBuilder()
                .add("userId", entry.subject())
                .add("scoreGiven", entry.scoreGiven())
                .add("scoreMaximum", entry.scoreMaximum())
                .add("activityProgress", "Completed")
                .add("gradingProgress", PlatformQuirks.gradingProgressOfFinalScore())
                .add("timestamp", entry.timestamp())
                .build();
        http.send(HttpRequest.newBuilder(PlatformQuirks.scoresUrl(lineItem)).header("Authorization", "Bearer " + token)
                .header("Content-Type", SCORE).POST(HttpRequest.BodyPublishers.ofString(score.toString())));
    }

    private static JsonArray array(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, 200, null, "line items answer is not a JSON array");
        }
    }

    private static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.TRANSIENT, 200, null, "line item answer is not a JSON object");
        }
    }
}
