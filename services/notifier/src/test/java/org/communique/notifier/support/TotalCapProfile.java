package org.communique.notifier.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The service full: at most one live subscription in total, whoever asks. */
public class TotalCapProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("communique.notifier.limits.max-subscriptions", "1");
    }
}
