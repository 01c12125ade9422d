package org.communique.enrichment.tagger.bench;

import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.kb.KbDataFiles;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heap the full knowledge base takes once loaded and built into a tagger (retained after collection: data,
 * gazetteer trie, generated word forms, office index), and that the benchmark's releases are what it claims.
 */
class KnowledgeBaseFootprintTest {

    private static final long LIMIT_BYTES = 200L * 1024 * 1024;

    @Test
    void theKnowledgeBaseAndTaggerRetainLessThan200Megabytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        KnowledgeBase kb = KbDataFiles.fromClasspath();
        Tagger tagger = Tagger.build(kb);
        long after = settledHeap(memory);
        long retained = after - before;
        System.out.printf("---- knowledge base (%d countries, %d people) and tagger retain %.1f MB of heap%n",
                kb.countries().size(), kb.people().size(), retained / 1024.0 / 1024.0);
        assertThat(tagger.kbVersion()).isEqualTo(kb.version()); // keeps both reachable up to here
        assertThat(retained).isLessThan(LIMIT_BYTES);
    }

    @Test
    void theBenchmarkReleasesAreRussianAndTwoToFourKilobytes() {
        List<TagInput> releases = BenchReleases.russian();
        assertThat(releases).hasSizeGreaterThanOrEqualTo(20);
        assertThat(releases).allSatisfy(r -> assertThat(r.text().getBytes(StandardCharsets.UTF_8).length)
                .isBetween(BenchReleases.MIN_BYTES, BenchReleases.MAX_BYTES));
    }

    private static long settledHeap(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        // collections until the figure stops falling: what is left is what is reachable
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - 64 * 1024) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
