package org.communique.enrichment.tagger.kb;

import java.util.Locale;

/** What a country alias is. */
public enum AliasKind {
    OFFICIAL, SHORT, HISTORICAL, ABBREVIATION, ADJECTIVE, DEMONYM, CAPITAL, CITY, INSTITUTION;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AliasKind of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
