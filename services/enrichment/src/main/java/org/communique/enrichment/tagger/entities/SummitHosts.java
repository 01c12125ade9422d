package org.communique.enrichment.tagger.entities;

import java.util.Set;

/**
 * «хозяин саммита», "the summit host", «саммит иесі», «саммиттин ээси»: the head of the state the summit is held in,
 * which the text gives by the place it names first (the dateline's city or the venue).
 */
final class SummitHosts {

    static final String RU = "хозяин саммита";
    static final String EN = "summit host";

    private static final Set<String> PHRASES = Set.of(RU, "хозяйка саммита", EN, "host of the summit", "саммит иесі",
            "саммиттің иесі", "саммиттин ээси", "саммит ээси");

    private SummitHosts() {
    }

    static boolean is(RolePhrase phrase) {
        return PHRASES.contains(phrase.text());
    }
}
