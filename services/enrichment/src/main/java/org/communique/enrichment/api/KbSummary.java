package org.communique.enrichment.api;

public record KbSummary(long kbVersion, int countries, int people) {
}
