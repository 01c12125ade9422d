package org.communique.enrichment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communique.enrichment.kb.CurrentTagger;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.kb.KnowledgeBase;

/** What the knowledge base behind the current tagger holds. */
@Path("/api/v1/kb")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeBaseResource {

    private final CurrentTagger tagger;

    @Inject
    public KnowledgeBaseResource(CurrentTagger tagger) {
        this.tagger = tagger;
    }

    @GET
    public KbSummary summary() {
        Tagger current = tagger.get();
        KnowledgeBase kb = current.knowledgeBase();
        return new KbSummary(current.kbVersion(), kb.countries().size(), kb.people().size());
    }
}
