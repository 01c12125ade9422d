package org.communique.enrichment.tagger.entities;

import java.util.Map;

/**
 * An official the knowledge base does not know, named right after an office phrase («посол Казахстана в
 * Таджикистане Нурлан ...», "Deputy Foreign Minister of Uzbekistan ..."). {@code id} is
 * {@code unlisted:<name in Latin letters>}, so that subscribers can tell such tags from knowledge-base people and
 * still filter on them; {@code names} holds the name in its nominative form per language; {@code role} is one of the
 * guideline roles (president, prime_minister, foreign_minister, minister, ambassador, other); {@code country} may be
 * null when the text does not say whom the person serves.
 */
public record UnlistedMention(String id, String englishName, Map<String, String> names, String country, String role,
                              Span span) {

    public static final String ID_PREFIX = "unlisted:";

    public UnlistedMention {
        names = Map.copyOf(names);
    }
}
