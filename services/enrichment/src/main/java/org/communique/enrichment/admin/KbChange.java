package org.communique.enrichment.admin;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/** An entry of the change log: the version a change produced, what it did, and the record after it. */
public record KbChange(long kbVersion, Instant changedAt, String action, String entity, String id,
                       @JsonRawValue String body) {
}
