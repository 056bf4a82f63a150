package org.articlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.articlequiz.testing.Api;
import org.articlequiz.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 12: the readiness and liveness URLs a load balancer asks, without a session, in the real server. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRunningNodeIsReadyAndAliveWithItsChecksNamed() {
        Api anyone = new Api(base, null);
        Api.Reply ready = anyone.get("api/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        JsonObject body = ready.json();
        assertEquals("UP", body.getString("status"));
        assertEquals(List.of("answer-writers", "answer-queue", "database", "grade-outbox"),
                body.getJsonArray("checks").getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList());
        assertEquals(0, body.getJsonArray("checks").getJsonObject(1).getJsonObject("data").getInt("queued"));

        Api.Reply live = anyone.get("api/health/live");
        assertEquals(200, live.status(), live::toString);
        assertEquals("UP", live.json().getString("status"));
    }
}
