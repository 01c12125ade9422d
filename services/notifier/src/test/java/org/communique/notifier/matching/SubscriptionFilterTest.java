package org.communique.notifier.matching;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.notifier.matching.SubscriptionFilter.VisitFilter;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionFilterTest {

    /** Countries KZ and KG; official "kg-minister-foreign-affairs" (English name "Test Minister"); VISIT KG -> KZ PLANNED. */
    private final ReleaseFacts release = ReleaseFacts.of(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1));

    @Test
    void theEmptyFilterMatchesEverything() {
        assertThat(SubscriptionFilter.ANY.matches(release)).isTrue();
        assertThat(new SubscriptionFilter(Set.of(), Set.of(), Set.of(), null).matches(release)).isTrue();
    }

    @Test
    void countriesMatchAnyTaggedCountry() {
        assertThat(countries("KG").matches(release)).isTrue();
        assertThat(countries("UZ", "KZ").matches(release)).isTrue();
        assertThat(countries("UZ", "TJ").matches(release)).isFalse();
    }

    @Test
    void officialsMatchIdsOrAnyNameTheTagsCarryIgnoringCase() {
        assertThat(officials(TestReleases.KG_MINISTER_ID).matches(release)).isTrue();
        assertThat(officials("test minister").matches(release)).isTrue();
        assertThat(officials("  TEST   Minister ").matches(release)).isTrue();
        assertThat(officials("Тестовый Министр").matches(release)).isTrue();
        assertThat(officials("тестовый министр").matches(release)).isTrue();
        assertThat(officials("Другой Министр").matches(release)).isFalse();
        assertThat(officials("kz-someone-else").matches(release)).isFalse();
        // ids are exact: only names ignore case
        assertThat(officials(TestReleases.KG_MINISTER_ID.toUpperCase()).matches(release)).isFalse();
    }

    @Test
    void languagesMatchTheTaggedLanguage() {
        assertThat(filter(b -> b.languages = Set.of("ru")).matches(release)).isTrue();
        assertThat(filter(b -> b.languages = Set.of("kk", "en")).matches(release)).isFalse();
        EnrichedRelease kazakh = TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1))
                .language("kk").build();
        assertThat(filter(b -> b.languages = Set.of("kk", "en")).matches(ReleaseFacts.of(kazakh))).isTrue();
    }

    @Test
    void sourcesMatchTheFeederId() {
        assertThat(filter(b -> b.sources = Set.of(TestReleases.SOURCE_ID)).matches(release)).isTrue();
        assertThat(filter(b -> b.sources = Set.of(UUID.randomUUID())).matches(release)).isFalse();
    }

    @Test
    void keywordsMatchAnyEntryInAnyInflection() {
        assertThat(filter(b -> b.keywords = Set.of("визит")).matches(release)).isTrue();
        assertThat(filter(b -> b.keywords = Set.of("переговоры", "официальный визит")).matches(release)).isTrue();
        assertThat(filter(b -> b.keywords = Set.of("переговоры", "соглашение")).matches(release)).isFalse();
    }

    @Test
    void newFieldsCombineWithTheOthersWithAnd() {
        assertThat(filter(b -> {
            b.countries = Set.of("KZ");
            b.keywords = Set.of("визит");
            b.languages = Set.of("ru");
        }).matches(release)).isTrue();
        assertThat(filter(b -> {
            b.countries = Set.of("KZ");
            b.keywords = Set.of("визит");
            b.languages = Set.of("en");
        }).matches(release)).isFalse();
    }

    @Test
    void storyDedupeIsOnUnlessSwitchedOff() {
        assertThat(SubscriptionFilter.ANY.storyDedupe()).isTrue();
        assertThat(FilterJson.decode("{\"countries\":[\"KZ\"]}").storyDedupe()).isTrue();
        assertThat(FilterJson.decode("{\"storyDedupe\":false}").storyDedupe()).isFalse();
    }

    @Test
    void eventsMatchEventTypes() {
        assertThat(events(EventType.VISIT).matches(release)).isTrue();
        assertThat(events(EventType.CALL, EventType.VISIT).matches(release)).isTrue();
        assertThat(events(EventType.AGREEMENT).matches(release)).isFalse();
    }

    @Test
    void visitNeedsOneVisitEventSatisfyingEverySetField() {
        assertThat(visit(Set.of("KG"), Set.of("KZ"), null).matches(release)).isTrue();
        assertThat(visit(null, Set.of("KZ"), Set.of(EventStatus.PLANNED)).matches(release)).isTrue();
        assertThat(visit(null, null, null).matches(release)).isTrue();
        assertThat(visit(null, Set.of("UZ"), null).matches(release)).isFalse();
        // direction matters: Kazakhstan is the host here, not the visitor
        assertThat(visit(Set.of("KZ"), Set.of("KG"), null).matches(release)).isFalse();
        assertThat(visit(Set.of("KG"), null, Set.of(EventStatus.COMPLETED)).matches(release)).isFalse();
    }

    @Test
    void fieldsAreCombinedWithAnd() {
        assertThat(new SubscriptionFilter(Set.of("KZ"), null, Set.of(EventType.VISIT), null).matches(release)).isTrue();
        assertThat(new SubscriptionFilter(Set.of("KZ"), null, Set.of(EventType.TALKS), null).matches(release)).isFalse();
        assertThat(new SubscriptionFilter(Set.of("UZ"), Set.of("Test Minister"), null, null).matches(release)).isFalse();
    }

    @Test
    void aVisitFilterNeverMatchesAReleaseWithoutVisits() {
        EnrichedRelease enriched = TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1);
        EnrichedRelease noEvents = new EnrichedRelease(enriched.release(),
                new org.communique.contracts.Tags("ru", enriched.tags().countries(), enriched.tags().officials(),
                        null, null, "t", 1), enriched.enrichedAt());

        assertThat(visit(null, null, null).matches(ReleaseFacts.of(noEvents))).isFalse();
        assertThat(countries("KZ").matches(ReleaseFacts.of(noEvents))).isTrue();
    }

    @Test
    void storedFormRoundTripsAndOmitsUnsetFields() {
        SubscriptionFilter filter = new SubscriptionFilter(Set.of("KZ", "KG"), null, Set.of(EventType.VISIT),
                new VisitFilter(null, Set.of("KZ"), null));

        String json = FilterJson.encode(filter);

        assertThat(json).isEqualTo("{\"countries\":[\"KG\",\"KZ\"],\"events\":[\"VISIT\"],\"visit\":{\"hostCountries\":[\"KZ\"]},"
                + "\"storyDedupe\":true}");
        assertThat(FilterJson.decode(json)).isEqualTo(filter);
        assertThat(FilterJson.decode("{\"countries\":[\"KZ\"],\"addedLater\":true}").countries()).containsExactly("KZ");
    }

    /** Mutable fields for building a filter in a lambda. */
    private static final class Builder {
        Set<String> countries;
        Set<String> keywords;
        Set<String> languages;
        Set<UUID> sources;
    }

    private static SubscriptionFilter filter(java.util.function.Consumer<Builder> fields) {
        Builder b = new Builder();
        fields.accept(b);
        return new SubscriptionFilter(b.countries, null, null, null, b.keywords, b.languages, b.sources, null);
    }

    private static SubscriptionFilter countries(String... codes) {
        return new SubscriptionFilter(Set.of(codes), null, null, null);
    }

    private static SubscriptionFilter officials(String... officials) {
        return new SubscriptionFilter(null, Set.of(officials), null, null);
    }

    private static SubscriptionFilter events(EventType... types) {
        return new SubscriptionFilter(null, null, Set.of(types), null);
    }

    private static SubscriptionFilter visit(Set<String> visitors, Set<String> hosts, Set<EventStatus> statuses) {
        return new SubscriptionFilter(null, null, null, new VisitFilter(visitors, hosts, statuses));
    }
}
