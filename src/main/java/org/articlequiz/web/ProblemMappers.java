package org.articlequiz.web;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import org.articlequiz.DomainException;

/** Every error the API gives is {@code application/problem+json}; these mappers are the only place that says how. */
final class ProblemMappers {
    private static final System.Logger LOG = System.getLogger(ProblemMappers.class.getName());

    /** RFC 9110 §15.5.21; Jakarta REST 3.1's {@code Response.Status} has no constant for it. */
    static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private ProblemMappers() {
    }

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            Response.StatusType status = switch (e.kind()) {
                case INVALID -> Response.Status.BAD_REQUEST;
                case FORBIDDEN -> Response.Status.FORBIDDEN;
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case CONFLICT -> Response.Status.CONFLICT;
                case GONE -> Response.Status.GONE;
                case UNAUTHENTICATED -> Response.Status.UNAUTHORIZED;
                case BUSY -> Response.Status.SERVICE_UNAVAILABLE;
                case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                case UNPROCESSABLE -> UNPROCESSABLE_CONTENT;
                case TOO_MANY -> Response.Status.TOO_MANY_REQUESTS;
            };
            return Problems.response(status, e.slug(), status.getReasonPhrase(), e.getMessage());
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            var invalid = e.getConstraintViolations().stream()
                    .map(v -> new Problems.InvalidParam(field(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problems.InvalidParam::name))
                    .toList();
            String detail = invalid.stream().map(p -> p.name() + " " + p.reason())
                    .collect(java.util.stream.Collectors.joining("; "));
            return Problems.response(Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", detail, invalid, null);
        }

        /** "save.arg3.seq" → "seq": the client knows its fields, not our method names. */
        private static String field(String path) {
            String[] parts = path.split("\\.");
            return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problems.response(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The request body is not the JSON this endpoint takes: " + rootMessage(e));
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problems.response(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The request body could not be read: " + rootMessage(e));
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, wrong media type, unreadable body) in the same shape. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            String slug = e instanceof NotFoundException ? "not-found"
                    : e instanceof NotAllowedException ? "method-not-allowed"
                    : e instanceof NotSupportedException ? "unsupported-media-type"
                    : e instanceof NotAcceptableException ? "not-acceptable"
                    : status.getStatusCode() >= 500 ? "server-error" : "bad-request";
            String detail = e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException
                    ? "The request body is not the JSON this endpoint takes: " + rootMessage(e)
                    : e.getMessage();
            if (detail != null && detail.startsWith("The request body")) {
                slug = "malformed-json";
            }
            return Problems.response(status, slug, status.getReasonPhrase(), detail);
        }
    }

    /** The last resort: logs the failure under an id and answers 500 without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "Unexpected failure " + id, e);
            return Problems.response(Response.Status.INTERNAL_SERVER_ERROR, "server-error", "Internal Server Error",
                    "Something went wrong on our side; nothing was changed. Quote error id " + id + " when reporting it.",
                    null, id);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // Parser messages can quote the body; keep the answer short.
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
