package org.communique.ingest.http;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Ingest with a pool of two connections that gives up waiting for one after half a second. */
public class TinyPoolProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.max-size", "2",
                "quarkus.datasource.jdbc.min-size", "0",
                "quarkus.datasource.jdbc.initial-size", "0",
                "quarkus.datasource.jdbc.acquisition-timeout", "0.5s");
    }
}
