package org.communique.enrichment.warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.communique.contracts.Tags;
import org.communique.enrichment.api.TagRequest;
import org.communique.enrichment.api.TagResponse;
import org.communique.enrichment.budget.TaggingBudget;
import org.communique.enrichment.kb.CurrentTagger;
import org.communique.enrichment.tagger.TagInput;
import org.communique.platform.warmup.WarmUp;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles the tagging path before the instance takes traffic. A cold JVM ran the first 1 MiB {@code /api/v1/tag}
 * request in 12 s, nearly all of it in the interpreter; after this the first request runs compiled code. On a
 * thread of its own at start-up, it runs what a request does (decode the JSON, cut to the budget, tag, encode the
 * answer) over {@link WarmUpTexts}, and nothing else: no record is published, no row written. Bounded by rounds
 * and time ({@link WarmUpConfig}); readiness is DOWN until it is over.
 */
@Readiness
@Singleton
public class TaggerWarmUp extends WarmUp {

    private final CurrentTagger tagger;
    private final TaggingBudget budget;
    private final ObjectMapper json;

    public TaggerWarmUp(WarmUpConfig config, CurrentTagger tagger, TaggingBudget budget, ObjectMapper json) {
        super("Tagger warm-up", config);
        this.tagger = tagger;
        this.budget = budget;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @Override
    protected List<Runnable> steps() throws IOException {
        List<Runnable> steps = new ArrayList<>();
        for (Map.Entry<String, String> text : WarmUpTexts.all(settings().characters()).entrySet()) {
            byte[] request = json.writeValueAsBytes(Map.of("text", text.getValue(), "publishedAt", "2024-02-01"));
            steps.add(() -> tagLikeARequest(request));
        }
        return steps;
    }

    private void tagLikeARequest(byte[] body) {
        try {
            TagRequest request = json.readValue(body, TagRequest.class);
            TaggingBudget.Budgeted input = budget.apply(new TagInput(request.title(), request.text(),
                    request.language(), LocalDate.parse(request.publishedAt())));
            Tags tags = tagger.get().tag(input.input());
            json.writeValueAsBytes(TagResponse.of(tags, input.tagged()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
