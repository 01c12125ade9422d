package org.communique.ingest.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The text pipeline's warm-up at start-up ({@link TextPipelineWarmUp}): the instance reports ready once it is done,
 * so its first pushed releases meet compiled code instead of the interpreter.
 */
@ConfigMapping(prefix = "communique.ingest.warm-up")
public interface WarmUpConfig {

    /** Off: ready as soon as the database answers, and the first pushes compile the text pipeline. */
    @WithDefault("true")
    boolean enabled();

    /** Rounds over the synthetic submissions; fewer when {@link #maxTime()} runs out first. */
    @WithDefault("4")
    int rounds();

    /** The warm-up stops after this long whatever is left, and the instance reports ready. */
    @WithDefault("20s")
    Duration maxTime();

    /** Characters of each synthetic body. */
    @WithDefault("100000")
    int characters();
}
