package org.communique.notifier.pages;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** What the operator page shows of Kafka: topics, consumer lag, dead letters; and the replay of one. */
@Singleton
class KafkaView {

    @io.quarkus.qute.TemplateData
    record TopicRow(String name, int partitions, long records, String rate) {
    }

    /** The end offsets of every topic at one moment: the next look's rates are counted from it. */
    private record Sample(long nanos, Map<String, Long> ends) {
    }

    @io.quarkus.qute.TemplateData
    record LagRow(String group, String topic, int partition, long committed, long end, long lag) {
    }

    @io.quarkus.qute.TemplateData
    record DeadLetter(String topic, int partition, long offset, String key, String reason, String from, String value) {
    }

    private final String bootstrap;
    private Admin admin;
    private volatile Sample last;

    KafkaView(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.bootstrap = bootstrap;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 15_000,
                    "request.timeout.ms", 10_000));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }

    List<TopicRow> topics() throws Exception {
        var names = new TreeSet<>(admin().listTopics().names().get(15, TimeUnit.SECONDS));
        Map<String, TopicDescription> topics = admin().describeTopics(names).allTopicNames().get(15, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topics.values().forEach(t -> t.partitions().forEach(p -> {
            earliest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest());
        }));
        var begin = admin().listOffsets(earliest).all().get(15, TimeUnit.SECONDS);
        var end = admin().listOffsets(latest).all().get(15, TimeUnit.SECONDS);
        long now = System.nanoTime();
        Sample before = last;
        Map<String, Long> ends = new HashMap<>();
        List<TopicRow> rows = new ArrayList<>();
        for (String name : names) {
            long records = 0;
            long endSum = 0;
            for (var p : topics.get(name).partitions()) {
                TopicPartition tp = new TopicPartition(name, p.partition());
                records += end.get(tp).offset() - begin.get(tp).offset();
                endSum += end.get(tp).offset();
            }
            ends.put(name, endSum);
            rows.add(new TopicRow(name, topics.get(name).partitions().size(), records, rate(before, name, endSum, now)));
        }
        if (before == null || now - before.nanos() >= 1_000_000_000L) {
            last = new Sample(now, ends);
        }
        return rows;
    }

    /** Records per minute appended since the previous look at the topics (one second apart at least); "–" before. */
    static String rate(Sample before, String topic, long endSum, long now) {
        if (before == null || !before.ends().containsKey(topic) || now - before.nanos() < 1_000_000_000L) {
            return "–";
        }
        double minutes = (now - before.nanos()) / 60e9;
        long added = Math.max(0, endSum - before.ends().get(topic));
        return String.format(java.util.Locale.ROOT, "%.1f/min over %ds", added / minutes,
                java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(now - before.nanos()));
    }

    List<LagRow> lag() throws Exception {
        List<LagRow> rows = new ArrayList<>();
        List<String> groups = admin().listConsumerGroups().all().get(15, TimeUnit.SECONDS).stream()
                .map(ConsumerGroupListing::groupId).sorted().toList();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var end = admin().listOffsets(latest).all().get(15, TimeUnit.SECONDS);
            committed.forEach((tp, offset) -> {
                long e = end.get(tp).offset();
                long c = offset == null ? 0 : offset.offset();
                rows.add(new LagRow(group, tp.topic(), tp.partition(), c, e, Math.max(0, e - c)));
            });
        }
        rows.sort((a, b) -> (a.group() + a.topic() + a.partition()).compareTo(b.group() + b.topic() + b.partition()));
        return rows;
    }

    List<DeadLetter> deadLetters(int max) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            var all = consumer.listTopics(Duration.ofSeconds(15));
            for (var entry : new TreeSet<>(all.keySet())) {
                if (!entry.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
                    continue;
                }
                List<TopicPartition> partitions = all.get(entry).stream()
                        .map(p -> new TopicPartition(entry, p.partition())).toList();
                consumer.assign(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                long wanted = 0;
                for (TopicPartition tp : partitions) {
                    long from = Math.max(begin.get(tp), end.get(tp) - max);
                    consumer.seek(tp, from);
                    wanted += end.get(tp) - from;
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (wanted > 0 && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        wanted--;
                        letters.add(new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(),
                                header(r, "dead-letter-reason"),
                                header(r, "dead-letter-topic") + "@" + header(r, "dead-letter-partition") + ":"
                                        + header(r, "dead-letter-offset"),
                                abbreviate(r.value())));
                    }
                }
            }
        }
        return letters;
    }

    /** Sends one dead letter back to the topic it was read from; returns where it landed. */
    String replay(String dlqTopic, int partition, long offset) throws Exception {
        if (!dlqTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            throw new ReplayRefused("topic", "not a dead-letter topic: " + dlqTopic);
        }
        TopicPartition tp = new TopicPartition(dlqTopic, partition);
        ConsumerRecord<String, String> letter = null;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<org.apache.kafka.common.PartitionInfo> partitions = consumer.partitionsFor(dlqTopic);
            if (partitions == null || partitions.stream().noneMatch(p -> p.partition() == partition)) {
                throw new ReplayRefused("partition", "no partition " + partition + " in " + dlqTopic);
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < consumer.beginningOffsets(List.of(tp)).get(tp) || offset >= end) {
                throw new ReplayRefused("offset", "no record at offset " + offset + " of " + tp);
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (letter == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() == offset) {
                        letter = r;
                    }
                }
            }
        }
        if (letter == null) {
            throw new IllegalStateException("could not read " + tp + "@" + offset);
        }
        String origin = header(letter, "dead-letter-topic");
        if (origin == null) {
            origin = dlqTopic.substring(0, dlqTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
        }
        ProducerRecord<String, String> again = new ProducerRecord<>(origin, letter.key(), letter.value());
        for (Header h : letter.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                again.headers().add(h);
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all", "max.block.ms", 15_000), new StringSerializer(), new StringSerializer())) {
            RecordMetadata sent = producer.send(again).get(30, TimeUnit.SECONDS);
            return origin + "-" + sent.partition() + "@" + sent.offset();
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", false,
                "default.api.timeout.ms", 15_000), new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 300 ? value : value.substring(0, 299) + "…";
    }
}
