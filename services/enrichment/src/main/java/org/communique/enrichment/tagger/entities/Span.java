package org.communique.enrichment.tagger.entities;

import org.communique.contracts.Mention;

/** Tokens {@code [firstToken, lastToken]} of a field, characters {@code [start, end)}, within one sentence. */
public record Span(String field, int start, int end, int firstToken, int lastToken, int sentence) {

    public Mention mention(String fieldText) {
        return new Mention(field, start, end, fieldText.substring(start, end));
    }

    /** Orders spans through a document: title first, then text. */
    public long position() {
        return (field.equals(Mention.TITLE) ? 0L : 1L << 40) + start;
    }
}
