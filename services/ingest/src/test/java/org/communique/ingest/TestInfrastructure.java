package org.communique.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.communique.testing.KafkaResource;
import org.communique.testing.PostgresResource;

/** Real Kafka and PostgreSQL for every @QuarkusTest of this module, started once per JVM. */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
public class TestInfrastructure {
}
