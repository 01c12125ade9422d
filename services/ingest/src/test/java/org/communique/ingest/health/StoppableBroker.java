package org.communique.ingest.health;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.communique.contracts.Topics;
import org.communique.testing.ChildProcessKafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** A real broker in a child JVM that a test can stop and restart (the in-process one cannot be stopped). */
public class StoppableBroker implements QuarkusTestResourceLifecycleManager {

    private static ChildProcessKafka kafka;

    static ChildProcessKafka kafka() {
        return kafka;
    }

    @Override
    public Map<String, String> start() {
        try {
            kafka = ChildProcessKafka.start(Files.createTempDirectory("ingest-broker-down"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka.createTopic(Topics.PRESS_RELEASES, 1);
        kafka.createTopic(Topics.SOURCES_HEALTH, 1);
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }
}
