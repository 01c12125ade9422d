package org.communique.ingest.releases;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum IngestStatus {
    /** First version stored and its event queued. */
    CREATED,
    /** Content changed: a new version stored and its event queued. */
    UPDATED,
    /** Same content as the current version: nothing stored, no event. */
    UNCHANGED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
