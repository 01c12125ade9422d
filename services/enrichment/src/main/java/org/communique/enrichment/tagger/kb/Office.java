package org.communique.enrichment.tagger.kb;

import java.util.Locale;

/** The offices the knowledge base tracks, in the order of precedence used when a person held several. */
public enum Office {
    PRESIDENT, PRIME_MINISTER, FOREIGN_MINISTER;

    /** {@code "president"}, {@code "prime_minister"}, {@code "foreign_minister"}: the value in data files and tags. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Office of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
