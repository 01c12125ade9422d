package org.communique.notifier.sources;

import org.communique.contracts.SourceStatus;
import org.communique.platform.net.ErrorText;

import java.time.Instant;
import java.util.UUID;

/**
 * A source's latest health as stored: the newest {@code SourceHealth} record consumed for it. Its
 * {@code lastError} is shown to subscribers (feed entries, SSE events, the subscription view), so it is
 * always the sanitized text: no credentials, query strings, internal addresses or Java type names.
 */
public record SourceState(UUID sourceId, String sourceName, SourceStatus status, int consecutiveFailures,
                          String lastError, Instant changedAt) {

    public SourceState {
        lastError = lastError == null ? null : ErrorText.sanitize(lastError);
    }

    public boolean failing() {
        return status == SourceStatus.FAILING;
    }
}
