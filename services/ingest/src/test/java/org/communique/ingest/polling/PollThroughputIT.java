package org.communique.ingest.polling;

import org.communique.contracts.Topics;
import org.communique.ingest.durability.IngestProcess;
import org.communique.testing.ChildProcessKafka;
import org.communique.testing.EmbeddedPostgresServer;
import org.communique.testing.FreePorts;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How many polls one ingest instance sustains against a local feed server: the packaged application with its
 * default poller settings polls a few hundred RSS sources, each due every second, so the scheduler never
 * runs out of work. Measured three ways (first polls that ingest new items; polls answered 304; polls of
 * unchanged feeds without validators) and printed; only correctness is asserted.
 */
class PollThroughputIT {

    private static final int SOURCES = Integer.getInteger("throughput.sources", 300);
    private static final int ITEMS = 5;
    private static final Duration WINDOW = Duration.parse(System.getProperty("throughput.window", "PT20S"));
    private static final String ADMIN_KEY = "throughput-admin-key";

    @Test
    void pollsPerSecondOfOneInstance() throws Exception {
        Path work = Path.of("target", "durability", "throughput-" + Instant.now().toEpochMilli());
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl("ingest_throughput_" + Instant.now().toEpochMilli());
        List<String> report = new ArrayList<>();
        try (ChildProcessKafka kafka = ChildProcessKafka.start(work.resolve("kafka"));
             FeedServer feeds = FeedServer.start().countOnly()) {
            kafka.createTopic(Topics.PRESS_RELEASES, 3);
            List<FeedServer.Page> pages = IntStream.range(0, SOURCES).mapToObj(n -> feeds.page(path(n))
                    .etag("\"v1\"")
                    .body(feed(n), StandardCharsets.UTF_8, "application/rss+xml")).toList();
            try (IngestProcess ingest = IngestProcess.start(FreePorts.one(), Map.of(
                    "QUARKUS_PROFILE", "local,raised-limits",
                    "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "COMMUNIQUE_ADMIN_KEY", ADMIN_KEY,
                    "COMMUNIQUE_INGEST_SOURCES_MIN_POLL_INTERVAL", "1s"), work.resolve("ingest.log"))) {
                HttpClient http = HttpClient.newHttpClient();

                // first polls: every source is due at once and each has new items
                Instant created = Instant.now();
                for (int n = 0; n < SOURCES; n++) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingest.url() + "/api/v1/sources"))
                            .header("Authorization", "Bearer " + ADMIN_KEY)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Feed " + n + "\",\"kind\":\"RSS\","
                                    + "\"url\":\"" + feeds.url(path(n)) + "\",\"pollInterval\":\"PT1S\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                }
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                        .until(() -> IntStream.range(0, SOURCES).allMatch(n -> feeds.count(path(n)) > 0));
                double cold = SOURCES / seconds(Duration.between(created, Instant.now()));
                report.add(String.format("first polls (%d new items each, ingested and published): %.1f polls/s "
                        + "(%d sources in %.1f s, including creating them)", ITEMS, cold, SOURCES,
                        seconds(Duration.between(created, Instant.now()))));

                // steady state with conditional GETs: 304s
                report.add(String.format("polls answered 304 (conditional GET): %.1f polls/s", window(feeds)));

                // steady state without validators: the feed is read and parsed, every item found unchanged
                pages.forEach(page -> page.etag(null));
                await().atMost(Duration.ofMinutes(1)).until(() -> window(feeds) > 0);
                report.add(String.format("polls of unchanged feeds without ETag (read, parsed, %d items compared): "
                        + "%.1f polls/s", ITEMS, window(feeds)));
            }
            try (TopicProbe probe = TopicProbe.of(kafka.bootstrapServers(), Topics.PRESS_RELEASES)) {
                int expected = SOURCES * ITEMS;
                await().atMost(Duration.ofMinutes(2)).until(() -> probe.records().size() >= expected);
                assertThat(probe.records()).as("every item once, however often it was polled").hasSize(expected);
            }
        }
        String text = "POLL THROUGHPUT (one instance, default settings: concurrency 4, tick 1s; " + SOURCES
                + " RSS sources due every second; feed server in the test JVM)\n  " + String.join("\n  ", report) + "\n";
        System.out.println(text);
        Files.writeString(work.resolve("summary.txt"), text);
    }

    /** Feed requests per second over one measuring window. */
    private static double window(FeedServer feeds) {
        int before = requests(feeds);
        Instant start = Instant.now();
        await().atMost(WINDOW.plusSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Duration.between(start, Instant.now()).compareTo(WINDOW) >= 0);
        int after = requests(feeds);
        return (after - before) / seconds(Duration.between(start, Instant.now()));
    }

    private static int requests(FeedServer feeds) {
        return feeds.total();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String path(int n) {
        return "/feeds/" + n + ".rss";
    }

    private static String feed(int n) {
        Feeds.Item[] items = IntStream.range(0, ITEMS).mapToObj(i -> new Feeds.Item("feed-" + n + "-item-" + i,
                "https://site" + n + ".example/news/" + i, "Release " + i + " of site " + n, words(n * 100L + i), null))
                .toArray(Feeds.Item[]::new);
        return Feeds.rss("UTF-8", items);
    }

    /** A body of its own: items of different sites must not look like one story. */
    private static String words(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int word = 0; word < 50; word++) {
            int length = 4 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString().strip() + ".";
    }
}
