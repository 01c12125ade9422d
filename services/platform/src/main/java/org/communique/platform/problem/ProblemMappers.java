package org.communique.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.CharConversionException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns every error a resource can raise into {@code application/problem+json}; no stack trace ever
 * reaches a client. Unexpected failures are logged with an id that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(new Problem(Problem.TYPE_BASE + e.slug(), e.title(), e.status(),
                e.getMessage(), path(uri), e.errors()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400, detail, path(uri),
                errors)).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                "unknown field '" + e.getPropertyName() + "'", path(uri),
                List.of(new Problem.FieldError(field, "unknown field")))).build();
    }

    /**
     * A JSON value of the wrong type. quarkus-rest-jackson maps this exact type itself, which would beat the
     * mapper for its superclass below, so it is claimed here explicitly.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String detail = "malformed JSON: " + e.getOriginalMessage();
        List<Problem.FieldError> errors = null;
        boolean notUtf8 = notUtf8(e);
        if (notUtf8) {
            detail = "the body is not valid UTF-8; JSON must be UTF-8 (RFC 8259)";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m);
            errors = List.of(new Problem.FieldError(field, notUtf8 ? "not valid UTF-8" : e.getOriginalMessage()));
            detail = notUtf8 ? detail + ", in '" + field + "'" : "invalid value for '" + field + "'";
        }
        return respond(new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400, detail, path(uri),
                errors)).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        Response.ResponseBuilder response = respond(new Problem(Problem.TYPE_BASE + slug(title), title, status,
                e.getMessage(), path(uri), null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warnf("database unavailable on %s: %s", path(uri), e.getMessage());
            return respond(new Problem(Problem.TYPE_BASE + "service-unavailable", "Service unavailable", 503,
                    "the database is busy or unreachable; retry in " + DatabaseUnavailable.RETRY_AFTER_SECONDS
                            + " seconds", path(uri), null))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "the request failed unexpectedly; error id " + errorId, path(uri), null)).build();
    }

    // Jackson reads bytes as UTF-8 and reports a bad sequence as "Invalid UTF-8 start byte ..." or "... middle byte"
    private static boolean notUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharConversionException
                    || (t.getMessage() != null && t.getMessage().contains("Invalid UTF-8"))) {
                return true;
            }
        }
        return false;
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "create.request.title" -> "title": drop the method and parameter names
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : path;
    }

    private static String jsonPath(JsonMappingException e) {
        return StreamSupport.stream(e.getPath().spliterator(), false)
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
