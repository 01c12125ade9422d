package org.communique.platform.warmup;

import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * What every warm-up is configured with. A service's {@code @ConfigMapping} extends this under its own prefix and
 * declares {@link #maxTime()} with its default, the one setting whose right value differs between services.
 */
public interface WarmUpSettings {

    /** Off: the instance is ready as soon as its dependencies answer, and its first requests compile its paths. */
    @WithDefault("true")
    boolean enabled();

    /** Rounds over the synthetic inputs; fewer when {@link #maxTime()} runs out first. */
    @WithDefault("4")
    int rounds();

    /** The warm-up stops after this long whatever is left, and the instance reports ready. */
    Duration maxTime();

    /** Characters of each synthetic input. */
    @WithDefault("100000")
    int characters();
}
