package org.communique.enrichment.tagger.gazetteer;

/** How the original spelling of a match must look. */
public enum CaseRule {
    /** Any case: adjectives («казахстанский»), role words. */
    ANY,
    /** The first word starts with a capital: names of countries, cities, organisations. */
    CAPITALIZED,
    /** Every word starts with a capital: personal names (lower-case «путина» is a word, not Putin). */
    EVERY_WORD_CAPITALIZED,
    /** Every capital of the alias is a capital in the text: abbreviations («РК», «US», «ЕврАзЭС»). */
    AS_WRITTEN
}
