package org.communique.ingest.sources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.communique.platform.problem.Violations;
import org.communique.ingest.admin.AdminAuthenticated;
import org.communique.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The operator's view of the sources: what to take releases from, and how. */
@Path(SourceResource.PATH)
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    static final String PATH = "/api/v1/sources";

    private final SourceRegistry registry;

    public SourceResource(SourceRegistry registry) {
        this.registry = registry;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<SourceView> create(SourceRequest request) {
        SourceView created = registry.create(request);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, created)
                .location(URI.create(PATH + "/" + created.id()))
                .build();
    }

    @GET
    public List<SourceView> list(@QueryParam("kind") String kind, @QueryParam("enabled") String enabled) {
        Violations violations = new Violations();
        SourceKind parsedKind = null;
        if (kind != null) {
            try {
                parsedKind = SourceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add("kind", "must be one of PUSH, RSS, ATOM, HTML");
            }
        }
        Boolean parsedEnabled = null;
        if (enabled != null) {
            if (!enabled.equals("true") && !enabled.equals("false")) {
                violations.add("enabled", "must be true or false");
            }
            parsedEnabled = Boolean.valueOf(enabled);
        }
        violations.throwIfAny();
        return registry.list(parsedKind, parsedEnabled);
    }

    @GET
    @Path("/{id}")
    public SourceView get(@PathParam("id") String id) {
        return registry.get(sourceId(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SourceView update(@PathParam("id") String id, SourceRequest changes) {
        return registry.update(sourceId(id), changes);
    }

    /** Disables the source; it stays, with its releases, and can be enabled again with a PATCH. */
    @DELETE
    @Path("/{id}")
    public SourceView disable(@PathParam("id") String id) {
        return registry.disable(sourceId(id));
    }

    @POST
    @Path("/{id}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<KeyRotation> rotateKey(@PathParam("id") String id, KeyRotation.Request request) {
        return RestResponse.status(RestResponse.Status.CREATED, registry.rotateKey(sourceId(id), request));
    }

    static UUID sourceId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no source " + id);
        }
    }
}
