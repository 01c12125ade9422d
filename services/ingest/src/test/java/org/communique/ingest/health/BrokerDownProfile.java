package org.communique.ingest.health;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.communique.testing.PostgresResource;

import java.util.List;
import java.util.Map;

/** Ingest against the embedded PostgreSQL and a broker the test can stop. */
public class BrokerDownProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PostgresResource.class, Map.of("database", "ingest")),
                new TestResourceEntry(StoppableBroker.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
