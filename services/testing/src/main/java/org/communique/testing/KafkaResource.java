package org.communique.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points the service's Kafka connector at the in-process broker. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", InProcessKafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every Quarkus start in this JVM; stops with it
    }
}
