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
    private final SubmissionBatcher batcher;
    private final ReleaseListing listing;

    public ReleaseService(CallingSource callingSource, SubmissionBatcher batcher, ReleaseListing listing) {
        this.callingSource = callingSource;
        this.batcher = batcher;
        this.listing = listing;
    }

    /**
     * Ingests a submission of the calling source; with an idempotency key, a repeat gets the first answer.
     * The submission is validated here and stored with others in one transaction ({@link SubmissionBatcher}).
     */
    public IdempotentSubmissions.Answer submit(ReleaseSubmission submission, String idempotencyKey) {
        SourceRef source = callingSource.get();
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key != null) {
            IdempotentSubmissions.validate(key);
        }
        ReleaseDraft draft = SubmissionValidator.validate(submission);
        if (draft.language() == null && callingSource.language() != null) {
            draft = draft.withLanguage(callingSource.language());
        }
        String requestHash = key == null ? null : IdempotentSubmissions.requestHash(submission);
        return batcher.submit(new PendingSubmission(source, submission, draft, key, requestHash));
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
}
