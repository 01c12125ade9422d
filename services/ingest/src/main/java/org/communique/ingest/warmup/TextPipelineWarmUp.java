package org.communique.ingest.warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.communique.ingest.releases.ReleaseSubmission;
import org.communique.ingest.releases.SubmissionValidator;
import org.communique.platform.problem.ProblemException;
import org.communique.platform.warmup.WarmUp;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the pushed-release text pipeline before the instance takes traffic: a cold JVM took 6.4 s over a 1 MB
 * {@code <a} body as its first request, mostly in the interpreter. On a thread of its own at start-up it decodes
 * synthetic submissions (prose, HTML, nested tags, markup runs) with the service's JSON mapper and checks them with
 * {@link SubmissionValidator} (plain text, content hash), which reads and computes only: nothing is stored or
 * published. Bounded by rounds and time ({@link WarmUpConfig}); readiness is DOWN until it is over.
 */
@Readiness
@Singleton
public class TextPipelineWarmUp extends WarmUp {

    private final ObjectMapper json;

    public TextPipelineWarmUp(WarmUpConfig config, ObjectMapper json) {
        super("Text pipeline warm-up", config);
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
        for (Map.Entry<String, String> body : bodies(settings().characters()).entrySet()) {
            byte[] request = json.writeValueAsBytes(Map.of("title", "Визит <b>Президента</b> &amp; переговоры",
                    "body", body.getValue(), "publishedAt", "2024-02-01T10:00:00+06:00"));
            steps.add(() -> checkLikeAPush(request));
        }
        return steps;
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
