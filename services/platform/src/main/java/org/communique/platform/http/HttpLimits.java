package org.communique.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "communique.http")
public interface HttpLimits {

    /**
     * Largest request body the API accepts, answered above with a 413 problem. Keep it below
     * {@code quarkus.http.limits.max-body-size}, the HTTP layer's backstop, which answers without a body.
     */
    @WithDefault("1M")
    MemorySize maxRequestSize();
}
