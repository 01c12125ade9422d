package org.communique.enrichment.tagger.kb;

import java.util.Locale;

/**
 * What a country alias is. {@code TOWN}: a place whose name is also a person's name or a word (Kant, Osh, Medina,
 * Sydney): it names the country only where the text shows a place, or where the country is named anyway.
 */
public enum AliasKind {
    OFFICIAL, SHORT, HISTORICAL, ABBREVIATION, ADJECTIVE, DEMONYM, CAPITAL, CITY, TOWN, INSTITUTION;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AliasKind of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
