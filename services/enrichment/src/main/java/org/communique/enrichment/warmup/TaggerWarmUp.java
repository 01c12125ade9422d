package org.communique.enrichment.warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.communique.contracts.Tags;
import org.communique.enrichment.api.TagRequest;
import org.communique.enrichment.api.TagResponse;
import org.communique.enrichment.budget.TaggingBudget;
import org.communique.enrichment.kb.CurrentTagger;
import org.communique.enrichment.tagger.TagInput;
import org.communique.platform.warmup.WarmUpProgress;
import org.jboss.logging.Logger;

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
 * and time ({@link WarmUpConfig}); readiness ({@link WarmUpCheck}) is DOWN until it is over.
 */
@ApplicationScoped
public class TaggerWarmUp {

    private static final Logger LOG = Logger.getLogger(TaggerWarmUp.class);

    private final WarmUpConfig config;
    private final CurrentTagger tagger;
    private final TaggingBudget budget;
    private final ObjectMapper json;
    private final WarmUpProgress progress = new WarmUpProgress();
    private volatile boolean stopping;

    public TaggerWarmUp(WarmUpConfig config, CurrentTagger tagger, TaggingBudget budget, ObjectMapper json) {
        this.config = config;
        this.tagger = tagger;
        this.budget = budget;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            progress.disable();
            LOG.info("tagger warm-up disabled (communique.enrichment.warm-up.enabled=false)");
            return;
        }
        Thread thread = new Thread(this::run, "tagger-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public WarmUpProgress progress() {
        return progress;
    }

    private void run() {
        try {
            List<Runnable> steps = new ArrayList<>();
            for (Map.Entry<String, String> text : WarmUpTexts.all(config.characters()).entrySet()) {
                byte[] request = json.writeValueAsBytes(Map.of("text", text.getValue(), "publishedAt", "2024-02-01"));
                steps.add(() -> tagLikeARequest(request));
            }
            progress.run(steps, config.rounds(), config.maxTime(), () -> stopping);
            LOG.infof("tagger warm-up %s: %d of %d rounds over %d synthetic texts of %d characters in %s",
                    progress.state().name().toLowerCase(java.util.Locale.ROOT), progress.rounds(), config.rounds(),
                    steps.size(), config.characters(), progress.response(WarmUpCheck.NAME).getData()
                            .map(data -> data.get("millis") + " ms").orElse("-"));
        } catch (IOException | RuntimeException e) {
            progress.failed();
            LOG.error("tagger warm-up failed; the instance reports ready anyway and compiles as requests come", e);
        }
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
