package org.communique.enrichment.admin;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.communique.enrichment.kb.KnowledgeBaseEditor;

import java.util.List;

/**
 * The change log: what each version changed, oldest first. A newer version of the data files replaces the whole
 * knowledge base, so changes made here since the last import are what to carry back into {@code kb/*.json}.
 */
@Path("/api/v1/kb/changes")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    private final KnowledgeBaseEditor editor;

    @Inject
    public ChangesResource(KnowledgeBaseEditor editor) {
        this.editor = editor;
    }

    @GET
    public List<KbChange> list(@QueryParam("after") @DefaultValue("0") @Min(0) long afterVersion,
                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return editor.changes(afterVersion, limit).stream()
                .map(c -> new KbChange(c.kbVersion, c.changedAt, c.action, c.entity, c.entityId, c.body))
                .toList();
    }
}
