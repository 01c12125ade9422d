package org.communique.ingest.outbox;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Ingest whose relay claims from the first row every two seconds rather than every minute. */
public class RescanProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("communique.outbox.rescan-interval", "2s");
    }
}
