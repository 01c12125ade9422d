package org.communique.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.communique.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the pipeline's topics from their ends as the load begins and keeps, per release id, when each stage
 * produced it: the {@code ce_time} of its {@code press.releases} record (when ingest stored it) and the
 * broker timestamps of its records on {@code press.releases}, {@code press.releases.enriched} and
 * {@code alerts.deliveries}, with counts, so that losses and duplicates show.
 * <p>
 * Only keys, headers and, once per release on {@code press.releases}, the bytes around its {@code storyId} are
 * read: values are neither decoded to text nor parsed, and fetches wait for data rather than poll often.
 */
final class FlowObserver implements AutoCloseable {

    static final List<String> TOPICS = List.of(Topics.PRESS_RELEASES, Topics.PRESS_RELEASES_ENRICHED,
            Topics.ALERTS_DELIVERIES);
    static final Map<String, String> GROUPS = Map.of("enrichment", Topics.PRESS_RELEASES,
            "notifier", Topics.PRESS_RELEASES_ENRICHED);

    /** What happened to one release id on the topics. */
    static final class Seen {
        volatile long ingestedAt;
        volatile long published;
        volatile long enriched;
        volatile long firstDelivery;
        final AtomicLong publishedCount = new AtomicLong();
        final AtomicLong enrichedCount = new AtomicLong();
        final AtomicLong deliveryRecords = new AtomicLong();
    }

    final Map<String, Seen> seen = new ConcurrentHashMap<>();
    /** Story ids seen on press.releases, with how many releases each. */
    final Map<String, AtomicLong> stories = new ConcurrentHashMap<>();
    private static final byte[] STORY_FIELD = "\"storyId\"".getBytes(StandardCharsets.US_ASCII);
    final Map<String, AtomicLong> records = new ConcurrentHashMap<>();
    private final Admin admin;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile Throwable failure;

    FlowObserver(String bootstrap) {
        TOPICS.forEach(t -> records.put(t, new AtomicLong()));
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap,
                "key.deserializer", ByteArrayDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName(),
                "enable.auto.commit", "false",
                "max.poll.records", "5000",
                // times come from the records, not from when they are read: fewer, larger fetches cost less
                "fetch.min.bytes", "262144",
                "fetch.max.wait.ms", "500"));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
        thread = new Thread(() -> run(consumer), "flow-observer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(KafkaConsumer<byte[], byte[]> consumer) {
        try (consumer) {
            while (!stopping) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    record(record);
                }
            }
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void record(ConsumerRecord<byte[], byte[]> record) {
        records.get(record.topic()).incrementAndGet();
        if (record.key() == null) {
            return;
        }
        Seen release = seen.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), k -> new Seen());
        switch (record.topic()) {
            case Topics.PRESS_RELEASES -> {
                if (release.publishedCount.getAndIncrement() == 0) {
                    release.published = record.timestamp();
                    release.ingestedAt = ceTime(record);
                    String story = storyId(record.value());
                    if (story != null) {
                        stories.computeIfAbsent(story, s -> new AtomicLong()).incrementAndGet();
                    }
                }
            }
            case Topics.PRESS_RELEASES_ENRICHED -> {
                if (release.enrichedCount.getAndIncrement() == 0) {
                    release.enriched = record.timestamp();
                }
            }
            default -> {
                if (release.deliveryRecords.getAndIncrement() == 0) {
                    release.firstDelivery = record.timestamp();
                }
            }
        }
    }

    /**
     * The value of the first {@code "storyId": "..."} in a record's JSON, found in its bytes (the field name and a
     * UUID are ASCII, and a quote inside a JSON string is escaped, so the bytes cannot match inside text).
     */
    static String storyId(byte[] value) {
        if (value == null) {
            return null;
        }
        int at = 0;
        while ((at = indexOf(value, STORY_FIELD, at)) >= 0) {
            at += STORY_FIELD.length;
            int i = skipSpace(value, at);
            if (i < value.length && value[i] == ':') {
                i = skipSpace(value, i + 1);
                if (i < value.length && value[i] == '"') {
                    int end = i + 1;
                    while (end < value.length && value[end] != '"') {
                        end++;
                    }
                    if (end < value.length && end > i + 1) {
                        return new String(value, i + 1, end - i - 1, StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return null;
    }

    private static int skipSpace(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long ceTime(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader("ce_time");
        if (header == null) {
            return 0;
        }
        try {
            return Instant.parse(new String(header.value(), StandardCharsets.UTF_8)).toEpochMilli();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    Throwable failure() {
        return failure;
    }

    /** Records behind the end of its topic, per consumer group of the flow. */
    Map<String, Long> lag() {
        Map<String, Long> lag = new HashMap<>();
        try {
            for (Map.Entry<String, String> group : GROUPS.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(p -> p.topic().equals(group.getValue()))
                        .forEach(p -> latest.put(p, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                long behind = 0;
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += end.getValue().offset() - (at == null ? 0 : at.offset());
                }
                lag.put(group.getKey(), behind);
            }
        } catch (ExecutionException e) {
            lag.put("error", -1L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lag;
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        thread.join(5_000);
        admin.close(Duration.ofSeconds(5));
    }
}
