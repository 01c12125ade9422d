package org.communique.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker/controller node) run as a child JVM
 * ({@code kafka.Kafka}). Its log directory is kept between runs and formatted only once.
 */
public final class LocalKafka implements AutoCloseable {

    private final ChildProcess process;
    private final String bootstrapServers;

    private LocalKafka(ChildProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    public static LocalKafka start(Path root, Path home, int port, int controllerPort) {
        Path dataDir = home.resolve("kafka");
        Path config = home.resolve("kafka.properties");
        Path log = home.resolve("logs").resolve("kafka.log");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(config, serverProperties(dataDir, port, controllerPort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> jvm = jvm(Java.libraries(root));
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(jvm);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString()));
            ChildProcess formatting = ChildProcess.start("kafka-fmt", format, Map.of(), home, log, null);
            try {
                if (formatting.waitFor(Duration.ofMinutes(1)) != 0) {
                    throw new IllegalStateException("formatting Kafka storage failed; see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        List<String> run = new ArrayList<>(jvm);
        run.addAll(List.of("kafka.Kafka", config.toString()));
        ChildProcess broker = ChildProcess.start("kafka", run, Map.of(), home, log, null);
        LocalKafka kafka = new LocalKafka(broker, "localhost:" + port);
        kafka.awaitReady(Duration.ofMinutes(1), log);
        return kafka;
    }

    private static List<String> jvm(String classpath) {
        return List.of(Java.binary(), "-Xms256m", "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.logFile=System.out",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", classpath);
    }

    private static String serverProperties(Path dataDir, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    private void awaitReady(Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = admin()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited during start-up; see " + log);
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka not ready after " + timeout + "; see " + log, e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Creates the topics if missing, so operators see every topic (and its dead-letter twin) from the start. */
    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating topics timed out", e);
        }
    }

    /**
     * Waits until each consumer group is STABLE with every partition of its topic assigned, so that a release
     * posted right after start-up flows at once instead of waiting for the groups to form.
     *
     * @return the groups still not ready when the timeout passed (empty when all are)
     */
    public List<String> awaitConsumers(Map<String, String> topicByGroup, int partitions, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<String> waiting = new ArrayList<>(topicByGroup.keySet());
        try (Admin admin = admin()) {
            while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
                try {
                    Map<String, ConsumerGroupDescription> groups =
                            admin.describeConsumerGroups(waiting).all().get(4, TimeUnit.SECONDS);
                    waiting.removeIf(group -> assigned(groups.get(group), topicByGroup.get(group)) >= partitions);
                } catch (ExecutionException | TimeoutException e) {
                    // a group the coordinator does not know yet: ask again
                }
                if (!waiting.isEmpty()) {
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return waiting;
    }

    private static long assigned(ConsumerGroupDescription group, String topic) {
        if (group == null || group.groupState() != GroupState.STABLE) {
            return 0;
        }
        return group.members().stream()
                .flatMap(member -> member.assignment().topicPartitions().stream())
                .filter(partition -> partition.topic().equals(topic))
                .distinct()
                .count();
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        process.close();
    }

    ProcessHandle handle() {
        return process.handle();
    }
}
