package org.communique.enrichment.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person of the knowledge base in the shape of {@code kb/people.json}: the {@code country} served, names by
 * language (ru and en required), other spellings ({@code aliases}), single-word forms ({@code short}), whether the
 * surname alone names them, and terms of office (offices of the UN and the EU included).
 */
public record PersonDocument(
        String id,
        String country,
        Map<String, String> names,
        List<String> aliases,
        @JsonProperty("short") List<String> shortForms,
        Boolean surnameAlone,
        List<TermDocument> terms) {

    static PersonDocument of(Person p) {
        return new PersonDocument(p.id(), p.country(), new LinkedHashMap<>(p.names()), p.aliases(), p.shortForms(),
                p.surnameAlone(), p.terms().stream().map(TermDocument::of).toList());
    }

    /** The person this document describes; {@code pathId}, when given, is the id it must have. */
    Person toModel(String pathId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String personId = id;
        if (pathId != null) {
            if (id != null && !id.equals(pathId)) {
                errors.add(new Problem.FieldError("id", "must be the id in the path, " + pathId));
            }
            personId = pathId;
        }
        var modelTerms = TermDocument.toModel(terms, "terms", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid person", errors);
        }
        return new Person(personId, country, Documents.names(names), Documents.strings(aliases),
                Documents.strings(shortForms), surnameAlone == null || surnameAlone, modelTerms);
    }
}
