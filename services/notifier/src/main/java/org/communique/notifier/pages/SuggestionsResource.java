package org.communique.notifier.pages;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pickers' autocomplete (pages/names.js): countries and officials from the enrichment's knowledge base, with the
 * ids the filter takes. Same origin as the page, so its CSP stays {@code 'self'}.
 */
@Path("/pages/names")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SuggestionsResource {

    private final Suggestions suggestions;

    public SuggestionsResource(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(hidden = true)
    public JsonNode names(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("lang") String lang,
                          @Context HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return suggestions.lookup(q, kind, lang, client);
    }
}
