package org.communique.ingest.releases.bench;

import org.communique.ingest.releases.ReleaseDraft;
import org.communique.ingest.releases.ReleaseSubmission;
import org.communique.ingest.releases.SubmissionValidator;
import org.communique.ingest.stories.StoryTexts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a pushed release costs ingest's request thread before it is queued for storing: validation, plain
 * text, NFC and the content hash ({@link SubmissionValidator#validate}), per release, on Russian releases of
 * 0.5–1 KB and an English one. How to run: see the README's benchmarks, or
 * {@code java -cp <test classpath> org.openjdk.jmh.Main SubmissionValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SubmissionValidationBenchmark {

    private static final List<ReleaseSubmission> RELEASES = List.of(
            submission(StoryTexts.MINISTRY_TITLE, StoryTexts.MINISTRY_BODY, "ru"),
            submission(StoryTexts.AGENCY_TITLE, StoryTexts.AGENCY_BODY, "ru"),
            submission(StoryTexts.SECOND_AGENCY_TITLE, StoryTexts.SECOND_AGENCY_BODY, null),
            submission(StoryTexts.OTHER_TITLE, StoryTexts.OTHER_BODY, "ru"),
            submission("Foreign Minister meets the Ambassador of Japan",
                    "On 14 May in Astana the Minister of Foreign Affairs received the Ambassador of Japan on the "
                            + "completion of his diplomatic mission.\n\nThe sides discussed investment cooperation "
                            + "and the next meeting of the \u201cCentral Asia + Japan\u201d dialogue.", "en"));

    private int next;

    @Benchmark
    public ReleaseDraft validate() {
        ReleaseSubmission submission = RELEASES.get(next);
        next = next + 1 == RELEASES.size() ? 0 : next + 1;
        return SubmissionValidator.validate(submission);
    }

    private static ReleaseSubmission submission(String title, String body, String language) {
        return new ReleaseSubmission("bench-1", "https://mfa.example.kz/press/1", title, body, language,
                "2026-05-14T10:30:00+05:00");
    }
}
