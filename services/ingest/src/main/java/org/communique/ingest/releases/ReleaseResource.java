package org.communique.ingest.releases;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communique.contracts.SourceRef;
import org.communique.ingest.sources.CallingSource;
import org.communique.ingest.sources.SourceAuthenticated;
import org.communique.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@Path(ReleaseResource.PATH)
@SourceAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    static final String PATH = "/api/v1/releases";

    @Inject
    CallingSource callingSource;

    @Inject
    ReleaseIngestor ingestor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IngestReceipt> submit(ReleaseSubmission submission) {
        ReleaseDraft draft = SubmissionValidator.validate(submission);
        IngestReceipt receipt = ingestor.ingest(callingSource.get(), draft);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, receipt)
                .location(URI.create(PATH + "/" + receipt.id()))
                .build();
    }

    /** A source reads its own releases only; anything else does not exist for it. */
    @GET
    @Path("/{id}")
    public ReleaseView get(@PathParam("id") String id) {
        SourceRef source = callingSource.get();
        return parseId(id)
                .flatMap(uuid -> Release.findOwned(uuid, source.id()))
                .map(release -> ReleaseView.of(release, source))
                .orElseThrow(() -> ProblemException.notFound("no release " + id + " from this source"));
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
