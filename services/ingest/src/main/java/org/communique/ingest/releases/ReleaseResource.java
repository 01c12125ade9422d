package org.communique.ingest.releases;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.communique.ingest.admin.AdminAuthenticated;
import org.communique.ingest.sources.SourceAuthenticated;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

@Path(ReleaseResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    static final String PATH = "/api/v1/releases";

    private final ReleaseService releases;

    public ReleaseResource(ReleaseService releases) {
        this.releases = releases;
    }

    @POST
    @SourceAuthenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IngestReceipt> submit(ReleaseSubmission submission,
                                              @HeaderParam(IdempotentSubmissions.HEADER) String idempotencyKey) {
        IdempotentSubmissions.Answer answer = releases.submit(submission, idempotencyKey);
        RestResponse.ResponseBuilder<IngestReceipt> response =
                RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, answer.receipt())
                        .location(URI.create(PATH + "/" + answer.receipt().id()));
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** A source reads its own releases only; anything else does not exist for it. */
    @GET
    @SourceAuthenticated
    @Path("/{id}")
    public ReleaseView get(@PathParam("id") String id) {
        return releases.ownRelease(id);
    }

    /** What one source produced, newest first: for operators, with the admin key. */
    @GET
    @AdminAuthenticated
    public List<ReleaseView> list(@QueryParam("source") String source, @QueryParam("limit") String limit,
                                  @QueryParam("offset") String offset) {
        return releases.list(source, limit, offset);
    }
}
