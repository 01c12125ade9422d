package org.communique.ingest.polling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.SourceRef;
import org.communique.ingest.Sha256;
import org.communique.ingest.releases.IngestReceipt;
import org.communique.ingest.releases.Release;
import org.communique.ingest.releases.ReleaseDraft;
import org.communique.ingest.releases.ReleaseIds;
import org.communique.ingest.releases.ReleaseIngestor;
import org.communique.ingest.releases.ReleaseSubmission;
import org.communique.ingest.releases.SubmissionValidator;
import org.communique.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Feeds polled items through the same path as pushed releases: the same validation and plain-text
 * conversion, the same ids and versions, the same outbox. An item that cannot be a release is reported and
 * skipped; the others go on. Items whose content is what is stored already are not even written.
 */
@ApplicationScoped
public class ItemIngestion {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ReleaseIngestor ingestor;

    public ItemIngestion(ReleaseIngestor ingestor) {
        this.ingestor = ingestor;
    }

    void ingest(SourceRef source, String defaultLanguage, List<FeedItem> items, ItemCounts counts) {
        Map<UUID, ReleaseDraft> drafts = new LinkedHashMap<>();
        for (FeedItem item : items) {
            counts.items++;
            try {
                ReleaseDraft draft = SubmissionValidator.validate(submission(item, defaultLanguage));
                // a feed that lists one item twice: the first (newest) counts
                drafts.putIfAbsent(ReleaseIds.of(source.id(), draft), draft);
            } catch (ProblemException invalid) {
                counts.skip(item.label() + ": " + invalid.getMessage());
            }
        }
        Map<UUID, String> stored = QuarkusTransaction.requiringNew().call(() -> Release.contentHashes(drafts.keySet()));
        List<ReleaseDraft> changed = new ArrayList<>();
        drafts.forEach((id, draft) -> {
            if (draft.contentHash().equals(stored.get(id))) {
                counts.unchanged++;
            } else {
                changed.add(draft);
            }
        });
        // feeds list the newest first; publishing oldest first keeps the topic in publication order
        Collections.reverse(changed);
        for (ReleaseDraft draft : changed) {
            IngestReceipt receipt = ingestor.ingest(source, draft);
            switch (receipt.status()) {
                case CREATED -> counts.created++;
                case UPDATED -> counts.updated++;
                case UNCHANGED -> counts.unchanged++;
            }
        }
    }

    private static ReleaseSubmission submission(FeedItem item, String defaultLanguage) {
        String externalId = item.externalId();
        if (externalId != null && externalId.strip().length() > SubmissionValidator.MAX_EXTERNAL_ID_LENGTH) {
            externalId = "sha256:" + Sha256.hex(externalId.strip());
        }
        // a feed's own idea of its language is a hint, not something to reject an item for
        String language = item.language() != null && LANGUAGES.contains(item.language()) ? item.language()
                : defaultLanguage;
        return new ReleaseSubmission(externalId, item.url(), item.title(), item.body(), language,
                item.publishedAt() == null ? null : item.publishedAt().toString());
    }
}
