package org.articlequiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.articlequiz.health.NodeHealth;

/**
 * {@code GET /api/health/live} and {@code GET /api/health/ready}: 200 when UP, 503 when DOWN, with the checks
 * (MicroProfile Health's JSON shape). No session needed and nothing personal in the answer: load balancers ask.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    @Inject
    NodeHealth health;

    @GET
    @Path("live")
    public Response live() {
        return answer(health.liveness());
    }

    @GET
    @Path("ready")
    public Response ready() {
        return answer(health.readiness());
    }

    private static Response answer(NodeHealth.Report report) {
        return Response.status(report.status() == NodeHealth.Status.UP ? 200 : 503).entity(report)
                .header("Cache-Control", "no-store").build();
    }
}
