package org.communique.notifier.pages;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.notifier.matching.CompiledFilter;
import org.communique.notifier.matching.ReleaseFacts;
import org.communique.notifier.matching.SubscriptionFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Which recent releases would this filter have matched": the newest records of press.releases.enriched (a bounded
 * number), the latest version of each release, matched with the matcher's own compiled filter.
 */
@Singleton
class Preview {

    @io.quarkus.qute.TemplateData
    record Hit(String title, String publishedAt, String language, String countries, String officials) {
    }

    private final String bootstrap;
    private final PagesConfig config;

    Preview(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, PagesConfig config) {
        this.bootstrap = bootstrap;
        this.config = config;
    }

    /** The newest releases among the last {@code previewScanned} records that {@code filter} matches. */
    List<Hit> matches(SubscriptionFilter filter) {
        CompiledFilter compiled = CompiledFilter.of(filter);
        Map<UUID, EnrichedRelease> latest = new HashMap<>();
        for (EnrichedRelease release : recent()) {
            latest.merge(release.release().id(), release,
                    (a, b) -> a.release().version() >= b.release().version() ? a : b);
        }
        return latest.values().stream()
                .filter(r -> compiled.matches(ReleaseFacts.of(r)))
                .sorted(Comparator.comparing((EnrichedRelease r) -> r.release().publishedAt(),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(config.previewShown())
                .map(Preview::hit)
                .toList();
    }

    private List<EnrichedRelease> recent() {
        List<EnrichedRelease> releases = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "enable.auto.commit", false, "default.api.timeout.ms", 10_000, "max.poll.records", 500),
                new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.PRESS_RELEASES_ENRICHED, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return releases;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            long perPartition = Math.max(1, config.previewScanned() / partitions.size());
            long wanted = 0;
            for (TopicPartition tp : partitions) {
                long from = Math.max(begin.get(tp), end.get(tp) - perPartition);
                consumer.seek(tp, from);
                wanted += end.get(tp) - from;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (wanted > 0 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    wanted--;
                    try {
                        releases.add(EventJson.decode(record.value(), EnrichedRelease.class));
                    } catch (RuntimeException unreadable) {
                        // a record the consumer would dead-letter: not a release to preview
                    }
                }
            }
        }
        return releases;
    }

    private static Hit hit(EnrichedRelease r) {
        String countries = String.join(", ", r.tags().countries().stream().map(c -> c.code()).toList());
        String officials = String.join(", ", r.tags().officials().stream().map(o -> o.name()).toList());
        return new Hit(r.release().title(), r.release().publishedAt() == null ? "" : r.release().publishedAt().toString(),
                r.tags().language(), countries, officials);
    }
}
