package org.communique.notifier.streams;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.subscriptions.Subscription;
import org.communique.notifier.support.Clients;
import org.communique.notifier.support.SubscriptionsApi;
import org.jboss.resteasy.reactive.server.jaxrs.SseImpl;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that stops reading is dropped, not buffered without end: its connection never takes the events
 * written to it (a sink whose writes never complete, as a full socket leaves them), so past
 * {@code max-pending-events} the stream is closed and nothing more is handed to it.
 */
@QuarkusTest
class StalledReaderTest {

    @Inject
    AlertStreams streams;

    @Inject
    NotifierConfig config;

    @Test
    void aStreamWhoseClientStopsReadingIsDroppedAtItsPendingCap() {
        SubscriptionsApi.Created created = Clients.created("{\"type\": \"sse\"}");
        UUID id = UUID.fromString(created.id());
        Subscription subscription = QuarkusTransaction.requiringNew().call(() -> Subscription.<Subscription>findById(id));
        StalledSink sink = new StalledSink();
        streams.open(subscription, 0, sink, SseImpl.INSTANCE);
        assertThat(streams.open(id)).isEqualTo(1);

        int cap = config.streams().maxPendingEvents();
        for (int i = 0; i < cap + 100; i++) {
            streams.heartbeat();
        }

        assertThat(sink.closed).isTrue();
        assertThat(streams.open(id)).isZero();
        assertThat(sink.handed.get()).isLessThanOrEqualTo(cap);
        int handed = sink.handed.get();
        streams.heartbeat();
        assertThat(sink.handed.get()).isEqualTo(handed);
        System.out.printf("stalled reader: dropped after %d unread events (cap %d), %d writes offered%n",
                handed, cap, cap + 100);
    }

    /** The server side of a connection whose client reads nothing: every write stays pending. */
    private static final class StalledSink implements SseEventSink {
        final AtomicInteger handed = new AtomicInteger();
        volatile boolean closed;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            handed.incrementAndGet();
            return new CompletableFuture<>();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
