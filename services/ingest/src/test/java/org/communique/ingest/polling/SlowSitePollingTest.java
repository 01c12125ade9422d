package org.communique.ingest.polling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A site that never answers holds one polling slot; the scheduler goes on polling everyone else meanwhile. */
@QuarkusTest
class SlowSitePollingTest {

    @Inject
    PollScheduler scheduler;

    private final FeedServer server = FeedServer.start();

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aSiteThatNeverAnswersDoesNotDelayTheOthers() {
        server.page("/slow.rss").hang();
        UUID slow = PolledSources.create("RSS", server.url("/slow.rss"));
        scheduler.startDue();                               // hands the slow poll to a slot, does not wait
        await().atMost(Duration.ofSeconds(10)).until(() -> server.requests("/slow.rss").size() == 1);

        server.page("/fast.rss").body(Feeds.rss("UTF-8", Feeds.item("fast-1", "Fast news", "Text.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        UUID fast = PolledSources.create("RSS", server.url("/fast.rss"));
        scheduler.startDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> PolledSources.state(fast).lastSuccessAt != null);
        // the fast site was read and recorded while the slow one was still holding its connection
        assertThat(PolledSources.outboxRows(fast)).isEqualTo(1);
        assertThat(PolledSources.state(slow).lastPolledAt).isNull();
        assertThat(server.requests("/slow.rss")).hasSize(1);
    }
}
