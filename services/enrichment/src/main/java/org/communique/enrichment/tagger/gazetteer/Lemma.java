package org.communique.enrichment.tagger.gazetteer;

/**
 * A dictionary form a token may stand for. {@code inflected} tells the token was a case form of it;
 * {@code turkicSuffix} holds the Kazakh/Kyrgyz suffixes stripped from it («ға» in «Қазақстанға»), or "".
 */
record Lemma(String key, boolean inflected, String turkicSuffix) {
}
