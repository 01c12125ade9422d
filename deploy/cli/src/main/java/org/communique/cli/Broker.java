package org.communique.cli;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** The broker to talk to: the local stack's unless --bootstrap-server says otherwise. Shared by every command. */
public class Broker {

    static String localDefault() {
        String port = System.getenv().getOrDefault("COMMUNIQUE_KAFKA_PORT", "19092");
        return "localhost:" + port;
    }

    @Option(names = {"-b", "--bootstrap-server"}, paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the local stack, localhost:$COMMUNIQUE_KAFKA_PORT or 19092)")
    String bootstrapServers;

    String servers() {
        return bootstrapServers != null ? bootstrapServers : localDefault();
    }

    private Map<String, Object> common() {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, servers());
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "communique-cli");
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        return props;
    }

    Admin admin() {
        return Admin.create(common());
    }

    /** A consumer in no group: it assigns partitions itself and commits nothing. */
    KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = common();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    KafkaProducer<String, String> producer() {
        Map<String, Object> props = common();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
