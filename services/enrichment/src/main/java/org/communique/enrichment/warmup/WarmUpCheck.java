package org.communique.enrichment.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until the tagger's warm-up is over, so no traffic is routed to an instance whose code is not compiled yet. */
@Readiness
@ApplicationScoped
public class WarmUpCheck implements HealthCheck {

    static final String NAME = "Tagger warm-up";

    private final TaggerWarmUp warmUp;

    WarmUpCheck(TaggerWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return warmUp.progress().response(NAME);
    }
}
