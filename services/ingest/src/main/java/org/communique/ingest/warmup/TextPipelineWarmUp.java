package org.communique.ingest.warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.communique.ingest.releases.ReleaseSubmission;
import org.communique.ingest.releases.SubmissionValidator;
import org.communique.platform.problem.ProblemException;
import org.communique.platform.warmup.WarmUpProgress;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles the pushed-release text pipeline before the instance takes traffic: a cold JVM took 6.4 s over a 1 MB
 * {@code <a} body as its first request, mostly in the interpreter. On a thread of its own at start-up it decodes
 * synthetic submissions (prose, HTML, nested tags, markup runs) with the service's JSON mapper and checks them with
 * {@link SubmissionValidator} (plain text, content hash), which reads and computes only: nothing is stored or
 * published. Bounded by rounds and time ({@link WarmUpConfig}); readiness ({@link WarmUpCheck}) is DOWN until it
 * is over.
 */
@ApplicationScoped
public class TextPipelineWarmUp {

    private static final Logger LOG = Logger.getLogger(TextPipelineWarmUp.class);

    private final WarmUpConfig config;
    private final ObjectMapper json;
    private final WarmUpProgress progress = new WarmUpProgress();
    private volatile boolean stopping;

    public TextPipelineWarmUp(WarmUpConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            progress.disable();
            LOG.info("text pipeline warm-up disabled (communique.ingest.warm-up.enabled=false)");
            return;
        }
        Thread thread = new Thread(this::run, "text-pipeline-warm-up");
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
            for (Map.Entry<String, String> body : bodies(config.characters()).entrySet()) {
                byte[] request = json.writeValueAsBytes(Map.of("title", "Визит <b>Президента</b> &amp; переговоры",
                        "body", body.getValue(), "publishedAt", "2024-02-01T10:00:00+06:00"));
                steps.add(() -> checkLikeAPush(request));
            }
            progress.run(steps, config.rounds(), config.maxTime(), () -> stopping);
            LOG.infof("text pipeline warm-up %s: %d of %d rounds over %d synthetic bodies of %d characters",
                    progress.state().name().toLowerCase(Locale.ROOT), progress.rounds(), config.rounds(), steps.size(),
                    config.characters());
        } catch (IOException | RuntimeException e) {
            progress.failed();
            LOG.error("text pipeline warm-up failed; the instance reports ready anyway and compiles as pushes come", e);
        }
    }

    private void checkLikeAPush(byte[] body) {
        try {
            SubmissionValidator.validate(json.readValue(body, ReleaseSubmission.class));
        } catch (ProblemException expected) {
            // markup with no text left is refused, as a push of it would be: the refusing path is warmed too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synthetic bodies made in code: prose, HTML with paragraphs and entities, nested tags, runs of {@code <a}. */
    static Map<String, String> bodies(int characters) {
        String sentence = "Президент Кыргызской Республики Садыр Жапаров 1 февраля 2024 года провел переговоры "
                + "с Президентом Казахстана Касым-Жомартом Токаевым. ";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("prose", cut(sentence + "\n\n", characters));
        bodies.put("html", cut("<p>" + sentence + "&nbsp;&laquo;визит&raquo; <a href='https://mfa.example/x'>ссылка</a></p>"
                + "<ul><li>пункт</li></ul><table><tr><td>ячейка</td></tr></table>", characters));
        bodies.put("nested tags", "<div>".repeat(Math.max(1, characters / 5)));
        bodies.put("markup runs", cut("<a", characters));
        bodies.put("entities", cut("&amp<a href='&#x", characters));
        return bodies;
    }

    private static String cut(String unit, int characters) {
        return unit.repeat(characters / unit.length() + 1).substring(0, characters);
    }
}
