package org.communique.enrichment.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The tagger's warm-up at start-up ({@link TaggerWarmUp}): the instance reports ready once it is done, so its first
 * requests and records meet compiled code instead of the interpreter.
 */
@ConfigMapping(prefix = "communique.enrichment.warm-up")
public interface WarmUpConfig {

    /** Off: ready as soon as PostgreSQL and Kafka answer, and the first requests compile the tagger's paths. */
    @WithDefault("true")
    boolean enabled();

    /** Rounds over the synthetic texts; fewer when {@link #maxTime()} runs out first. */
    @WithDefault("4")
    int rounds();

    /** The warm-up stops after this long whatever is left, and the instance reports ready. */
    @WithDefault("30s")
    Duration maxTime();

    /** Characters of each synthetic text. */
    @WithDefault("100000")
    int characters();
}
