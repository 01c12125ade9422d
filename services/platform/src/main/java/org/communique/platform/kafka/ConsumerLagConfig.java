package org.communique.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The consumer-lag health check of a consuming service ({@link ConsumerLagCheck}). */
@ConfigMapping(prefix = "communique.health.consumer-lag")
public interface ConsumerLagConfig {

    /** The consumer groups whose lag is reported; a service without consumers lists none. */
    Optional<List<String>> groups();

    /**
     * Above this total lag of one group the check is DOWN. Unset by default: a consumer that is behind can
     * still answer HTTP, and catching up is the autoscaler's job (KEDA scales on the same lag), so the
     * check only reports it.
     */
    OptionalLong maxLag();

    /** How long reading the committed and end offsets may take. */
    @WithDefault("3s")
    Duration timeout();
}
