package org.communique.ingest.releases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.SourceRef;
import org.communique.platform.problem.Violations;
import org.communique.ingest.sources.Source;
import org.communique.platform.problem.ProblemException;

import java.util.List;

/** Lists the releases of one source, newest first, a page at a time. */
@ApplicationScoped
public class ReleaseListing {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_OFFSET = 1_000_000;

    @Transactional
    public List<ReleaseView> list(String sourceParameter, String limitParameter, String offsetParameter) {
        Violations violations = new Violations();
        if (sourceParameter == null || sourceParameter.isBlank()) {
            violations.add("source", "is required: the id of the source whose releases to list");
        }
        int limit = number("limit", limitParameter, DEFAULT_LIMIT, 1, MAX_LIMIT, violations);
        int offset = number("offset", offsetParameter, 0, 0, MAX_OFFSET, violations);
        violations.throwIfAny();
        Source source = ReleaseIds.parse(sourceParameter.strip())
                .flatMap(id -> Source.<Source>findByIdOptional(id))
                .orElseThrow(() -> ProblemException.notFound("no source " + sourceParameter));
        SourceRef ref = source.ref();
        return Release.<Release>find("sourceId = ?1 order by ingestedAt desc, id", source.id)
                .range(offset, offset + limit - 1)
                .list().stream()
                .map(release -> ReleaseView.of(release, ref))
                .toList();
    }

    private static int number(String field, String value, int fallback, int min, int max, Violations violations) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(field, "must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
