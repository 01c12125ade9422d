package org.communique.ingest.releases;

import org.communique.contracts.SourceRef;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A validated submission waiting for its batch: what to store, under which idempotency key (or none), and
 * the answer the request waits for.
 */
final class PendingSubmission {

    final SourceRef source;
    final ReleaseSubmission submission;
    final ReleaseDraft draft;
    final UUID releaseId;
    /** Null without an Idempotency-Key. */
    final String key;
    /** SHA-256 of the submission, with a key only. */
    final String requestHash;
    final CompletableFuture<IdempotentSubmissions.Answer> answer = new CompletableFuture<>();

    PendingSubmission(SourceRef source, ReleaseSubmission submission, ReleaseDraft draft, String key,
                      String requestHash) {
        this.source = source;
        this.submission = submission;
        this.draft = draft;
        this.releaseId = ReleaseIds.of(source.id(), draft);
        this.key = key;
        this.requestHash = requestHash;
    }
}
