package org.communique.enrichment.admin;

import org.communique.enrichment.tagger.kb.Organization;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An international organisation or format, tagged as an organisation and never as a country. Abbreviations match
 * case-sensitively («ОДКБ», "SCO").
 */
public record OrganizationDocument(String id, Map<String, String> names, List<String> abbreviations,
                                   List<String> aliases) {

    static OrganizationDocument of(Organization o) {
        return new OrganizationDocument(o.id(), new LinkedHashMap<>(o.names()), o.abbreviations(), o.aliases());
    }

    Organization toModel(String pathId) {
        if (pathId != null && id != null && !id.equals(pathId)) {
            throw ProblemException.badRequest("id: must be the id in the path, " + pathId,
                    List.of(new Problem.FieldError("id", "must be the id in the path, " + pathId)));
        }
        return new Organization(pathId != null ? pathId : id, Documents.names(names), Documents.strings(abbreviations),
                Documents.strings(aliases));
    }
}
