package org.communique.ingest.contracts;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.communique.testing.contracts.AsyncApiCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What ingest really puts on its topics is what asyncapi.yaml and the JSON Schemas say. */
@QuarkusTest
class ProducedRecordsContractTest {

    private final AsyncApiCheck asyncApi = AsyncApiCheck.load();

    @Test
    void releasesOnTheTopicMatchTheDocument() {
        Feeder feeder = Feeders.create("MFA of Kyrgyzstan", "KG");
        Map<String, Object> release = Feeders.release("Садыр Жапаров посетит Казахстан",
                "Президент Кыргызстана Садыр Жапаров посетит Казахстан с официальным визитом.");
        release.put("url", "https://mfa.gov.kg/ru/news/1");
        release.put("language", "ru");
        release.put("publishedAt", "2024-02-01T09:00:00Z");
        String id = feeder.post(release).statusCode(202).extract().path("id");

        try (TopicProbe probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !probe.recordsWithKey(id).isEmpty());
            ConsumerRecord<String, String> record = probe.recordsWithKey(id).get(0);
            assertThat(asyncApi.mismatches(record)).isEmpty();
            // every record on the topic so far, from every test of this run
            assertThat(probe.records()).allSatisfy(r -> assertThat(asyncApi.mismatches(r)).isEmpty());

            // the check can fail: a record without its title, or without its ce_type, is not as documented
            ConsumerRecord<String, String> untitled = copy(record, record.value().replaceFirst("\"title\"", "\"heading\""));
            assertThat(asyncApi.mismatches(untitled)).anySatisfy(m -> assertThat(m).contains("title"));
            ConsumerRecord<String, String> untyped = copy(record, record.value());
            untyped.headers().remove("ce_time");
            assertThat(asyncApi.mismatches(untyped)).anySatisfy(m -> assertThat(m).contains("ce_time"));
        }
    }

    @Test
    void sourceHealthRecordsSoFarMatchTheDocument() {
        try (TopicProbe probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.SOURCES_HEALTH)) {
            assertThat(probe.records()).allSatisfy(r -> assertThat(asyncApi.mismatches(r)).isEmpty());
        }
        assertThat(asyncApi.topics()).contains(Topics.PRESS_RELEASES, Topics.SOURCES_HEALTH);
    }

    private static ConsumerRecord<String, String> copy(ConsumerRecord<String, String> r, String value) {
        ConsumerRecord<String, String> copy = new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(), value);
        r.headers().forEach(h -> copy.headers().add(h));
        return copy;
    }
}
