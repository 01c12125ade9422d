package org.communique.enrichment.tagger.bench;

import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.kb.KbDataFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the tagger on 2–4 KB Russian releases with the full knowledge base loaded, on one thread: the
 * score is releases per second per core. Run (from the repository root):
 * <pre>
 * ./mvnw -B -q -pl services/enrichment test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp services/enrichment/target/test-classes:services/enrichment/target/classes:$(cat services/enrichment/target/test-classpath.txt) \
 *     org.openjdk.jmh.Main TaggerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class TaggerBenchmark {

    private Tagger tagger;
    private List<TagInput> releases;
    private int next;

    @Setup
    public void setUp() {
        tagger = Tagger.build(KbDataFiles.fromClasspath());
        releases = BenchReleases.russian();
        if (releases.isEmpty()) {
            throw new IllegalStateException("no benchmark releases");
        }
    }

    @Benchmark
    public Tags tagOneRelease() {
        TagInput release = releases.get(next);
        next = next + 1 == releases.size() ? 0 : next + 1;
        return tagger.tag(release);
    }
}
