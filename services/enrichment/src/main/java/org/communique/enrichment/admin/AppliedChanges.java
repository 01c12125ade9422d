package org.communique.enrichment.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.communique.enrichment.kb.CurrentTagger;

/**
 * What every admin write does once its transaction committed: rebuild this instance's tagger at once (the others
 * hear of the change through the database), and tell the client the version its change produced.
 */
@ApplicationScoped
public class AppliedChanges {

    /** Response header carrying the knowledge-base version a change produced. */
    public static final String KB_VERSION = "KB-Version";

    private final CurrentTagger tagger;
    private final ObjectMapper json;

    @Inject
    public AppliedChanges(CurrentTagger tagger, ObjectMapper json) {
        this.tagger = tagger;
        this.json = json;
    }

    Response.ResponseBuilder applied(long kbVersion, Response.ResponseBuilder response) {
        tagger.refreshIfStale();
        return response.header(KB_VERSION, kbVersion);
    }

    /** The JSON kept in the change log. */
    String log(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
