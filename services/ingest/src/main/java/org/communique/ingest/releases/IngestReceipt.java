package org.communique.ingest.releases;

import java.util.UUID;

/** The answer to a submission: which release, which version, and what the submission changed. */
public record IngestReceipt(UUID id, int version, IngestStatus status) {
}
