package org.communique.notifier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.communique.notifier.support.MailServer;
import org.communique.testing.KafkaResource;
import org.communique.testing.PostgresResource;

/** A real Kafka broker, PostgreSQL and SMTP server for every @QuarkusTest of this module (one Quarkus start). */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
public class TestInfrastructure {
}
