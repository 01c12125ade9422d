package org.communique.enrichment.releases;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.Mention;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The enriched event is cut to fit a record: mentions first to 100 per tag, then fewer; tags and events stay. */
class BoundedEventTest {

    private static final Instant AT = Instant.parse("2024-02-01T06:06:00Z");

    @Test
    void aSmallTaggingIsPublishedWhole() {
        Tags tags = tags(3, 40);
        BoundedEvent bounded = BoundedEvent.of(release("x".repeat(100)), tags, AT);
        assertThat(bounded.event().tags()).isEqualTo(tags);
        assertThat(bounded.event().mentionsOmitted()).isZero();
        assertThat(EventJson.decode(new String(bounded.json(), StandardCharsets.UTF_8), EnrichedRelease.class))
                .isEqualTo(bounded.event());
    }

    /** The record's bytes are what {@link EventJson} writes, encoded as the String serializer did before. */
    @Test
    void theJsonIsEventJsonsInUtf8() {
        for (Tags tags : List.of(tags(3, 40), tags(3, 5_000), tags(200, 100))) {
            BoundedEvent bounded = BoundedEvent.of(release("Визит «в Астану» \"x\"\n\u2028 ✓ 😀".repeat(20)), tags, AT);
            assertThat(bounded.json()).isEqualTo(EventJson.encode(bounded.event()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The one difference: a lone surrogate, which the String's encoding turned into '?', is kept as an escape. */
    @Test
    void aLoneSurrogateIsEscapedNotReplaced() {
        BoundedEvent bounded = BoundedEvent.of(release("Визит \uD83D в Астану"), tags(1, 1), AT);
        assertThat(new String(bounded.json(), StandardCharsets.UTF_8)).contains("Визит \\uD83D в Астану");
        assertThat(EventJson.decode(new String(bounded.json(), StandardCharsets.UTF_8), EnrichedRelease.class).release()
                .body()).isEqualTo("Визит \uD83D в Астану");
    }

    @Test
    void eachTagListsItsFirstHundredMentionsAndTheRestAreCounted() {
        BoundedEvent bounded = BoundedEvent.of(release("x".repeat(100)), tags(3, 5_000), AT);
        assertThat(bounded.event().tags().countries()).hasSize(3).allSatisfy(c -> {
            assertThat(c.mentions()).hasSize(EnrichedRelease.MAX_MENTIONS_PER_TAG);
            assertThat(c.mentions().get(0).start()).isZero();
        });
        assertThat(bounded.event().tags().officials().get(0).mentions()).hasSize(EnrichedRelease.MAX_MENTIONS_PER_TAG);
        assertThat(bounded.event().mentionsOmitted()).isEqualTo(4 * (5_000 - 100));
        assertThat(bounded.event().tags().events()).hasSize(1);
    }

    @Test
    void fewerMentionsWhenAHundredPerTagStillDoNotFit() {
        Tags tags = tags(200, 100);
        BoundedEvent bounded = BoundedEvent.of(release("x".repeat(100)), tags, AT, 100_000);
        assertThat(bounded.json().length).isLessThanOrEqualTo(100_000);
        assertThat(bounded.event().tags().countries()).hasSize(200)
                .allSatisfy(c -> assertThat(c.mentions()).hasSizeLessThan(100));
        assertThat(bounded.event().mentionsOmitted() + bounded.event().tags().mentionCount())
                .isEqualTo(tags.mentionCount());
        assertThat(bounded.event().tags().events()).isEqualTo(tags.events());
    }

    @Test
    void anEventTooBigEvenWithoutMentionsIsRefusedWithAReason() {
        assertThatThrownBy(() -> BoundedEvent.of(release("я".repeat(60_000)), tags(1, 1), AT, 100_000))
                .isInstanceOf(BoundedEvent.TooLarge.class)
                .hasMessageContaining("even without mentions").hasMessageContaining("100000");
    }

    private static Tags tags(int countries, int mentionsEach) {
        List<Tags.CountryTag> countryTags = new ArrayList<>();
        for (int c = 0; c < countries; c++) {
            countryTags.add(new Tags.CountryTag(code(c), "Country " + c, mentions(mentionsEach)));
        }
        Mention evidence = new Mention(Mention.TEXT, 0, 20, "a visit in some place");
        return new Tags("ru", countryTags,
                List.of(new Tags.OfficialTag("sadyr-japarov", "Sadyr Japarov", Map.of("ru", "Садыр Жапаров"), "KG",
                        "head-of-state", mentions(mentionsEach), Tags.ResolvedFrom.NAME)),
                List.of(), List.of(new Tags.EventTag(Tags.EventType.VISIT, Tags.EventKind.OFFICIAL,
                        Tags.EventStatus.PLANNED, List.of("sadyr-japarov"), "KG", "KZ", null, evidence)),
                "test", 1);
    }

    private static List<Mention> mentions(int count) {
        List<Mention> mentions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mentions.add(new Mention(Mention.TEXT, i * 10, i * 10 + 9, "Казахстан"));
        }
        return mentions;
    }

    private static String code(int i) {
        return "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    private static PressRelease release(String body) {
        UUID id = UUID.randomUUID();
        return new PressRelease(id, 1, new SourceRef(UUID.randomUUID(), "МИД РК", "KZ"), null, "ru", "Визит", body,
                null, Instant.parse("2024-02-01T06:05:00Z"), "sha256:" + id, null);
    }
}
