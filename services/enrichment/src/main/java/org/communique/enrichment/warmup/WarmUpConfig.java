package org.communique.enrichment.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.communique.platform.warmup.WarmUpSettings;

import java.time.Duration;

/**
 * The tagger's warm-up at start-up ({@link TaggerWarmUp}): the instance reports ready once it is done, so its first
 * requests and records meet compiled code instead of the interpreter.
 */
@ConfigMapping(prefix = "communique.enrichment.warm-up")
public interface WarmUpConfig extends WarmUpSettings {

    @Override
    @WithDefault("30s")
    Duration maxTime();
}
