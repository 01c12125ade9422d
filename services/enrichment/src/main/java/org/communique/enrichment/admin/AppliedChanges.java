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

    /**
     * The entity tag of a record as the admin API shows it: a client that read it sends it back in
     * {@code If-Match}, so that its change is refused (412) if someone else changed the record in between.
     */
    String tag(Object document) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(document));
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot tag " + document.getClass().getSimpleName(), e);
        }
    }

    /** Refuses the change (412) unless {@code ifMatch} is absent, {@code *} or names the record as it is now. */
    void requireUnchanged(String ifMatch, Object current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String tag = tag(current);
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || value.equals(tag) || value.equals("W/" + tag)) {
                return;
            }
        }
        throw new org.communique.platform.problem.ProblemException(412, "precondition-failed", "Changed meanwhile",
                "the record changed since it was read (its tag is now " + tag + "); read it again and redo the change");
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
