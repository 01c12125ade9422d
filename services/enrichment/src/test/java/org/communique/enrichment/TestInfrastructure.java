package org.communique.enrichment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.communique.testing.KafkaResource;
import org.communique.testing.PostgresResource;

/** A real Kafka broker and a real PostgreSQL for every {@code @QuarkusTest} of the module (one Quarkus start). */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "enrichment"))
public class TestInfrastructure {
}
