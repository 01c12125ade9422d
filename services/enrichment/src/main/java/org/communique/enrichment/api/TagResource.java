package org.communique.enrichment.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.communique.enrichment.budget.TaggingBudget;
import org.communique.enrichment.kb.CurrentTagger;
import org.communique.enrichment.tagger.TagInput;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.List;

/**
 * Tagging as a synchronous API: the same tags an enriched release carries, over the same budget of characters
 * ({@link TaggingBudget}): up to 1 MiB of text is taken, and the answer says how much of it was tagged.
 */
@Path("/api/v1/tag")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    static final int MAX_TEXT_BYTES = 1024 * 1024;
    static final int MAX_TITLE_LENGTH = 1_000;

    private final CurrentTagger tagger;
    private final TagLimits limits;
    private final TaggingBudget budget;

    @Inject
    public TagResource(CurrentTagger tagger, TagLimits limits, TaggingBudget budget) {
        this.tagger = tagger;
        this.limits = limits;
        this.budget = budget;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TagResponse tag(@NotNull @Valid TagRequest request, @Context HttpServerRequest http) {
        if (utf8Length(request.text()) > MAX_TEXT_BYTES) {
            throw ProblemException.badRequest("text: longer than 1 MiB",
                    List.of(new Problem.FieldError("text", "must be at most 1 MiB (UTF-8)")));
        }
        if (request.title() != null && request.title().length() > MAX_TITLE_LENGTH) {
            throw ProblemException.badRequest("title: longer than " + MAX_TITLE_LENGTH + " characters",
                    List.of(new Problem.FieldError("title", "must be at most " + MAX_TITLE_LENGTH + " characters")));
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        TaggingBudget.Budgeted input = budget.apply(new TagInput(request.title(), request.text(), request.language(),
                PublicationDates.parse(request.publishedAt())));
        return limits.run(client, () -> TagResponse.of(tagger.get().tag(input.input()), input.tagged()));
    }

    /** The text's length in UTF-8, as {@code getBytes(UTF_8)} would make it, counted without making it. */
    static long utf8Length(String text) {
        int n = text.length();
        if (n > MAX_TEXT_BYTES) {
            return n;
        }
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;        // a lone surrogate is encoded as '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
