package org.communique.ingest.polling;

import io.vertx.core.Vertx;
import org.communique.platform.net.HostResolver;
import org.communique.platform.net.PrivateTargetAllowlist;
import org.communique.platform.net.TargetGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a hostile site can send the fetcher: redirects into our own network, gzip bombs, endless and
 * dripping bodies. Each is refused or cut, and the figures (bytes read, requests made) are printed.
 * The site is served on {@code localhost}, the only private name this fetcher's guard lets through.
 */
class HostileFetchTest {

    private static final int MAX_BYTES = 1 << 20;
    private static final Duration TOTAL = Duration.ofSeconds(3);

    private final FeedServer server = FeedServer.start();
    private final Vertx vertx = Vertx.vertx();
    private final HttpFetcher fetcher = new HttpFetcher(vertx, Duration.ofSeconds(2), Duration.ofSeconds(2), TOTAL,
            MAX_BYTES, MAX_BYTES, "test",
            new TargetGuard(PrivateTargetAllowlist.of(List.of("localhost")), HostResolver.SYSTEM));

    @AfterEach
    void tearDown() {
        server.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/target", "http://[::1]:%d/target", "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/target", "http://10.255.255.254:%d/target", "http://[::ffff:127.0.0.1]:%d/target",
            "http://0.0.0.0:%d/target", "http://2130706433:%d/target"})
    void redirectsIntoOurNetworkAreRefusedBeforeAnyRequest(String target) {
        String location = target.formatted(server.port());
        server.page("/start").redirect(302, location);
        server.page("/target").body("secret", StandardCharsets.UTF_8, "text/plain");

        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/start")), HttpFetcher.FEED_TYPES,
                Validators.NONE)).isInstanceOf(PollFailure.class).hasMessageContaining("refused");

        assertThat(server.requests("/start")).hasSize(1);
        assertThat(server.requests("/target")).isEmpty();
        System.out.printf("hostile: redirect to %s refused, requests to it: %d%n", location,
                server.requests("/target").size());
    }

    @Test
    void aChainOfRedirectsEndsAtTheLimit() {
        for (int i = 0; i < 10; i++) {
            server.page("/hop" + i).redirect(302, server.url("/hop" + (i + 1)));
        }
        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/hop0")), HttpFetcher.FEED_TYPES,
                Validators.NONE)).isInstanceOf(PollFailure.class).hasMessageContaining("more than 5 redirects");
        assertThat(server.total()).isEqualTo(6);
    }

    @Test
    void aGzipBombIsCutAtTheDecompressedLimit() throws IOException {
        byte[] bomb = gzipOfZeros(256L << 20);              // 256 MiB of zeros, about 250 KiB compressed
        server.page("/bomb.rss").gzipped(bomb, "application/rss+xml");
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/bomb.rss")), HttpFetcher.FEED_TYPES,
                Validators.NONE)).isInstanceOf(PollFailure.class)
                .hasMessageContaining("larger than " + MAX_BYTES + " bytes once decompressed");

        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("hostile: gzip bomb of %d compressed bytes (256 MiB inflated) refused at %d bytes;"
                + " heap %d -> %d MiB%n", bomb.length, MAX_BYTES, before >> 20, after >> 20);
    }

    @Test
    void anEndlessBodyIsCutAtTheSizeLimit() {
        server.page("/huge.rss").endless(10L << 30);        // announces 10 GiB
        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/huge.rss")), HttpFetcher.FEED_TYPES,
                Validators.NONE)).isInstanceOf(PollFailure.class).hasMessageContaining("larger than " + MAX_BYTES);
        System.out.printf("hostile: 10 GiB body cut after the server wrote %d bytes%n", server.bodyBytesSent());
    }

    @Test
    void aSlowDripIsCutAtTheTimeLimit() {
        server.page("/drip.rss").drip(Duration.ofMillis(200));
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.url("/drip.rss")), HttpFetcher.FEED_TYPES,
                Validators.NONE)).isInstanceOf(PollFailure.class).hasMessageContaining("no complete response");
        System.out.printf("hostile: slow drip cut after %d ms, %d bytes received%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), server.bodyBytesSent());
    }

    @Test
    void theFirstUrlIsGuardedToo() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + server.port() + "/x"),
                HttpFetcher.FEED_TYPES, Validators.NONE)).isInstanceOf(PollFailure.class)
                .hasMessageContaining("loopback");
        assertThat(server.total()).isZero();
    }

    private static byte[] gzipOfZeros(long length) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < length; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return compressed.toByteArray();
    }
}
