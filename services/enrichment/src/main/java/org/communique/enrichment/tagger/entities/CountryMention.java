package org.communique.enrichment.tagger.entities;

/**
 * A country named in the text. {@code lastWord}: the last word as written, lower case; {@code before}: the word
 * just before it (a preposition tells «в Бишкек» from «из Бишкека»); {@code turkicSuffix}: case suffixes stripped
 * from a Kazakh/Kyrgyz form; {@code uncertain}: a town named without anything showing it is a place («Канта»), which
 * counts only when the country is named otherwise too.
 */
public record CountryMention(String code, Ref.CountryForm form, Span span, String lastWord, boolean inflected,
                             String turkicSuffix, String before, boolean uncertain) {
}
