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
import jakarta.ws.rs.core.UriBuilder;
import org.communique.enrichment.kb.KnowledgeBaseEditor;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * People of the knowledge base with their name variants and terms of office. Every change bumps {@code kbVersion}
 * (header {@value AppliedChanges#KB_VERSION}) and is used by this instance's tagger before the response is sent.
 */
@Path("/api/v1/kb/people")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final KnowledgeBaseEditor editor;
    private final AppliedChanges changes;

    @Inject
    public PeopleResource(KnowledgeBaseEditor editor, AppliedChanges changes) {
        this.editor = editor;
        this.changes = changes;
    }

    /**
     * Everyone, or those of {@code country}, whose name contains {@code q} (any script, case, ё), who held
     * {@code office} (on {@code on}, an ISO date, when given).
     */
    @GET
    public List<PersonDocument> list(@QueryParam("country") String country, @QueryParam("q") String q,
                                     @QueryParam("office") String office, @QueryParam("on") String on) {
        LocalDate date = date(on);
        String needle = q == null || q.isBlank() ? null : TextFolding.lower(q.trim());
        return editor.people().stream()
                .filter(p -> country == null || country.equals(p.country()))
                .filter(p -> needle == null || names(p).stream().anyMatch(n -> TextFolding.lower(n).contains(needle)))
                .filter(p -> office == null || p.terms().stream().anyMatch(t -> t.office().value().equals(office)
                        && (date == null || t.covers(date))))
                .filter(p -> office != null || date == null || p.terms().stream().anyMatch(t -> t.covers(date)))
                .map(PersonDocument::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        PersonDocument person = PersonDocument.of(find(id));
        return Response.ok(person).header(HttpHeaders.ETAG, changes.tag(person)).build();
    }

    @POST
    public Response create(@NotNull PersonDocument document) {
        Person person = document.toModel(null);
        long version = editor.createPerson(person, changes.log(PersonDocument.of(person)));
        return changes.applied(version, Response.created(UriBuilder.fromPath("/api/v1/kb/people/{id}").build(person.id()))
                .entity(PersonDocument.of(find(person.id())))).build();
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull PersonDocument document) {
        Person replacement = document.toModel(id);
        return edited(id, editor.editPerson(id, stored -> {
            changes.requireUnchanged(ifMatch, PersonDocument.of(stored));
            return replacement;
        }, this::log));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return changes.applied(editor.deletePerson(id), Response.noContent()).build();
    }

    /** Adds a spelling: {@code {"name": "Zhaparov", "kind": "alias"}} or a single-word {@code "short"} form. */
    @POST
    @Path("{id}/names")
    public Response addName(@PathParam("id") String id, @NotNull NameVariant variant) {
        String kind = variant.kindOrDefault();
        if (!kind.equals(NameVariant.ALIAS) && !kind.equals(NameVariant.SHORT)) {
            throw ProblemException.badRequest("kind: must be alias or short",
                    List.of(new Problem.FieldError("kind", "must be alias or short")));
        }
        if (variant.name() == null || variant.name().isBlank()) {
            throw ProblemException.badRequest("name: is required", List.of(new Problem.FieldError("name", "is required")));
        }
        String name = variant.name().trim();
        return edited(id, editor.editPerson(id, p -> {
            List<String> aliases = new ArrayList<>(p.aliases());
            List<String> shortForms = new ArrayList<>(p.shortForms());
            List<String> target = kind.equals(NameVariant.SHORT) ? shortForms : aliases;
            if (!target.contains(name)) {
                target.add(name);
            }
            return p.withSpellings(aliases, shortForms);
        }, this::log));
    }

    /** Removes a spelling added as an alias or short form (the canonical names change through PUT). */
    @DELETE
    @Path("{id}/names/{name}")
    public Response removeName(@PathParam("id") String id, @PathParam("name") String name) {
        return edited(id, editor.editPerson(id, p -> {
            if (!p.aliases().contains(name) && !p.shortForms().contains(name)) {
                throw ProblemException.notFound("'" + name + "' is not an alias or short form of " + id);
            }
            return p.withSpellings(p.aliases().stream().filter(a -> !a.equals(name)).toList(),
                    p.shortForms().stream().filter(s -> !s.equals(name)).toList());
        }, this::log));
    }

    @GET
    @Path("{id}/terms")
    public List<TermDocument> terms(@PathParam("id") String id) {
        return find(id).terms().stream().map(TermDocument::of).toList();
    }

    /** Adds a term; a 409 problem when another person held that office on any of its days. */
    @POST
    @Path("{id}/terms")
    public Response addTerm(@PathParam("id") String id, @NotNull TermDocument term) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var added = term.toModel("term", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid term", errors);
        }
        return edited(id, editor.editPerson(id, p -> {
            var terms = new ArrayList<>(p.terms());
            terms.add(added);
            return p.withTerms(terms);
        }, this::log));
    }

    /** Replaces every term, e.g. to end one: {@code "to"} is the first day out of office. */
    @PUT
    @Path("{id}/terms")
    public Response replaceTerms(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull List<TermDocument> terms) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var replacement = TermDocument.toModel(terms, "terms", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid terms", errors);
        }
        return edited(id, editor.editPerson(id, p -> {
            changes.requireUnchanged(ifMatch, PersonDocument.of(p));
            return p.withTerms(replacement);
        }, this::log));
    }

    private Response edited(String id, long version) {
        PersonDocument person = PersonDocument.of(find(id));
        return changes.applied(version, Response.ok(person).header(HttpHeaders.ETAG, changes.tag(person))).build();
    }

    private String log(Person p) {
        return changes.log(PersonDocument.of(p));
    }

    private Person find(String id) {
        return editor.person(id).orElseThrow(() -> ProblemException.notFound("no person '" + id + "'"));
    }

    private static List<String> names(Person p) {
        List<String> out = new ArrayList<>(p.names().values());
        out.addAll(p.aliases());
        out.addAll(p.shortForms());
        return out;
    }

    private static LocalDate date(String on) {
        if (on == null || on.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("on: not an ISO date",
                    List.of(new Problem.FieldError("on", "must be an ISO date (2024-02-01)")));
        }
    }
}
