package org.communique.ingest.polling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.ingest.Admin;
import org.communique.ingest.sources.SourcePoll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The one scheduled job polls the sources that are due, each on its own schedule. */
@QuarkusTest
class PollSchedulerTest {

    @Inject
    PollScheduler scheduler;

    private FeedServer server;

    @BeforeEach
    void setUp() {
        server = FeedServer.start();
        for (String path : new String[] {"/due.rss", "/later.rss", "/off.rss"}) {
            server.page(path).body(Feeds.rss("UTF-8", Feeds.item(path, "Release at " + path, "Text.")),
                    StandardCharsets.UTF_8, "application/rss+xml");
        }
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void dueSourcesArePolledAndRescheduledByTheirOwnInterval() {
        UUID due = PolledSources.create("RSS", server.url("/due.rss"), Map.of("pollInterval", "PT20M"));
        UUID later = PolledSources.create("RSS", server.url("/later.rss"));
        UUID off = PolledSources.create("RSS", server.url("/off.rss"));
        dueAt(later, Instant.now().plus(Duration.ofHours(1)));
        Admin.request().delete("/api/v1/sources/" + off).then().statusCode(200);

        scheduler.pollDue();

        assertThat(server.requests("/due.rss")).hasSize(1);
        assertThat(server.requests("/later.rss")).isEmpty();
        assertThat(server.requests("/off.rss")).isEmpty();
        assertThat(PolledSources.state(due).nextPollAt)
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(20)), within(Duration.ofMinutes(1)));

        scheduler.pollDue();
        assertThat(server.requests("/due.rss")).hasSize(1);
    }

    @Test
    void changedUrlIsPolledAtOnceWithoutOldValidators() {
        server.page("/due.rss").etag("\"abc\"");
        UUID source = PolledSources.create("RSS", server.url("/due.rss"));
        scheduler.pollDue();
        assertThat(PolledSources.state(source).etag).isEqualTo("\"abc\"");

        Admin.updateSource(source.toString(), Map.of("url", server.url("/later.rss"))).statusCode(200);
        scheduler.pollDue();

        assertThat(server.requests("/later.rss")).singleElement()
                .extracting(FeedServer.Request::ifNoneMatch).isNull();
    }

    private static void dueAt(UUID source, Instant when) {
        QuarkusTransaction.requiringNew().run(() -> SourcePoll.update("nextPollAt = ?1 where sourceId = ?2", when, source));
    }
}
