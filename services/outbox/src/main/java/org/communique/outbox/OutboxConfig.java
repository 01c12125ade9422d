package org.communique.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The outbox relay's settings, the same keys in every service ({@code communique.outbox.*}). */
@ConfigMapping(prefix = "communique.outbox")
public interface OutboxConfig {

    /**
     * How often the relay looks for unsent rows; commits that write rows also wake it at once. The
     * Quarkus scheduler does not run jobs more often than once a second.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How often the poll tick claims and counts from the first row rather than from the oldest unsent row
     * the previous tick saw: a row that another instance commits below that one, and that this instance
     * therefore cannot know of, waits at most this long if the other instance's own relay does not send it.
     * Each such rescan reads the "unsent" indexes' entries of every row sent since the last vacuum.
     */
    @WithDefault("1m")
    Duration rescanInterval();

    /**
     * Rows claimed, sent and acknowledged per database transaction: one claiming statement, the records
     * pipelined to the producer, one statement marking them sent.
     */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for the broker's acknowledgement; keep above the producer's delivery.timeout.ms. */
    @WithDefault("60s")
    Duration ackTimeout();

    /** Sent rows are deleted once older than this. */
    @WithDefault("7d")
    Duration retention();

    /** How long reading Kafka to settle rows in doubt may take before the relay tries again later. */
    @WithDefault("30s")
    Duration reconcileTimeout();

    /**
     * FOR DURABILITY TESTS ONLY, unset everywhere else: once the relay has had this many records
     * acknowledged, the JVM halts (like {@code kill -9}) after the acknowledgements and before the rows
     * are marked sent, the exact window the reconciliation closes.
     */
    Optional<Integer> haltAfterAcks();
}
