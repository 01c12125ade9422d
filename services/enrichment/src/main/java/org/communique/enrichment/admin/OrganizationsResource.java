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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.communique.enrichment.kb.KnowledgeBaseEditor;
import org.communique.enrichment.tagger.kb.Organization;
import org.communique.platform.problem.ProblemException;

import java.util.List;

/** International organisations and formats (tagged as organisations, never as countries). */
@Path("/api/v1/kb/organizations")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    private final KnowledgeBaseEditor editor;
    private final AppliedChanges changes;

    @Inject
    public OrganizationsResource(KnowledgeBaseEditor editor, AppliedChanges changes) {
        this.editor = editor;
        this.changes = changes;
    }

    @GET
    public List<OrganizationDocument> list() {
        return editor.organizations().stream().map(OrganizationDocument::of).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        OrganizationDocument org = OrganizationDocument.of(find(id));
        return Response.ok(org).header(HttpHeaders.ETAG, changes.tag(org)).build();
    }

    @POST
    public Response create(@NotNull OrganizationDocument document) {
        Organization org = document.toModel(null);
        long version = editor.createOrganization(org, changes.log(OrganizationDocument.of(org)));
        return changes.applied(version, Response.created(UriBuilder.fromPath("/api/v1/kb/organizations/{id}").build(org.id()))
                .entity(OrganizationDocument.of(find(org.id())))).build();
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull OrganizationDocument document) {
        Organization org = document.toModel(id);
        long version = editor.replaceOrganization(org,
                stored -> changes.requireUnchanged(ifMatch, OrganizationDocument.of(stored)),
                changes.log(OrganizationDocument.of(org)));
        OrganizationDocument replaced = OrganizationDocument.of(find(id));
        return changes.applied(version, Response.ok(replaced).header(HttpHeaders.ETAG, changes.tag(replaced))).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return changes.applied(editor.deleteOrganization(id), Response.noContent()).build();
    }

    private Organization find(String id) {
        return editor.organization(id).orElseThrow(() -> ProblemException.notFound("no organisation '" + id + "'"));
    }
}
