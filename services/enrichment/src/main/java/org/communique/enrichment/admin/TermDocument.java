package org.communique.enrichment.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.OfficeTerm;
import org.communique.platform.problem.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A term of office as the admin API reads and writes it: {@code [from, to)}, {@code to} null while in office;
 * {@code note} says where a date is uncertain; {@code post}, for an ambassador only, the ISO 3166-1 code of the state
 * accredited to (checked with the whole person by {@code KnowledgeBaseChecks}).
 */
public record TermDocument(String office, LocalDate from, LocalDate to, Boolean acting, String note,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String post) {

    private static final List<String> OFFICES = Arrays.stream(Office.values()).map(Office::value).toList();

    static TermDocument of(OfficeTerm t) {
        return new TermDocument(t.office().value(), t.from(), t.to(), t.acting(), t.note(), t.post());
    }

    /** The term, or null with the reasons added to {@code errors} under {@code field}. */
    OfficeTerm toModel(String field, List<Problem.FieldError> errors) {
        int before = errors.size();
        if (office == null || !OFFICES.contains(office)) {
            errors.add(new Problem.FieldError(field + ".office", "must be one of " + String.join(", ", OFFICES)));
        }
        if (from == null) {
            errors.add(new Problem.FieldError(field + ".from", "is required (an ISO date)"));
        } else if (to != null && !to.isAfter(from)) {
            errors.add(new Problem.FieldError(field + ".to", "must be after from (the first day out of office)"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new OfficeTerm(Office.of(office), from, to, Boolean.TRUE.equals(acting), note,
                post == null ? null : post.trim().toUpperCase(Locale.ROOT));
    }

    static List<OfficeTerm> toModel(List<TermDocument> terms, String field, List<Problem.FieldError> errors) {
        List<OfficeTerm> out = new ArrayList<>();
        if (terms == null) {
            return out;
        }
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i) == null) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must not be null"));
                continue;
            }
            OfficeTerm term = terms.get(i).toModel(field + "[" + i + "]", errors);
            if (term != null) {
                out.add(term);
            }
        }
        return out;
    }
}
