package org.communique.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;

/** The broker's own speed, measured beside a benchmark so that its figures can be read as a ratio to it. */
public final class RawKafka {

    private RawKafka() {
    }

    /**
     * Sends {@code records} records of {@code bytes} bytes to {@code bench.raw} with the producer settings of a
     * throughput-minded client (acks=all, 5 ms linger, 256 KiB batches, lz4) and returns records per second.
     */
    public static double producerRecordsPerSecond(String bootstrap, int records, int bytes) {
        String value = "x".repeat(bytes);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("bench.raw", "warm-up", value));
            producer.flush();
            long started = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>("bench.raw", Integer.toString(i), value));
            }
            producer.flush();
            return records / ((System.nanoTime() - started) / 1e9);
        }
    }
}
