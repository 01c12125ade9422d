package org.communique.enrichment.tagger.gazetteer;

import java.util.Locale;
import java.util.Set;

/**
 * The small words written in lower case inside personal names: Arabic «бин», "bin", "al-" (Saud al-Faisal,
 * Mohammed bin Salman), Dutch and German "van", "von", Romance "da", "de", "dos" (Lula da Silva).
 */
final class NameParticles {

    private static final Set<String> PARTICLES = Set.of("bin", "ben", "ibn", "bint", "al", "el", "ad", "as", "ash",
            "at", "az", "ar", "ud", "van", "von", "der", "den", "de", "da", "dos", "das", "du", "di", "la", "le",
            "бин", "бен", "ибн", "бинт", "аль", "эль", "ад", "ас", "аш", "ат", "аз", "ар", "ван", "фон", "дер", "де",
            "да", "дос", "ду", "ди", "ла", "ле");

    private NameParticles() {
    }

    static boolean is(String raw) {
        return PARTICLES.contains(raw.toLowerCase(Locale.ROOT));
    }
}
