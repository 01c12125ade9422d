package org.communique.ingest.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until the text pipeline's warm-up is over, so no push reaches an instance whose code is not compiled yet. */
@Readiness
@ApplicationScoped
public class WarmUpCheck implements HealthCheck {

    static final String NAME = "Text pipeline warm-up";

    private final TextPipelineWarmUp warmUp;

    WarmUpCheck(TextPipelineWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return warmUp.progress().response(NAME);
    }
}
