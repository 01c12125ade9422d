package org.communique.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command against a real broker (in-process KRaft), topics named per test run. */
class CliTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String ENRICHED = "enriched-" + RUN;
    private static String bootstrap;

    private static final String VISIT = """
            {"release": {"id": "11111111-1111-1111-1111-111111111111", "version": 1,
              "source": {"id": "22222222-2222-2222-2222-222222222222", "name": "MFA KG", "country": "KG"},
              "title": "Садыр Жапаров посетит Казахстан", "body": "...", "language": "ru",
              "ingestedAt": "2024-02-01T09:00:00Z", "contentHash": "x"},
             "enrichedAt": "2024-02-01T09:00:01Z",
             "tags": {"countries": [{"code": "KG", "name": "Kyrgyzstan", "mentions": []},
                                    {"code": "KZ", "name": "Kazakhstan", "mentions": []}],
                      "officials": [{"id": "kg-japarov", "name": "Sadyr Japarov", "country": "KG", "mentions": [], "resolvedFrom": "name"}],
                      "organizations": [], "kbVersion": 1,
                      "events": [{"type": "VISIT", "kind": "OFFICIAL", "status": "PLANNED", "visitorCountry": "KG", "hostCountry": "KZ"}]}}""";
    private static final String CALL = """
            {"release": {"id": "33333333-3333-3333-3333-333333333333", "version": 1,
              "source": {"id": "22222222-2222-2222-2222-222222222222", "name": "MFA UZ", "country": "UZ"},
              "title": "Phone call with the minister of Turkey", "body": "...", "language": "en",
              "ingestedAt": "2024-02-01T09:00:00Z", "contentHash": "y"},
             "enrichedAt": "2024-02-01T09:00:01Z",
             "tags": {"countries": [{"code": "TR", "name": "Turkey", "mentions": []}], "officials": [],
                      "organizations": [], "kbVersion": 1, "events": [{"type": "CALL"}]}}""";

    @BeforeAll
    static void topics() throws Exception {
        bootstrap = InProcessKafka.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(ENRICHED, 1, (short) 1),
                    new NewTopic(ENRICHED + ".dlq", 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(ENRICHED, "11111111-1111-1111-1111-111111111111", VISIT)).get();
            producer.send(new ProducerRecord<>(ENRICHED, "33333333-3333-3333-3333-333333333333", CALL)).get();
            ProducerRecord<String, String> letter = new ProducerRecord<>(ENRICHED + ".dlq", "k-1", "{not json");
            letter.headers().add("ce_type", "org.communique.release.enriched.v1".getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-reason", "EnrichedRelease: Unexpected character".getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-topic", ENRICHED.getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-partition", "0".getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-offset", "7".getBytes(StandardCharsets.UTF_8));
            producer.send(letter).get();
        }
    }

    @Test
    void topicsListsEveryTopicWithItsRecordCount() {
        Run run = run("topics");
        assertThat(run.code).isZero();
        assertThat(run.out).containsPattern(ENRICHED.replace(".", "\\.") + " +1 +2\\b");
    }

    @Test
    void tailFiltersByCountryAndEventTypeAndShowsTheTags() {
        Run run = run("tail", ENRICHED, "--from-beginning", "--type", "visit", "--country", "KZ",
                "--idle-timeout", "PT3S");
        assertThat(run.code).isZero();
        assertThat(run.out).contains("Садыр Жапаров посетит Казахстан", "VISIT KG→KZ OFFICIAL PLANNED",
                "officials: Sadyr Japarov (KG)").doesNotContain("Phone call");
        Run calls = run("tail", ENRICHED, "--from-beginning", "--type", "CALL", "--max", "1");
        assertThat(calls.out).contains("Phone call").doesNotContain("Жапаров");
    }

    @Test
    void lagShowsCommittedEndAndLagPerGroup() throws Exception {
        String group = "group-" + RUN;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, group),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.commitSync(Map.of(new TopicPartition(ENRICHED, 0), new OffsetAndMetadata(1)));
        }
        Run run = run("lag");
        assertThat(run.code).isZero();
        assertThat(run.out).containsPattern(group + " +" + ENRICHED.replace(".", "\\.") + " +0 +1 +2 +1\\b");
    }

    @Test
    void dlqListsReasonsAndReplaySendsTheRecordBack() {
        Run list = run("dlq", ENRICHED);
        assertThat(list.code).isZero();
        assertThat(list.out).contains("1 dead letter(s)", "reason: EnrichedRelease: Unexpected character",
                "from " + ENRICHED + "@0:7");

        Run replay = run("dlq", "replay", ENRICHED, "0");
        assertThat(replay.code).as(replay.err).isZero();
        assertThat(replay.out).contains("replayed " + ENRICHED + ".dlq-0@0 to " + ENRICHED);
        try (TopicProbe probe = TopicProbe.of(bootstrap, ENRICHED)) {
            org.awaitility.Awaitility.await().until(() -> !probe.recordsWithKey("k-1").isEmpty());
            var back = probe.recordsWithKey("k-1").get(0);
            assertThat(back.value()).isEqualTo("{not json");
            assertThat(TopicProbe.header(back, "ce_type")).isEqualTo("org.communique.release.enriched.v1");
            assertThat(TopicProbe.header(back, "dead-letter-reason")).isNull();
        }
        assertThat(run("dlq", "replay", ENRICHED, "99").code).isEqualTo(2);
    }

    @Test
    void replaySendsRecordsSinceATimeAgainWithAProgressLine() {
        String topic = "replay-" + RUN;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
             KafkaProducer<String, String> producer = producer()) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, "r" + i, "{\"n\": " + i + "}")).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Run dry = run("replay", "--topic", topic, "--since", "PT1H", "--dry-run");
        assertThat(dry.out).contains(topic + ": 5 record(s) since", "dry run");

        Run run = run("replay", "--topic", topic, "--since", "2000-01-01");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("replayed 5 record(s)");
        assertThat(run.err).contains("replaying 5/5 (100%)");
        try (TopicProbe probe = TopicProbe.of(bootstrap, topic)) {
            org.awaitility.Awaitility.await().until(() -> probe.records().size() == 10);
        }
        assertThat(run("replay", "--topic", topic, "--since", "yesterday").code).isEqualTo(2);
    }

    @Test
    void theBrokerDefaultsToTheLocalStack() {
        assertThat(Broker.localDefault()).startsWith("localhost:");
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Communique.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] withBroker = new String[args.length + 2];
        System.arraycopy(args, 0, withBroker, 0, args.length);
        withBroker[args.length] = "--bootstrap-server";
        withBroker[args.length + 1] = bootstrap;
        int code = cli.execute(withBroker);
        return new Run(code, out.toString(), err.toString());
    }
}
