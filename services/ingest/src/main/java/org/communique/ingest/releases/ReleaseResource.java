package org.communique.ingest.releases;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.communique.contracts.SourceRef;
import org.communique.ingest.admin.AdminAuthenticated;
import org.communique.ingest.sources.CallingSource;
import org.communique.ingest.sources.SourceAuthenticated;
import org.communique.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path(ReleaseResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    static final String PATH = "/api/v1/releases";

    @Inject
    CallingSource callingSource;

    @Inject
    ReleaseIngestor ingestor;

    @Inject
    ReleaseListing listing;

    @Inject
    IdempotentSubmissions idempotent;

    @POST
    @SourceAuthenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IngestReceipt> submit(ReleaseSubmission submission,
                                              @HeaderParam(IdempotentSubmissions.HEADER) String idempotencyKey) {
        SourceRef source = callingSource.get();
        if (idempotencyKey == null) {
            return accepted(ingest(source, submission), false);
        }
        IdempotentSubmissions.Answer answer = idempotent.submit(source.id(), idempotencyKey.strip(), submission,
                () -> ingest(source, submission));
        return accepted(answer.receipt(), answer.replayed());
    }

    private IngestReceipt ingest(SourceRef source, ReleaseSubmission submission) {
        ReleaseDraft draft = SubmissionValidator.validate(submission);
        if (draft.language() == null && callingSource.language() != null) {
            draft = draft.withLanguage(callingSource.language());
        }
        return ingestor.ingest(source, draft);
    }

    private static RestResponse<IngestReceipt> accepted(IngestReceipt receipt, boolean replayed) {
        RestResponse.ResponseBuilder<IngestReceipt> response =
                RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, receipt)
                        .location(URI.create(PATH + "/" + receipt.id()));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** A source reads its own releases only; anything else does not exist for it. */
    @GET
    @SourceAuthenticated
    @Path("/{id}")
    public ReleaseView get(@PathParam("id") String id) {
        SourceRef source = callingSource.get();
        return parseId(id)
                .flatMap(uuid -> Release.findOwned(uuid, source.id()))
                .map(release -> ReleaseView.of(release, source))
                .orElseThrow(() -> ProblemException.notFound("no release " + id + " from this source"));
    }

    /** What one source produced, newest first: for operators, with the admin key. */
    @GET
    @AdminAuthenticated
    public List<ReleaseView> list(@QueryParam("source") String source, @QueryParam("limit") String limit,
                                  @QueryParam("offset") String offset) {
        return listing.list(source, limit, offset);
    }

    static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
