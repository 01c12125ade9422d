package org.communique.enrichment.tagger.morph;

/** How a knowledge-base word inflects in Russian. */
public enum WordClass {
    /** Decided from the ending: adjective endings inflect as adjectives, the rest as nouns. */
    AUTO,
    NOUN,
    ADJECTIVE,
    /** A country adjective: also yields the compound prefix form («казахстанско-»). */
    COUNTRY_ADJECTIVE,
    SURNAME,
    /** Abbreviations and the like. */
    INVARIANT
}
