package org.communique.enrichment.tagger.entities;

public record OrganizationMention(String id, Span span) {
}
