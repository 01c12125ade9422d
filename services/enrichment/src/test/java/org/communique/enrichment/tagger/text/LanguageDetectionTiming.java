package org.communique.enrichment.tagger.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Language detection of the honest 1 MiB release, the single-pass detector against the one it replaced,
 * alternating in one JVM so that both meet the same machine load. Prints the CPU ms of each; asserts nothing.
 * Run with the test classpath: {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.communique.enrichment.tagger.text.LanguageDetectionTiming}.
 */
public final class LanguageDetectionTiming {

    private static final String RELEASE = "Президент Кыргызстана Садыр Жапаров 1 февраля 2024 года посетит Казахстан"
            + " с официальным визитом. Министр иностранных дел Казахстана провёл переговоры в Бишкеке. ";

    private LanguageDetectionTiming() {
    }

    public static void main(String[] args) {
        String text = RELEASE.repeat((1 << 20) / RELEASE.length());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            LanguageDetector.detect(null, "", text);
            ReferenceLanguageDetector.detect(null, "", text);
        }
        for (int round = 1; round <= 10; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            String now = LanguageDetector.detect(null, "", text);
            long single = threads.getCurrentThreadCpuTime() - cpu;
            cpu = threads.getCurrentThreadCpuTime();
            String before = ReferenceLanguageDetector.detect(null, "", text);
            long previous = threads.getCurrentThreadCpuTime() - cpu;
            System.out.printf("round %2d: 1 MiB language detection %5.1f ms CPU (before: %5.1f ms), %s/%s%n", round,
                    single / 1e6, previous / 1e6, now, before);
        }
    }
}
