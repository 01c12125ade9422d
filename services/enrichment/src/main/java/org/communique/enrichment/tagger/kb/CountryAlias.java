package org.communique.enrichment.tagger.kb;

import java.util.Objects;

/**
 * Another way a text names a country. {@code languages} (comma-separated, e.g. {@code "kk,ky"}) limits the alias
 * to texts in those languages; null means any. A text ending in {@code "-"} is a compound prefix («киргизо-»).
 */
public record CountryAlias(AliasKind kind, String text, String languages) {

    public CountryAlias {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
