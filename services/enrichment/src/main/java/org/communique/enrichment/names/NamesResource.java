package org.communique.enrichment.names;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.communique.platform.limits.KeyedLimiter;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Autocomplete of countries and officials from the knowledge base, in ru, en, kk and ky: what the subscriber page
 * suggests while one types, with the ids a subscription filter takes. Public and read-only; rate-limited per
 * client address.
 */
@Path("/api/v1/names")
@Produces(MediaType.APPLICATION_JSON)
public class NamesResource {

    static final String COUNTRY = "country";
    static final String OFFICIAL = "official";
    static final int MAX_QUERY = 50;
    static final int MAX_LIMIT = 20;
    static final int DEFAULT_LIMIT = 10;

    private final NameLookup lookup;
    private final KeyedLimiter perClient;

    public NamesResource(NameLookup lookup, NamesConfig config) {
        this.lookup = lookup;
        this.perClient = new KeyedLimiter(config.requestsPerClientPerMinute(), Duration.ofMinutes(1), config.trackedClients());
    }

    @GET
    public List<NameHit> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                @QueryParam("lang") String lang, @QueryParam("limit") String limit,
                                @Context HttpServerRequest http) {
        return search(q, kind, lang, limit, http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    List<NameHit> search(String q, String kind, String lang, String limit, String client) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String query = q == null ? "" : q.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY) {
            errors.add(new Problem.FieldError("q", "must be 1 to " + MAX_QUERY + " characters"));
        }
        if (kind == null || !Set.of(COUNTRY, OFFICIAL).contains(kind)) {
            errors.add(new Problem.FieldError("kind", "must be country or official"));
        }
        String language = lang == null || lang.isBlank() ? "en" : lang;
        if (!NameIndex.LANGUAGES.contains(language)) {
            errors.add(new Problem.FieldError("lang", "must be one of ru, en, kk, ky"));
        }
        int max = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                max = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > MAX_LIMIT) {
                errors.add(new Problem.FieldError("limit", "must be 1 to " + MAX_LIMIT));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid name lookup", errors);
        }
        perClient.acquireOrThrow(client, "name lookups from one address");
        return lookup.search(kind, query, language, max);
    }
}
