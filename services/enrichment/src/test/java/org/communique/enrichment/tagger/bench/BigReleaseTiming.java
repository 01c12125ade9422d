package org.communique.enrichment.tagger.bench;

import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;
import org.communique.enrichment.tagger.kb.KbDataFiles;

import java.time.LocalDate;

/**
 * How long one honest release of 1 MiB takes to tag (issue 11 asks for under a second at {@code /api/v1/tag}).
 * Prints the time of each of ten rounds after a warm-up; asserts nothing. Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.communique.enrichment.tagger.bench.BigReleaseTiming}.
 */
public final class BigReleaseTiming {

    static final String RELEASE = "Президент Кыргызстана Садыр Жапаров 1 февраля 2024 года посетит Казахстан"
            + " с официальным визитом. Министр иностранных дел Казахстана провёл переговоры в Бишкеке. ";

    private BigReleaseTiming() {
    }

    public static void main(String[] args) {
        Tagger tagger = Tagger.build(KbDataFiles.fromClasspath());
        String text = RELEASE.repeat((1 << 20) / RELEASE.length());
        TagInput input = new TagInput(null, text, null, LocalDate.parse("2024-02-01"));
        for (int i = 0; i < 3; i++) {
            tagger.tag(input);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= 10; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            sink += tagger.tag(input).countries().size();
            System.out.printf("round %2d: 1 MiB honest release tagged in %4d ms wall, %4d ms CPU%n", round,
                    (System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        org.communique.contracts.Tags tags = tagger.tag(input);
        long mentions = tags.countries().stream().mapToLong(t -> t.mentions().size()).sum()
                + tags.officials().stream().mapToLong(t -> t.mentions().size()).sum()
                + tags.organizations().stream().mapToLong(t -> t.mentions().size()).sum();
        long started = System.nanoTime();
        int json = org.communique.contracts.EventJson.encode(tags).length();
        System.out.printf("answer: %d mentions, %d events, %d chars of JSON (encoded in %d ms)%n", mentions,
                tags.events().size(), json, (System.nanoTime() - started) / 1_000_000);
        System.out.println("(" + text.length() + " chars, checksum " + sink + ")");
    }
}
