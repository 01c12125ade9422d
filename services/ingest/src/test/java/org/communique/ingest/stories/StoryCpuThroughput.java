package org.communique.ingest.stories;

import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.outbox.OutboxEvent;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The story assigner's in-memory work per release, on one thread, in releases per CPU-second: signatures
 * without the own source's and the carried sources' boilerplate (twice, as a batch does), signatures against
 * the candidates of the origin's source (for a reprint) and of four other sources, and the source history's
 * update. Twenty sources whose releases wrap a few sentences of news in 120 words of their own formulas; a
 * fifth of the releases reprint an earlier one, formulas included. Not a test: run it by hand (see README,
 * "Benchmarks") and compare builds on the same machine.
 */
public final class StoryCpuThroughput {

    private static final int SOURCES = 20;
    private static final int RELEASES_PER_ROUND = 2_000;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Random random = new Random(1);
        List<String> words = words(random, 4_000);
        List<UUID> sources = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            sources.add(new UUID(0, i + 1));
            boilerplate.add(sentence(random, words, 60) + " %s " + sentence(random, words, 60));
        }
        SourceHistory history = SourceHistory.empty(50);
        List<String> bodies = new ArrayList<>();
        List<Integer> bodySources = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long seq = 0;
        for (int round = 0; round <= rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < RELEASES_PER_ROUND; i++) {
                int source = random.nextInt(SOURCES);
                boolean reprint = !bodies.isEmpty() && random.nextDouble() < 0.2;
                int origin = reprint ? random.nextInt(bodies.size()) : -1;
                // a reprint keeps its origin's formulas inside its own, and changes a word
                String body = String.format(boilerplate.get(source), reprint
                        ? bodies.get(origin).replaceFirst(" [a-z]+ ", " " + words.get(random.nextInt(words.size())) + " ")
                        : sentence(random, words, 40 + random.nextInt(80)));
                bodies.add(body);
                bodySources.add(source);
                StoryAssigner.Queued queued = StoryAssigner.Queued.of(++seq, event(sources.get(source), body), true);
                try {
                    queued.prepare(null, history);
                    queued.prepare(null, history);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                if (queued.signature() != null) {
                    // the candidates sharing a band: the origin's source for a reprint, and a few others
                    if (reprint) {
                        queued.signatureAgainst(sources.get(bodySources.get(origin)), history);
                    }
                    for (int k = 0; k < 4; k++) {
                        queued.signatureAgainst(sources.get(random.nextInt(SOURCES)), history);
                    }
                }
                UUID release = queued.releaseId();
                history.record(sources.get(source), release, release, queued.shingles());
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // round 0 fills the histories and warms the JIT
            System.out.printf("%s %d: %d releases in %.2f CPU-s = %.0f releases per CPU-second%n",
                    round == 0 ? "warm-up" : "round", round, RELEASES_PER_ROUND, seconds, RELEASES_PER_ROUND / seconds);
        }
    }

    private static OutboxEvent event(UUID source, String body) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        PressRelease release = new PressRelease(id, 1, new SourceRef(source, "source", "KG"), null, "en",
                "A release", body, now, now, "hash", null);
        return new OutboxEvent(id, "press.releases", id.toString(), id.toString(), "type", "source", now,
                EventJson.encode(release));
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int letters = 3 + random.nextInt(8); letters > 0; letters--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return words;
    }

    private static String sentence(Random random, List<String> words, int length) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sentence.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return sentence.append('.').toString();
    }
}
