package org.communique.enrichment.tagger.entities;

/**
 * A country named in the text. {@code lastWord}: the last word as written, lower case; {@code before}: the word
 * just before it (a preposition tells «в Бишкек» from «из Бишкека»); {@code turkicSuffix}: case suffixes stripped
 * from a Kazakh/Kyrgyz form.
 */
public record CountryMention(String code, Ref.CountryForm form, Span span, String lastWord, boolean inflected,
                             String turkicSuffix, String before) {
}
