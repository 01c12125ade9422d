package org.communique.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
 
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Settles rows in doubt (see {@link OutboxMessage#inDoubt}) by reading what Kafka has: for each topic, from
 * the offsets at the oldest doubtful row's creation time (less a margin) to the end offsets taken when the
 * pass starts, every {@code ce_id} is collected. Rows found are marked sent without being sent again; the
 * others are cleared and go out on the next batch. Nobody sends a row while it is in doubt, so a row not
 * found up to the end offsets was never written, and the gap that "mark sent after the acknowledgement"
 * leaves (a crash, or a lost acknowledgement, between Kafka's write and the mark) is closed.
 */
@ApplicationScoped
public class OutboxReconciler {

    private static final Logger LOG = Logger.getLogger(OutboxReconciler.class);
    /** Record timestamps come from the producer's clock; this allows for a clock that stepped back. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);
    static final int ROWS_PER_PASS = 50_000;
    private static final String CE_ID = "ce_id";

    private final Map<String, Object> kafkaConfig;

    private final OutboxConfig config;

    private final String application;

    private final OutboxMetrics metrics;

    public OutboxReconciler(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config,
                            OutboxMetrics metrics,
                            @ConfigProperty(name = "quarkus.application.name", defaultValue = "communique")
                            String application) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.metrics = metrics;
        this.application = application;
    }

    /** What one pass did. */
    record Outcome(int doubtful, int found, int cleared) {
    }

    /** One pass over the rows in doubt; throws if Kafka cannot be read in time (nothing changes then). */
    Outcome reconcile() throws TimeoutException {
        List<OutboxMessage.Doubt> doubts = QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.inDoubt(ROWS_PER_PASS));
        if (doubts.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        Map<String, List<OutboxMessage.Doubt>> byTopic = doubts.stream()
                .collect(Collectors.groupingBy(OutboxMessage.Doubt::topic));
        Set<String> onKafka = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (Map.Entry<String, List<OutboxMessage.Doubt>> topic : byTopic.entrySet()) {
                onKafka.addAll(ceIdsOn(consumer, topic.getKey(), topic.getValue()));
            }
        }
        List<Long> found = new ArrayList<>();
        List<OutboxMessage.Doubt> absent = new ArrayList<>();
        for (OutboxMessage.Doubt doubt : doubts) {
            if (onKafka.contains(doubt.ceId())) {
                found.add(doubt.id());
            } else {
                absent.add(doubt);
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int[] settled = QuarkusTransaction.requiringNew().call(() -> {
            int marked = 0;
            for (int from = 0; from < found.size(); from += 1_000) {
                marked += OutboxMessage.markFoundSent(found.subList(from, Math.min(found.size(), from + 1_000)), now);
            }
            int cleared = 0;
            for (OutboxMessage.Doubt doubt : absent) {
                cleared += OutboxMessage.clearDoubt(doubt);
            }
            return new int[] {marked, cleared};
        });
        metrics.reconciled(settled[0]);
        Outcome outcome = new Outcome(doubts.size(), settled[0], settled[1]);
        LOG.logf(outcome.found() > 0 ? Logger.Level.INFO : Logger.Level.DEBUG,
                "Outbox reconciliation: %d rows in doubt, %d already on Kafka (marked sent, not sent again), "
                        + "%d not there (sent next)", outcome.doubtful(), outcome.found(), outcome.cleared());
        return outcome;
    }

    private Set<String> ceIdsOn(KafkaConsumer<byte[], byte[]> consumer, String topic,
                                List<OutboxMessage.Doubt> doubts) throws TimeoutException {
        Duration timeout = config.reconcileTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> wanted = doubts.stream().map(OutboxMessage.Doubt::ceId).collect(Collectors.toSet());
        Instant since = doubts.stream().map(OutboxMessage.Doubt::createdAt).min(Instant::compareTo).orElseThrow()
                .minus(CLOCK_MARGIN);
        List<PartitionInfo> partitionInfos;
        try {
            partitionInfos = consumer.partitionsFor(topic, timeout);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw timeout("listing the partitions of " + topic, timeout, e);
        }
        if (partitionInfos == null || partitionInfos.isEmpty()) {
            return Set.of();
        }
        List<TopicPartition> partitions = partitionInfos.stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, Long> end;
        Map<TopicPartition, OffsetAndTimestamp> start;
        consumer.assign(partitions);
        try {
            // the end first: everything written before this moment is looked at
            end = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
            start = consumer.offsetsForTimes(times, timeout);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw timeout("reading the offsets of " + topic, timeout, e);
        }
        Set<TopicPartition> remaining = new HashSet<>();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp from = start.get(partition);
            if (from != null && from.offset() < end.get(partition)) {
                consumer.seek(partition, from.offset());
                remaining.add(partition);
            } else {
                consumer.pause(List.of(partition));
            }
        }
        Set<String> found = new HashSet<>();
        while (!remaining.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw timeout("reading " + topic, timeout, null);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                Header ceId = record.headers().lastHeader(CE_ID);
                if (record.offset() < end.get(partition) && ceId != null) {
                    String id = new String(ceId.value(), StandardCharsets.UTF_8);
                    if (wanted.contains(id)) {
                        found.add(id);
                    }
                }
            }
            remaining.removeIf(partition -> consumer.position(partition) >= end.get(partition));
        }
        return found;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> properties = new HashMap<>(kafkaConfig);
        // the connector's own settings for its channels do not apply to this reader
        properties.keySet().removeIf(key -> key.startsWith("mp.") || key.startsWith("smallrye"));
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-outbox-reconciler");
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, config.reconcileTimeout().toMillis());
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(timeoutMs));
        properties.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.min(timeoutMs, 10_000)));
        return new KafkaConsumer<>(properties);
    }

    private static TimeoutException timeout(String what, Duration timeout, Throwable cause) {
        TimeoutException e = new TimeoutException(what + " took longer than " + timeout);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
