package org.communique.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "communique.ingest")
public interface IngestConfig {

    Outbox outbox();

    /** PUSH sources created, or re-keyed, at start-up. Empty unless a profile lists some. */
    Optional<List<SeedSource>> seedSources();

    interface Outbox {

        /**
         * How often the relay looks for unsent rows; commits that write rows also wake it at once. The
         * Quarkus scheduler does not run jobs more often than once a second.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** Rows claimed, sent and acknowledged per database transaction. */
        @WithDefault("100")
        int batchSize();

        /** How long the relay waits for the broker's acknowledgement; keep above the producer's delivery.timeout.ms. */
        @WithDefault("60s")
        Duration ackTimeout();

        /** Sent rows are deleted once older than this. */
        @WithDefault("7d")
        Duration retention();
    }

    interface SeedSource {

        String name();

        /** The bearer key; only its SHA-256 is stored. */
        String key();

        /** ISO 3166-1 alpha-2. */
        Optional<String> country();
    }
}
