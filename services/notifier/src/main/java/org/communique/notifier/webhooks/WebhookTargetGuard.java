package org.communique.notifier.webhooks;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.communique.notifier.NotifierConfig;
import org.communique.platform.net.HostResolver;
import org.communique.platform.net.TargetGuard;

import java.util.List;

/** The platform's address guard, with the notifier's private-target allowlist. */
public class WebhookTargetGuard {

    @Produces
    @Singleton
    TargetGuard targetGuard(NotifierConfig config) {
        return new TargetGuard(TargetGuard.allowlist(config.webhooks().allowPrivateTargets(),
                config.webhooks().privateTargetAllowlist().orElse(List.of()), ConfigUtils.getProfiles()),
                HostResolver.SYSTEM);
    }
}
