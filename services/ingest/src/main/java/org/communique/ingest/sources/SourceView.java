package org.communique.ingest.sources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.communique.contracts.SourceStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A source as the admin API shows it. {@code key} is there only in the answer that created the source:
 * it is never stored, so it cannot be shown again. Polled sources have a {@code health}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        UUID id,
        String name,
        SourceKind kind,
        String country,
        String language,
        String url,
        String pollInterval,
        SourceRequest.Selectors selectors,
        Integer rateLimitPerMinute,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        Instant previousKeyValidUntil,
        Health health,
        String key) {

    /**
     * How reading a polled source goes.
     *
     * @param lastPoll what the last poll did (items read, published, skipped and why, or its error)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Health(
            SourceStatus status,
            int consecutiveFailures,
            String lastError,
            Instant lastErrorAt,
            Instant lastPolledAt,
            Instant lastSuccessAt,
            Instant nextPollAt,
            @JsonRawValue String lastPoll) {

        static Health of(SourcePoll poll) {
            return new Health(poll.status, poll.consecutiveFailures, poll.lastError, poll.lastErrorAt,
                    poll.lastPolledAt, poll.lastSuccessAt, poll.nextPollAt, poll.lastOutcome);
        }
    }

    static SourceView of(Source source, SourcePoll poll, String key) {
        SourceRequest.Selectors selectors = source.listSelector == null ? null : new SourceRequest.Selectors(
                source.listSelector, source.titleSelector, source.bodySelector, source.dateSelector);
        Instant previousKeyValidUntil = source.previousKeyExpiresAt != null
                && source.previousKeyExpiresAt.isAfter(Instant.now()) ? source.previousKeyExpiresAt : null;
        return new SourceView(source.id, source.name, source.kind, source.country, source.language, source.url,
                source.pollInterval().map(Duration::toString).orElse(null), selectors, source.rateLimitPerMinute,
                source.enabled,
                source.createdAt, source.updatedAt, previousKeyValidUntil, poll == null ? null : Health.of(poll),
                key);
    }
}
