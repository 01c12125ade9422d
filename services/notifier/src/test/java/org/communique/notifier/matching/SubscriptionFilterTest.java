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
    void officialsMatchIdsOrEnglishNamesIgnoringCase() {
        assertThat(officials(TestReleases.KG_MINISTER_ID).matches(release)).isTrue();
        assertThat(officials("test minister").matches(release)).isTrue();
        assertThat(officials("  TEST   Minister ").matches(release)).isTrue();
        assertThat(officials("Тестовый Министр").matches(release)).isFalse();
        assertThat(officials("kz-someone-else").matches(release)).isFalse();
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

        assertThat(json).isEqualTo("{\"countries\":[\"KG\",\"KZ\"],\"events\":[\"VISIT\"],\"visit\":{\"hostCountries\":[\"KZ\"]}}");
        assertThat(FilterJson.decode(json)).isEqualTo(filter);
        assertThat(FilterJson.decode("{\"countries\":[\"KZ\"],\"addedLater\":true}").countries()).containsExactly("KZ");
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
