package org.communique.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.communique.contracts.Topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run's last word on "nothing lost, nothing twice": every release accepted in any step, counted on
 * {@code press.releases.enriched} from where the run began. A step's own figures are taken when its drain
 * ends, so they can only say "not yet" for releases still queued then (a step at 1,000/s leaves a backlog
 * that the next steps' time drains); this check reads the topic to its end again until nothing is missing
 * or its wait is over.
 */
final class RunCheck implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Map<String, Integer> counts = new HashMap<>();

    private RunCheck(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) {
        this.consumer = consumer;
        this.partitions = partitions;
    }

    /** Marks where the topic ends now; only records after it count. */
    static RunCheck begin(String bootstrap) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName(),
                "enable.auto.commit", "false",
                "max.poll.records", "5000"));
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.PRESS_RELEASES_ENRICHED, Duration.ofSeconds(30))
                .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new RunCheck(consumer, partitions);
    }

    /**
     * Reads what was added since {@link #begin} and judges the run's accepted releases, reading again for up
     * to {@code waitMillis} while some are missing.
     */
    Verdict verify(Set<String> accepted, long waitMillis, Progress progress) throws InterruptedException {
        long start = System.currentTimeMillis();
        Verdict verdict;
        while (true) {
            readToEnd();
            verdict = Verdict.of(counts, accepted, System.currentTimeMillis() - start);
            if (verdict.missing() == 0 || System.currentTimeMillis() - start >= waitMillis) {
                return verdict;
            }
            progress.update("run check: " + verdict.missing() + " of " + accepted.size()
                    + " accepted releases not yet on " + Topics.PRESS_RELEASES_ENRICHED);
            Thread.sleep(1_000);
        }
    }

    private void readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.key() != null) {
                    counts.merge(record.key(), 1, Integer::sum);
                }
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    /** How the run's accepted releases fared on the enriched topic. */
    record Verdict(int accepted, long missing, long duplicated, long waitedMillis) {

        static Verdict of(Map<String, Integer> counts, Set<String> accepted, long waitedMillis) {
            long missing = 0;
            long duplicated = 0;
            for (String id : accepted) {
                int seen = counts.getOrDefault(id, 0);
                missing += seen == 0 ? 1 : 0;
                duplicated += seen > 1 ? 1 : 0;
            }
            return new Verdict(accepted.size(), missing, duplicated, waitedMillis);
        }

        boolean exactlyOnce() {
            return missing == 0 && duplicated == 0;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("acceptedNewReleases", accepted);
            json.put("missingOnEnriched", missing);
            json.put("duplicatedOnEnriched", duplicated);
            json.put("exactlyOnceOnEnriched", exactlyOnce());
            json.put("waitedMillis", waitedMillis);
            return json;
        }

        String summary() {
            return String.format("run check: %d accepted releases, %d missing and %d more than once on %s "
                            + "(read back after waiting %.1f s): %s", accepted, missing, duplicated,
                    Topics.PRESS_RELEASES_ENRICHED, waitedMillis / 1000.0,
                    exactlyOnce() ? "every one exactly once" : "NOT exactly once");
        }
    }
}
