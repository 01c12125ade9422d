package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import org.communique.platform.limits.KeyedLimiter;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Bounds a page's name lookup (the same bounds as the enrichment's API) and the client's rate, then asks it. */
@Singleton
class Suggestions {

    static final int MAX_QUERY = 50;
    private static final Set<String> KINDS = Set.of("country", "official");
    private static final Set<String> LANGUAGES = Set.of("ru", "en", "kk", "ky");

    private final NamesProxy names;
    private final KeyedLimiter perClient;

    Suggestions(NamesProxy names, PagesConfig config) {
        this.names = names;
        this.perClient = new KeyedLimiter(config.namesPerClientPerMinute(), Duration.ofMinutes(1), 100_000);
    }

    JsonNode lookup(String q, String kind, String lang, String client) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String query = q == null ? "" : q.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY) {
            errors.add(new Problem.FieldError("q", "must be 1 to " + MAX_QUERY + " characters"));
        }
        if (kind == null || !KINDS.contains(kind)) {
            errors.add(new Problem.FieldError("kind", "must be country or official"));
        }
        String language = lang == null || lang.isBlank() ? "en" : lang;
        if (!LANGUAGES.contains(language)) {
            errors.add(new Problem.FieldError("lang", "must be one of ru, en, kk, ky"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid name lookup", errors);
        }
        perClient.acquireOrThrow(client, "name lookups from one address");
        return names.lookup(kind, query, language);
    }
}
