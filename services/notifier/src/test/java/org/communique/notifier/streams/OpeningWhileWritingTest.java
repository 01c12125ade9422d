package org.communique.notifier.streams;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import jakarta.inject.Inject;
import org.communique.notifier.support.Clients;
import org.communique.notifier.support.SubscriptionsApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Streams opened while another thread writes to every open stream (the heartbeat, here every few milliseconds
 * instead of every 15 s; the pusher does the same with alerts and notices) all open whole and stay open. A stream
 * the instance counts must have had its head sent before anything else writes to it: RESTEasy sends the head
 * after the resource method returns, and a write from another thread in between raced it ("Response head already
 * sent"), which left the stream closed after a 200 (or the heartbeat thrown out of its round).
 */
@QuarkusTest
@TestProfile(OpeningWhileWritingTest.Profile.class)
class OpeningWhileWritingTest {

    private static final int SUBSCRIPTIONS = 40;
    private static final int PER_SUBSCRIPTION = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long BEAT_MILLIS = 5;

    /**
     * A heartbeat every few milliseconds piles up writes that a loaded event loop flushes late; the pending cap
     * would take such a stream for a stalled reader and drop it, which is {@code StalledReaderTest}'s business,
     * not this test's.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("communique.notifier.streams.max-pending-events", "1000000");
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    AlertStreams streams;

    private HttpClient client;
    private ScheduledExecutorService beating;

    @AfterEach
    void close() throws InterruptedException {
        if (beating != null) {
            beating.shutdownNow();
            beating.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (client != null) {
            client.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    /** One client stream: the bytes it has read, and whether the server ended or broke it. */
    private record Stream(SubscriptionsApi.Created subscription, Future<Integer> status, AtomicLong bytes,
                          AtomicInteger ended) {
    }

    @Test
    void streamsOpenedWhileEveryOpenStreamIsWrittenToAllStayOpenAndReadable() throws Exception {
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost")
                .setDefaultPort(RestAssured.port).setKeepAlive(false), new PoolOptions().setHttp1MaxSize(1000));
        List<SubscriptionsApi.Created> subscriptions = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            subscriptions.add(Clients.created("{\"type\": \"sse\"}"));
        }

        AtomicInteger heartbeatsThrown = new AtomicInteger();
        beating = Executors.newSingleThreadScheduledExecutor();
        beating.scheduleWithFixedDelay(() -> {
            try {
                streams.heartbeat();
            } catch (RuntimeException e) {
                heartbeatsThrown.incrementAndGet();
            }
        }, 0, BEAT_MILLIS, TimeUnit.MILLISECONDS);

        List<Stream> opened = new ArrayList<>();
        for (SubscriptionsApi.Created subscription : subscriptions) {
            for (int i = 0; i < PER_SUBSCRIPTION; i++) {
                opened.add(open(subscription));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Stream stream : opened) {
            statuses.add(stream.status().toCompletionStage().toCompletableFuture().get(2, TimeUnit.MINUTES));
        }
        beating.shutdown();
        assertThat(beating.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(statuses).hasSize(SUBSCRIPTIONS * PER_SUBSCRIPTION).containsOnly(200);
        assertThat(heartbeatsThrown).hasValue(0);
        // every stream still open, as the instance counts it and as its client sees it, and each takes one more write
        long[] before = opened.stream().mapToLong(stream -> stream.bytes().get()).toArray();
        streams.heartbeat();
        await().atMost(PATIENCE).until(() -> opened.stream().anyMatch(stream -> stream.ended().get() > 0)
                || allReadMore(opened, before));
        assertThat(opened.stream().filter(stream -> stream.ended().get() > 0).count()).isZero();
        for (SubscriptionsApi.Created subscription : subscriptions) {
            assertThat(streams.open(UUID.fromString(subscription.id()))).isEqualTo(PER_SUBSCRIPTION);
        }
        System.out.printf("%d streams opened while the heartbeat wrote to every open stream every %d ms: all 200,"
                + " none ended, each read the next heartbeat%n", opened.size(), BEAT_MILLIS);
    }

    private static boolean allReadMore(List<Stream> opened, long[] before) {
        for (int i = 0; i < opened.size(); i++) {
            if (opened.get(i).bytes().get() <= before[i]) {
                return false;
            }
        }
        return true;
    }

    private Stream open(SubscriptionsApi.Created subscription) {
        AtomicLong bytes = new AtomicLong();
        AtomicInteger ended = new AtomicInteger();
        Future<Integer> status = client.request(HttpMethod.GET, "/api/v1/subscriptions/" + subscription.id() + "/stream")
                .compose(request -> request.putHeader("Accept", "text/event-stream")
                        .putHeader("Authorization", "Bearer " + subscription.token()).send())
                .map(response -> {
                    response.handler(chunk -> bytes.addAndGet(chunk.length()));
                    response.endHandler(end -> ended.incrementAndGet());
                    response.exceptionHandler(broken -> ended.incrementAndGet());
                    return response.statusCode();
                });
        return new Stream(subscription, status, bytes, ended);
    }
}
