package org.communique.testing;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real Apache Kafka broker (KRaft, one combined node) in the test JVM, shared by every Quarkus
 * restart in it. Topics are created on first use, with one partition, like a fresh single-node cluster.
 */
public final class InProcessKafka {

    private static KafkaClusterTestKit cluster;

    private InProcessKafka() {
    }

    /** The broker's address; the Kafka container's when {@link TestContainers#enabled()}. */
    public static synchronized String bootstrapServers() {
        if (TestContainers.enabled()) {
            return TestContainers.kafkaBootstrapServers();
        }
        if (cluster == null) {
            cluster = start();
            KafkaClusterTestKit started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }, "in-process-kafka-stop"));
        }
        return cluster.bootstrapServers();
    }

    private static KafkaClusterTestKit start() {
        // a broker that hits a fatal error (or a shutdown racing the JVM's) calls Exit, which would end the
        // test JVM with a non-zero code after the tests passed; the tests own this JVM, not the broker
        Exit.setExitProcedure((code, message) -> System.err.printf("in-process Kafka asked to exit(%d): %s%n", code, message));
        Exit.setHaltProcedure((code, message) -> System.err.printf("in-process Kafka asked to halt(%d): %s%n", code, message));
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "1")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("in-process Kafka broker did not start", e);
        }
    }
}
