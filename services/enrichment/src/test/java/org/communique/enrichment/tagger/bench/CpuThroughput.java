package org.communique.enrichment.tagger.bench;

import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.kb.KbDataFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Releases tagged per second of CPU time of the tagging thread: the per-core figure of {@link TaggerBenchmark}
 * measured so that other processes competing for the cores do not lower it. Run like the benchmark, with
 * {@code org.communique.enrichment.tagger.bench.CpuThroughput} as the main class.
 */
public final class CpuThroughput {

    private static final int WARMUP_SECONDS = 20;
    private static final int MEASURE_ROUNDS = 5;
    private static final int RELEASES_PER_ROUND = 20_000;

    private CpuThroughput() {
    }

    public static void main(String[] args) {
        Tagger tagger = Tagger.build(KbDataFiles.fromClasspath());
        List<TagInput> releases = BenchReleases.russian();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warm = 0;
        long warmUntil = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            warm += tagger.tag(releases.get(i % releases.size())).countries().size();
        }
        long sink = warm > 0 ? 0 : -1;
        for (int round = 1; round <= MEASURE_ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < RELEASES_PER_ROUND; i++) {
                sink += tagger.tag(releases.get(i % releases.size())).countries().size();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf("round %d: %.0f releases per CPU-second (%.0f per wall-second)%n", round,
                    RELEASES_PER_ROUND / cpuSeconds, RELEASES_PER_ROUND / wallSeconds);
        }
        System.out.println("(checksum " + sink + ", " + releases.size() + " releases of 2-4 KB)");
    }
}
