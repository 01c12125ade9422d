package org.communique.notifier.alerts;

import io.quarkus.test.junit.QuarkusTest;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.notifier.support.Webhooks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** Keywords, languages, sources and story dedupe, from a record on the topic to the webhooks received. */
@QuarkusTest
class FilterMatchingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void oneAlertPerStoryUnlessTheSubscriptionAsksForEveryRelease() {
        String officialId = "official-" + UUID.randomUUID();
        String deduped = receiver.newPath();
        String everything = receiver.newPath();
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(deduped));
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"], \"storyDedupe\": false}",
                receiver.url(everything));
        String story = "story-" + UUID.randomUUID();
        EnrichedRelease base = TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId);
        EnrichedRelease first = TestReleases.variant(base).storyId(story).build();
        EnrichedRelease sameStory = TestReleases.variant(base).id(UUID.randomUUID()).storyId(story).build();
        EnrichedRelease noStory = TestReleases.variant(base).id(UUID.randomUUID()).storyId(null).build();

        TestReleases.publish(first);
        TestReleases.publish(sameStory);
        TestReleases.publish(noStory);

        await().atMost(PATIENCE).until(() -> receiver.requestsTo(everything), hasSize(3));
        await().atMost(PATIENCE).until(() -> Webhooks.about(noStory.release().id(), deduped), hasSize(1));
        // the records are consumed in order, so the second of the story was handled before the third
        assertThat(Webhooks.about(first.release().id(), deduped)).hasSize(1);
        assertThat(Webhooks.about(sameStory.release().id(), deduped)).isEmpty();
        assertThat(receiver.requestsTo(deduped)).hasSize(2);
    }

    @Test
    void keywordsLanguagesAndSourcesSelectReleases() {
        String marker = "маркер" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String keyword = receiver.newPath();
        String kazakhOnly = receiver.newPath();
        String otherSource = receiver.newPath();
        SubscriptionsApi.createWebhook("{\"keywords\": [\"" + marker + " визит\"]}", receiver.url(keyword));
        SubscriptionsApi.createWebhook("{\"keywords\": [\"" + marker + "\"], \"languages\": [\"kk\"]}",
                receiver.url(kazakhOnly));
        SubscriptionsApi.createWebhook("{\"keywords\": [\"" + marker + "\"], \"sources\": [\"" + UUID.randomUUID() + "\"]}",
                receiver.url(otherSource));
        EnrichedRelease release = TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1))
                .text("Заявление", "Стороны обсудили " + marker + "ом визитами и транзит.").build();

        TestReleases.publish(release);

        await().atMost(PATIENCE).until(() -> Webhooks.about(release.release().id(), keyword), hasSize(1));
        // consumed in order: once a later record is alerted, this one was fully handled
        UUID later = UUID.randomUUID();
        TestReleases.publish(TestReleases.variant(release).id(later).language("kk")
                .text("Мәлімдеме", "Тараптар " + marker + "ға сапарды талқылады.").build());
        await().atMost(PATIENCE).until(() -> Webhooks.about(later, kazakhOnly), hasSize(1));
        assertThat(Webhooks.about(release.release().id(), kazakhOnly)).isEmpty();
        assertThat(receiver.requestsTo(otherSource)).isEmpty();
    }
}
