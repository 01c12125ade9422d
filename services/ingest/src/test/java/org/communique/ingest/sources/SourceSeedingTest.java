package org.communique.ingest.sources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.communique.ingest.IngestConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The test profile seeds one source (src/test/resources/application-test.properties); the local demo source is not there. */
@QuarkusTest
class SourceSeedingTest {

    @Inject
    SourceSeeder seeder;

    private static final Map<String, String> RELEASE = Map.of(
            "title", "Seeded source check", "body", "A release from the source the configuration created.");

    @Test
    void configuredSourceIsCreatedWithItsKeyHashed() {
        Source seeded = QuarkusTransaction.requiringNew().call(() -> Source.findByName("Seeded test feeder").orElseThrow());

        assertThat(seeded.kind).isEqualTo(SourceKind.PUSH);
        assertThat(seeded.country).isEqualTo("KZ");
        assertThat(seeded.enabled).isTrue();
        assertThat(seeded.keyHash).isEqualTo(SourceKeys.hash("seeded-test-key")).isNotEqualTo("seeded-test-key");
        given().header("Authorization", "Bearer seeded-test-key")
                .contentType(ContentType.JSON).body(RELEASE)
                .post("/api/v1/releases")
                .then().statusCode(202);
    }

    @Test
    void seedingAgainReKeysTheSameSource() {
        Source before = QuarkusTransaction.requiringNew().call(() -> Source.findByName("Seeded test feeder").orElseThrow());

        QuarkusTransaction.requiringNew().run(() -> seeder.seed(new Seed("Seeded test feeder", "rotated-key", "kz")));
        try {
            Source after = QuarkusTransaction.requiringNew().call(() -> Source.findByName("Seeded test feeder").orElseThrow());
            assertThat(after.id).isEqualTo(before.id);
            assertThat(after.keyHash).isEqualTo(SourceKeys.hash("rotated-key"));
            given().header("Authorization", "Bearer seeded-test-key")
                    .contentType(ContentType.JSON).body(RELEASE)
                    .post("/api/v1/releases")
                    .then().statusCode(401);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> seeder.seed(new Seed("Seeded test feeder", "seeded-test-key", "KZ")));
        }
    }

    @Test
    void localDemoSourceExistsOnlyInTheLocalProfile() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> Source.findByName("Local demo"))).isEmpty();
        given().header("Authorization", "Bearer local-demo-key")
                .contentType(ContentType.JSON).body(RELEASE)
                .post("/api/v1/releases")
                .then().statusCode(401).body("status", equalTo(401));
    }

    private record Seed(String name, String key, String countryCode) implements IngestConfig.SeedSource {

        @Override
        public Optional<String> country() {
            return Optional.of(countryCode);
        }
    }
}
