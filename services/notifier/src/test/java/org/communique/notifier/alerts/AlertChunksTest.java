package org.communique.notifier.alerts;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.matching.ReleaseFacts;
import org.communique.notifier.matching.SubscriptionMatch;
import org.communique.notifier.matching.SubscriptionMatcher;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How a consumed batch is cut into chunks that are written and committed one by one. */
class AlertChunksTest {

    private static final String MATCHING = "official-everybody-follows";

    private final List<UUID> subscriptions = IntStream.range(0, 7).mapToObj(i -> UUID.randomUUID()).toList();
    private final List<EnrichedRelease> batch = List.of(
            TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, MATCHING),
            TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, MATCHING),
            TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, "official-nobody-follows"));
    // the first two releases match every subscription, the last none
    private final SubscriptionMatcher matcher = new SubscriptionMatcher() {
        @Override
        public List<SubscriptionMatch> matching(ReleaseFacts release) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<List<SubscriptionMatch>> matchingEach(List<ReleaseFacts> releases) {
            List<SubscriptionMatch> all = subscriptions.stream().map(id -> new SubscriptionMatch(id, false)).toList();
            return releases.stream().map(facts -> facts.officialIds().contains(MATCHING) ? all : List.<SubscriptionMatch>of())
                    .toList();
        }
    };
    private final AlertWriter writer = new AlertWriter(matcher, null, null, null, null, java.time.Duration.ofSeconds(60), Clock.systemUTC(),
            new SimpleMeterRegistry());

    @Test
    void everyAlertIsInExactlyOneChunkAndASubscriptionNeverSpansTwo() {
        AlertWriter.Planned planned = writer.plan(batch, 5);

        // 7 subscriptions x 2 matching releases, whole subscriptions (2 alerts each) in chunks of at most 5
        assertThat(planned.chunks()).hasSize(4);
        assertThat(planned.chunks()).allSatisfy(chunk -> assertThat(chunk).hasSizeLessThanOrEqualTo(5));
        assertThat(planned.chunks().stream().mapToInt(List::size).sum()).isEqualTo(14);
        Map<UUID, Integer> chunkOf = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < planned.chunks().size(); i++) {
            for (NewAlert alert : planned.chunks().get(i)) {
                Integer before = chunkOf.putIfAbsent(alert.subscriptionId(), i);
                assertThat(before == null ? i : before).as("chunk of subscription %s", alert.subscriptionId())
                        .isEqualTo(i);
                assertThat(pairs.add(alert.subscriptionId() + "/" + alert.release().id())).isTrue();
            }
        }
        assertThat(chunkOf.keySet()).containsExactlyInAnyOrderElementsOf(subscriptions);
        assertThat(planned.releases()).extracting(EncodedRelease::enriched).containsExactly(batch.get(0), batch.get(1));
    }

    @Test
    void aSubscriptionsAlertsKeepTheBatchOrderSoTheirSequenceNumbersDo() {
        for (List<NewAlert> chunk : writer.plan(batch, 1).chunks()) {
            List<UUID> releases = new ArrayList<>(chunk.stream().map(alert -> alert.release().id()).toList());
            // one subscription per chunk: larger than the chunk size, never split
            assertThat(chunk.stream().map(NewAlert::subscriptionId).distinct()).hasSize(1);
            assertThat(releases).containsExactly(batch.get(0).release().id(), batch.get(1).release().id());
        }
    }

    @Test
    void aBatchThatMatchesNothingHasNoChunks() {
        AlertWriter.Planned planned = writer.plan(List.of(batch.get(2)), 500);

        assertThat(planned.chunks()).isEmpty();
        assertThat(planned.releases()).isEmpty();
    }
}
