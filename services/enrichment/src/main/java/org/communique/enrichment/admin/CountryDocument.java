package org.communique.enrichment.admin;

import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A country: its name in en, ru, kk and ky, and every other way a text names it. */
public record CountryDocument(String code, Map<String, String> names, List<CountryAliasDocument> aliases) {

    static CountryDocument of(Country c) {
        return new CountryDocument(c.code(), new LinkedHashMap<>(c.names()),
                c.aliases().stream().map(CountryAliasDocument::of).toList());
    }

    Country toModel(String pathCode) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (code != null && !code.equals(pathCode)) {
            errors.add(new Problem.FieldError("code", "must be the code in the path, " + pathCode));
        }
        List<CountryAlias> out = new ArrayList<>();
        if (aliases != null) {
            for (int i = 0; i < aliases.size(); i++) {
                CountryAlias alias = aliases.get(i) == null ? null : aliases.get(i).toModel("aliases[" + i + "]", errors);
                if (alias != null) {
                    out.add(alias);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid country", errors);
        }
        return new Country(pathCode, Documents.names(names), out);
    }
}
