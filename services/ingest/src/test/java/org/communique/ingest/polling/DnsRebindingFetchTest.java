package org.communique.ingest.polling;

import io.vertx.core.Vertx;
import org.communique.platform.net.HostResolver;
import org.communique.platform.net.PrivateTargetAllowlist;
import org.communique.platform.net.TargetGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DNS rebinding against the fetcher: a name that answers an address the guard accepts to the check and
 * 127.0.0.1 to any later lookup. The site listens on 127.0.0.1 only and records every request. The accepted
 * address is 127.0.0.2, allowlisted here as a stand-in for a public one, so that nothing leaves the machine
 * and a connection to it is refused at once; 127.0.0.1 is not allowlisted, so the guard refuses it whenever
 * it is the answer it checks. A fetcher that resolved the name again when connecting (as {@code java.net.http}
 * does, here through the system resolver, for which {@code localhost} is 127.0.0.1) would reach the site.
 */
class DnsRebindingFetchTest {

    private static final String CHECKED = "127.0.0.2";

    private final FeedServer server = FeedServer.start();
    private final Vertx vertx = Vertx.vertx();
    private final ScriptedResolver dns = new ScriptedResolver();
    private final HttpFetcher fetcher = new HttpFetcher(vertx, Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(4), 1 << 20, 1 << 20, "test",
            new TargetGuard(PrivateTargetAllowlist.of(List.of(CHECKED + "/32", "start.rebind.test")), dns));

    @AfterEach
    void tearDown() {
        server.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckNeverReachesLoopback() {
        server.page("/feed.rss").body(Feeds.rss("UTF-8", Feeds.item("secret", "Internal", "Internal only.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        dns.script("localhost", CHECKED, "127.0.0.1");

        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/feed.rss")), HttpFetcher.FEED_TYPES,
                Validators.NONE)).isInstanceOf(PollFailure.class)
                .hasMessageStartingWith("could not connect to http://localhost:" + server.port() + "/feed.rss")
                .hasMessageContaining("connection refused");

        assertThat(server.total()).isZero();
        assertThat(dns.lookups("localhost")).isEqualTo(1);
        System.out.printf("hostile: DNS rebinding (%s to the check, 127.0.0.1 after): requests to 127.0.0.1: %d,"
                + " lookups: %d%n", CHECKED, server.total(), dns.lookups("localhost"));
    }

    @Test
    void aRedirectHopThatRebindsToLoopbackIsNotRequested() {
        dns.script("start.rebind.test", "127.0.0.1");
        server.page("/start").redirect(302, server.url("/target"));
        server.page("/target").body("secret", StandardCharsets.UTF_8, "text/plain");
        dns.script("localhost", CHECKED, "127.0.0.1");

        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://start.rebind.test:" + server.port() + "/start"),
                HttpFetcher.FEED_TYPES, Validators.NONE)).isInstanceOf(PollFailure.class)
                .hasMessageContaining("could not connect");

        assertThat(server.requests("/start")).hasSize(1);
        assertThat(server.requests("/target")).isEmpty();
    }

    @Test
    void aRedirectHopToTheMetadataAddressIsRefusedBeforeConnecting() {
        dns.script("start.rebind.test", "127.0.0.1");
        dns.script("metadata.rebind.test", "169.254.169.254");
        server.page("/start").redirect(302, "http://metadata.rebind.test/latest/meta-data/");

        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://start.rebind.test:" + server.port() + "/start"),
                HttpFetcher.FEED_TYPES, Validators.NONE)).isInstanceOf(PollFailure.class)
                .hasMessageContaining("was refused: points to a link-local address");

        assertThat(server.requests("/start")).hasSize(1);
        assertThat(dns.lookups("metadata.rebind.test")).isEqualTo(1);
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWithTheNameAsHost() {
        dns.script("start.rebind.test", "127.0.0.1");
        server.page("/feed.rss").body("<rss/>", StandardCharsets.UTF_8, "application/rss+xml");

        Fetched fetched = fetcher.fetch(URI.create("http://start.rebind.test:" + server.port() + "/feed.rss"),
                HttpFetcher.FEED_TYPES, Validators.NONE);

        // the system resolver knows no start.rebind.test: only the checked address can have been used
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(server.requests("/feed.rss")).singleElement()
                .extracting(FeedServer.Request::host).isEqualTo("start.rebind.test:" + server.port());
    }

    @Test
    void whenACheckedAddressRefusesTheNextCheckedOneIsTried() {
        server.page("/feed.rss").body("<rss/>", StandardCharsets.UTF_8, "application/rss+xml");
        HostResolver twoAnswers = host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {127, 0, 0, 2}),
                InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        HttpFetcher both = new HttpFetcher(vertx, Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(4), 1 << 20, 1 << 20, "test",
                new TargetGuard(PrivateTargetAllowlist.of(List.of("127.0.0.0/8")), twoAnswers));

        Fetched fetched = both.fetch(URI.create("http://two.rebind.test:" + server.port() + "/feed.rss"),
                HttpFetcher.FEED_TYPES, Validators.NONE);

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(server.requests("/feed.rss")).hasSize(1);
    }
}
