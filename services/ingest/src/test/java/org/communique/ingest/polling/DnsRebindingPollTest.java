package org.communique.ingest.polling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.contracts.SourceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A polled source whose name rebinds: 127.0.0.2 (allowlisted in the test profile, standing in for a public
 * address) to the guard's lookup, 127.0.0.1 to any later one. The feed server listens on 127.0.0.1 and
 * would serve the feed; the poll connects only to the address checked, fails with a clear error, and the
 * server sees no request.
 */
@QuarkusTest
class DnsRebindingPollTest {

    private static final String HOST = "feeds.rebind.test";

    @Inject
    SourcePoller poller;

    @Inject
    ScriptedResolver dns;

    private FeedServer server;

    @BeforeEach
    void setUp() {
        server = FeedServer.start();
    }

    @AfterEach
    void tearDown() {
        server.close();
        dns.clear();
    }

    @Test
    void aRebindingFeedFailsThePollWithoutReachingLoopback() {
        server.page("/feed.rss").body(Feeds.rss("UTF-8", Feeds.item("internal-1", "Internal note", "Not for you.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        dns.script(HOST, "127.0.0.2", "127.0.0.1");
        UUID source = PolledSources.create("RSS", "http://" + HOST + ":" + server.port() + "/feed.rss");

        PollOutcome outcome = poller.poll(source).orElseThrow();

        assertThat(outcome.result()).isEqualTo(PollOutcome.Result.FAILED);
        assertThat(outcome.error()).isEqualTo("could not connect to http://" + HOST + ":" + server.port()
                + "/feed.rss (connection refused or unreachable)");
        assertThat(server.total()).isZero();
        assertThat(dns.lookups(HOST)).isEqualTo(1);
        assertThat(PolledSources.state(source).lastError).isEqualTo(outcome.error());
        assertThat(PolledSources.state(source).status).isEqualTo(SourceStatus.DEGRADED);
        assertThat(PolledSources.outboxRows(source)).isZero();
    }
}
