package org.communique.notifier.streams;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.communique.notifier.support.Clients;
import org.communique.notifier.support.LowLimitsProfile;
import org.communique.notifier.support.SseReader;
import org.communique.notifier.support.SubscriptionsApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Open streams are capped per subscription (429) and per instance (503), over HTTP as a client sees it. */
@QuarkusTest
@TestProfile(LowLimitsProfile.class)
class StreamLimitsTest {

    @TestHTTPResource("/api/v1/subscriptions")
    URL subscriptions;

    private final List<SseReader> open = new ArrayList<>();

    @AfterEach
    void closeStreams() throws IOException {
        for (SseReader reader : open) {
            reader.close();
        }
    }

    @Test
    void streamsAreCappedPerSubscriptionAndPerInstance() {
        SubscriptionsApi.Created first = Clients.created("{\"type\": \"sse\"}");
        for (int i = 0; i < LowLimitsProfile.STREAMS_PER_SUBSCRIPTION; i++) {
            assertThat(stream(first).status()).isEqualTo(200);
        }
        SseReader onePerSubscriptionTooMany = stream(first);
        assertThat(onePerSubscriptionTooMany.status()).isEqualTo(429);
        assertThat(onePerSubscriptionTooMany.contentType()).startsWith("application/problem+json");

        int refused = 0;
        int accepted = LowLimitsProfile.STREAMS_PER_SUBSCRIPTION;
        for (int i = 0; i < LowLimitsProfile.STREAMS_PER_INSTANCE + 4; i++) {
            SseReader reader = stream(Clients.created("{\"type\": \"sse\"}"));
            if (reader.status() == 200) {
                accepted++;
            } else {
                assertThat(reader.status()).isEqualTo(503);
                assertThat(reader.contentType()).startsWith("application/problem+json");
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(LowLimitsProfile.STREAMS_PER_INSTANCE);
        assertThat(refused).isEqualTo(4 + LowLimitsProfile.STREAMS_PER_SUBSCRIPTION);
    }

    private SseReader stream(SubscriptionsApi.Created subscription) {
        SseReader reader = SseReader.open(subscriptions + "/" + subscription.id() + "/stream", subscription.token(), null);
        open.add(reader);
        return reader;
    }
}
