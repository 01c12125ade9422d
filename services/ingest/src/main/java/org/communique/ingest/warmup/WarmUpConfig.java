package org.communique.ingest.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.communique.platform.warmup.WarmUpSettings;

import java.time.Duration;

/**
 * The text pipeline's warm-up at start-up ({@link TextPipelineWarmUp}): the instance reports ready once it is done,
 * so its first pushed releases meet compiled code instead of the interpreter.
 */
@ConfigMapping(prefix = "communique.ingest.warm-up")
public interface WarmUpConfig extends WarmUpSettings {

    @Override
    @WithDefault("20s")
    Duration maxTime();
}
