package org.communique.enrichment.admin;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communique.enrichment.kb.KnowledgeBaseEditor;
import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ISO 3166-1 countries and the ways texts name them. Countries are a fixed list: their names and aliases
 * change, nothing is created or deleted. A name may belong to one country only (409 otherwise).
 */
@Path("/api/v1/kb/countries")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountriesResource {

    private final KnowledgeBaseEditor editor;
    private final AppliedChanges changes;

    @Inject
    public CountriesResource(KnowledgeBaseEditor editor, AppliedChanges changes) {
        this.editor = editor;
        this.changes = changes;
    }

    @GET
    public List<CountryDocument> list() {
        return editor.countries().stream().map(CountryDocument::of).toList();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        CountryDocument country = CountryDocument.of(find(code));
        return Response.ok(country).header(HttpHeaders.ETAG, changes.tag(country)).build();
    }

    /** Replaces the names and every alias. */
    @PUT
    @Path("{code}")
    public Response replace(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull CountryDocument document) {
        Country replacement = document.toModel(code);
        return edited(code, editor.editCountry(code, stored -> {
            changes.requireUnchanged(ifMatch, CountryDocument.of(stored));
            return replacement;
        }, this::log));
    }

    @POST
    @Path("{code}/aliases")
    public Response addAlias(@PathParam("code") String code, @NotNull CountryAliasDocument alias) {
        List<Problem.FieldError> errors = new ArrayList<>();
        CountryAlias added = alias.toModel("alias", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid alias", errors);
        }
        return edited(code, editor.editCountry(code, c -> {
            List<CountryAlias> aliases = new ArrayList<>(c.aliases());
            if (!aliases.contains(added)) {
                aliases.add(added);
            }
            return new Country(c.code(), c.names(), aliases);
        }, this::log));
    }

    /** Removes the alias with this text (of this {@code kind} only, when given). */
    @DELETE
    @Path("{code}/aliases")
    public Response removeAlias(@PathParam("code") String code, @QueryParam("text") String text,
                                @QueryParam("kind") String kind) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("text: is required",
                    List.of(new Problem.FieldError("text", "is required: the alias to remove")));
        }
        return edited(code, editor.editCountry(code, c -> {
            List<CountryAlias> kept = c.aliases().stream()
                    .filter(a -> !(a.text().equals(text) && (kind == null || a.kind().value().equals(kind.toLowerCase(Locale.ROOT)))))
                    .toList();
            if (kept.size() == c.aliases().size()) {
                throw ProblemException.notFound("'" + text + "' is not an alias of " + code);
            }
            return new Country(c.code(), c.names(), kept);
        }, this::log));
    }

    private Response edited(String code, long version) {
        CountryDocument country = CountryDocument.of(find(code));
        return changes.applied(version, Response.ok(country).header(HttpHeaders.ETAG, changes.tag(country))).build();
    }

    private String log(Country c) {
        return changes.log(CountryDocument.of(c));
    }

    private Country find(String code) {
        return editor.country(code).orElseThrow(() -> ProblemException.notFound("no country '" + code + "'"));
    }
}
