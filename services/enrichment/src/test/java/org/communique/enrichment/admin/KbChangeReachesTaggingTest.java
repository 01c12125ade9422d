package org.communique.enrichment.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Tags;
import org.communique.contracts.Topics;
import org.communique.enrichment.kb.KnowledgeBaseEditor;
import org.communique.enrichment.tagger.kb.AliasKind;
import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.enrichment.admin.Admin.admin;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A knowledge-base change changes the tags of the very next release, on the API and on Kafka, without a restart. */
@QuarkusTest
class KbChangeReachesTaggingTest {

    private static final String PUBLISHED = "2031-03-01";

    @Inject
    KnowledgeBaseEditor editor;

    @Test
    void aPersonAddedThroughTheAdminApiIsTaggedInTheNextRelease() {
        String id = Admin.uniqueId("kamil-testov");
        String text = "Министр иностранных дел Тувалу Камиль Тестов прибыл в Бишкек с рабочим визитом.";
        tag(text).then().statusCode(200).body("tags.officials.id", not(hasItem(id)));

        admin().body(Admin.person(id, "Kamil Testov", "Камиль Тестов", "2030-01-01", null))
                .post("/api/v1/kb/people").then().statusCode(201);

        tag(text).then().statusCode(200).body("tags.officials.id", hasItem(id));
        // the role resolves to the new holder too
        tag("Министр иностранных дел Тувалу прибыл в Бишкек.").then().body("tags.officials.id", hasItem(id));

        try (TopicProbe enriched = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED)) {
            PressRelease release = release(text);
            TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES, release.id().toString(),
                    EventJson.encode(release));
            await().atMost(Duration.ofSeconds(30)).until(() -> !enriched.recordsWithKey(release.id().toString()).isEmpty());
            ConsumerRecord<String, String> record = enriched.recordsWithKey(release.id().toString()).get(0);
            Tags tags = EventJson.decode(record.value(), EnrichedRelease.class).tags();
            assertThat(tags.officials()).extracting(Tags.OfficialTag::id).contains(id);
            assertThat(tags.events()).first().satisfies(e -> assertThat(e.visitors()).contains(id));
        }
    }

    @Test
    void aChangeCommittedElsewhereReachesThisInstanceThroughTheDatabase() {
        // written straight to the database, as another instance would: only the change notification can tell
        // this instance (polling runs every ten minutes in the test profile)
        String text = "Делегация прибыла в Кок-Жангак для переговоров.";
        tag(text).then().body("tags.countries.code", not(hasItem("KG")));
        CountryAlias town = new CountryAlias(AliasKind.CITY, "Кок-Жангак", null);
        editor.editCountry("KG", c -> {
            List<CountryAlias> aliases = new ArrayList<>(c.aliases());
            aliases.add(town);
            return new Country(c.code(), c.names(), aliases);
        }, c -> "{}");
        try {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    tag(text).then().body("tags.countries.code", hasItem("KG")));
        } finally {
            editor.editCountry("KG", c -> new Country(c.code(), c.names(),
                    c.aliases().stream().filter(a -> !a.equals(town)).toList()), c -> "{}");
        }
    }

    private static io.restassured.response.Response tag(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", PUBLISHED))
                .post("/api/v1/tag");
    }

    private static PressRelease release(String text) {
        UUID id = UUID.randomUUID();
        return new PressRelease(id, 1, new SourceRef(UUID.randomUUID(), "МИД КР", "KG"),
                "https://example.org/releases/" + id, "ru", "Визит", text,
                Instant.parse(PUBLISHED + "T06:00:00Z"), Instant.parse(PUBLISHED + "T06:05:00Z"), "sha256:" + id, null);
    }
}
