package org.communique.ingest.polling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What one poll did: how many items it read, what became of them, which it could not use and why, or why
 * the poll failed. Kept as the source's last outcome and answered by the admin API's poll trigger.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollOutcome(
        UUID sourceId,
        Instant polledAt,
        Result result,
        int items,
        int created,
        int updated,
        int unchanged,
        int skipped,
        List<String> problems,
        String error,
        Instant nextPollAt) {

    /** At most this many problems are kept per poll. */
    static final int MAX_PROBLEMS = 20;

    public enum Result {
        /** The source answered with content, and it was read. */
        READ,
        /** The source answered 304 to the conditional GET. */
        NOT_MODIFIED,
        FAILED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public int published() {
        return created + updated;
    }
}
