package org.communique.ingest.releases;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.SourceRef;
import org.communique.ingest.sources.CallingSource;
import org.communique.platform.problem.ProblemException;

import java.util.List;

/** What the releases API does: submissions by the calling source (idempotent on request), reads, listings. */
@ApplicationScoped
public class ReleaseService {

    private final CallingSource callingSource;
    private final ReleaseIngestor ingestor;
    private final ReleaseListing listing;
    private final IdempotentSubmissions idempotent;

    public ReleaseService(CallingSource callingSource, ReleaseIngestor ingestor, ReleaseListing listing,
                          IdempotentSubmissions idempotent) {
        this.callingSource = callingSource;
        this.ingestor = ingestor;
        this.listing = listing;
        this.idempotent = idempotent;
    }

    /** Ingests a submission of the calling source; with an idempotency key, a repeat gets the first answer. */
    public IdempotentSubmissions.Answer submit(ReleaseSubmission submission, String idempotencyKey) {
        SourceRef source = callingSource.get();
        if (idempotencyKey == null) {
            return new IdempotentSubmissions.Answer(ingest(source, submission), false);
        }
        return idempotent.submit(source.id(), idempotencyKey.strip(), submission, () -> ingest(source, submission));
    }

    /** A release of the calling source; a source reads its own releases only, anything else does not exist. */
    public ReleaseView ownRelease(String id) {
        SourceRef source = callingSource.get();
        return ReleaseIds.parse(id)
                .flatMap(uuid -> Release.findOwned(uuid, source.id()))
                .map(release -> ReleaseView.of(release, source))
                .orElseThrow(() -> ProblemException.notFound("no release " + id + " from this source"));
    }

    public List<ReleaseView> list(String source, String limit, String offset) {
        return listing.list(source, limit, offset);
    }

    private IngestReceipt ingest(SourceRef source, ReleaseSubmission submission) {
        ReleaseDraft draft = SubmissionValidator.validate(submission);
        if (draft.language() == null && callingSource.language() != null) {
            draft = draft.withLanguage(callingSource.language());
        }
        return ingestor.ingest(source, draft);
    }
}
