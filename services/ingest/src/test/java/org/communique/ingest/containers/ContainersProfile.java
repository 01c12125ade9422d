package org.communique.ingest.containers;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** Ingest against Kafka and PostgreSQL in Docker containers instead of the in-process ones. */
public class ContainersProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ContainersResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
