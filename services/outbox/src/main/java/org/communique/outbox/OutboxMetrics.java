package org.communique.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

@Singleton
public class OutboxMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private final Counter failed;
    private final Counter reconciled;

    OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("communique.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka, as of the relay's last poll")
                .register(registry);
        published = Counter.builder("communique.outbox.published")
                .description("Outbox rows acknowledged by Kafka and marked sent")
                .register(registry);
        failed = Counter.builder("communique.outbox.failed")
                .description("Attempts to publish an outbox row that Kafka did not acknowledge")
                .register(registry);
        reconciled = Counter.builder("communique.outbox.reconciled")
                .description("Rows in doubt found on Kafka and marked sent without being sent again")
                .register(registry);
    }

    void reconciled(int count) {
        reconciled.increment(count);
    }

    void backlog(long unsent) {
        backlog.set(unsent);
    }

    void published(int count) {
        published.increment(count);
    }

    void failed(int count) {
        failed.increment(count);
    }
}
