package org.articlequiz.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem documents; every error answer of the API goes through here. */
public final class Problems {
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    /** Problem types are stable URNs: {@code urn:article-quiz:problem:<slug>}. */
    static final String TYPE_PREFIX = "urn:article-quiz:problem:";

    private Problems() {
    }

    /** One field that was wrong in a request. */
    public record InvalidParam(String name, String reason) {
    }

    public record Problem(String type, String title, int status, String detail, String instance, List<InvalidParam> invalidParams,
                   String errorId) {
    }

    static Response response(Response.StatusType status, String slug, String title, String detail) {
        return response(status, slug, title, detail, null, null);
    }

    static Response response(Response.StatusType status, String slug, String title, String detail,
                             List<InvalidParam> invalid, String errorId) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(TYPE_PREFIX + slug, title, status.getStatusCode(), detail, null,
                        invalid == null || invalid.isEmpty() ? null : invalid, errorId))
                .build();
    }
}
