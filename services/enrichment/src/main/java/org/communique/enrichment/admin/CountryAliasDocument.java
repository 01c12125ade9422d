package org.communique.enrichment.admin;

import org.communique.enrichment.tagger.kb.AliasKind;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.platform.problem.Problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Another name of a country: {@code kind} is one of official, short, historical, abbreviation, adjective, demonym,
 * capital, city, town (a place named like a person or a word: counts only where the text shows a place), institution;
 * {@code languages} ("ru", "kk,ky") limits it to texts in those languages, null for any.
 * An adjective ending in "-" is a compound prefix («киргизо-»).
 */
public record CountryAliasDocument(String kind, String text, String languages) {

    static final List<String> KINDS = Arrays.stream(AliasKind.values()).map(AliasKind::value).toList();

    static CountryAliasDocument of(CountryAlias a) {
        return new CountryAliasDocument(a.kind().value(), a.text(), a.languages());
    }

    CountryAlias toModel(String field, List<Problem.FieldError> errors) {
        boolean ok = true;
        if (kind == null || !KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            errors.add(new Problem.FieldError(field + ".kind", "must be one of " + String.join(", ", KINDS)));
            ok = false;
        }
        if (text == null || text.isBlank()) {
            errors.add(new Problem.FieldError(field + ".text", "is required"));
            ok = false;
        }
        String langs = languages == null || languages.isBlank() ? null : languages.replace(" ", "");
        return ok ? new CountryAlias(AliasKind.of(kind), text.trim(), langs) : null;
    }
}
