package org.communique.notifier.matching;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.Tags;
import org.communique.contracts.Tags.OfficialTag;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscriptions to officials by role, alone or of one country (ambassadors, deputies, speakers the KB now knows). */
class RoleFilterTest {

    private final ReleaseFacts kazakhAmbassadorAndKyrgyzPresident = ReleaseFacts.of(withOfficials(
            official("kz-ambassador-to-kg", "KZ", "ambassador"),
            official("sadyr-japarov", "KG", "president")));

    @Test
    void aRoleMatchesAnOfficialWithThatRoleFromAnyCountry() {
        assertThat(roles("ambassador").matches(kazakhAmbassadorAndKyrgyzPresident)).isTrue();
        assertThat(roles("president").matches(kazakhAmbassadorAndKyrgyzPresident)).isTrue();
        assertThat(roles("foreign_minister").matches(kazakhAmbassadorAndKyrgyzPresident)).isFalse();
        assertThat(roles("other", "minister").matches(kazakhAmbassadorAndKyrgyzPresident)).isFalse();
    }

    @Test
    void aRoleWithACountryMatchesOnlyThatCountrysOfficial() {
        assertThat(roles("ambassador:KZ").matches(kazakhAmbassadorAndKyrgyzPresident)).isTrue();
        // Kyrgyzstan is in the release, but its official there is the president, not an ambassador
        assertThat(roles("ambassador:KG").matches(kazakhAmbassadorAndKyrgyzPresident)).isFalse();
        assertThat(roles("president:KZ").matches(kazakhAmbassadorAndKyrgyzPresident)).isFalse();
        assertThat(roles("president:KG", "ambassador:UZ").matches(kazakhAmbassadorAndKyrgyzPresident)).isTrue();
    }

    @Test
    void rolesAreAndedWithTheOtherFields() {
        SubscriptionFilter ambassadorsAboutUzbekistan = new SubscriptionFilter(Set.of("UZ"), null, null, null,
                null, null, null, null, Set.of("ambassador"));
        SubscriptionFilter ambassadorsAboutKazakhstan = new SubscriptionFilter(Set.of("KZ"), null, null, null,
                null, null, null, null, Set.of("ambassador"));

        assertThat(ambassadorsAboutUzbekistan.matches(kazakhAmbassadorAndKyrgyzPresident)).isFalse();
        assertThat(ambassadorsAboutKazakhstan.matches(kazakhAmbassadorAndKyrgyzPresident)).isTrue();
    }

    @Test
    void theIndexFindsSubscriptionsFiledUnderARole() {
        SubscriptionIndex index = new SubscriptionIndex();
        UUID kazakhAmbassadors = UUID.randomUUID();
        UUID uzbekAmbassadors = UUID.randomUUID();
        UUID foreignMinisters = UUID.randomUUID();
        index.put(kazakhAmbassadors, roles("ambassador:KZ"));
        index.put(uzbekAmbassadors, roles("ambassador:UZ"));
        index.put(foreignMinisters, roles("foreign_minister"));

        assertThat(index.matching(kazakhAmbassadorAndKyrgyzPresident)).extracting(SubscriptionMatch::subscriptionId)
                .containsExactly(kazakhAmbassadors);
    }

    @Test
    void theStoredFormKeepsRolesAndOlderFiltersReadWithout() {
        SubscriptionFilter filter = roles("ambassador:KZ", "president");

        assertThat(FilterJson.encode(filter)).contains("\"roles\":[\"ambassador:KZ\",\"president\"]");
        assertThat(FilterJson.decode(FilterJson.encode(filter))).isEqualTo(filter);
        assertThat(FilterJson.decode("{\"countries\":[\"KZ\"]}").roles()).isEmpty();
    }

    @Test
    void aFilterEntryIsARoleOptionallyWithAnIsoCountry() {
        Set<String> iso = Set.of("KZ", "KG");
        assertThat(OfficialRoles.problem("ambassador", iso)).isNull();
        assertThat(OfficialRoles.problem("ambassador:KZ", iso)).isNull();
        assertThat(OfficialRoles.problem("envoy", iso)).startsWith("must be a role (president,");
        assertThat(OfficialRoles.problem("Ambassador", iso)).startsWith("must be a role");
        assertThat(OfficialRoles.problem("ambassador:kz", iso)).contains("upper-case ISO 3166-1");
        assertThat(OfficialRoles.problem("ambassador:XX", iso)).contains("upper-case ISO 3166-1");
        assertThat(OfficialRoles.problem("ambassador:", iso)).contains("upper-case ISO 3166-1");
    }

    private static SubscriptionFilter roles(String... roles) {
        return new SubscriptionFilter(null, null, null, null, null, null, null, null, Set.of(roles));
    }

    private static OfficialTag official(String id, String country, String role) {
        return new OfficialTag(id, id, Map.of("en", id), country, role, List.of(), Tags.ResolvedFrom.NAME);
    }

    private static EnrichedRelease withOfficials(OfficialTag... officials) {
        EnrichedRelease base = TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1);
        Tags t = base.tags();
        return new EnrichedRelease(base.release(), new Tags(t.language(), t.countries(), List.of(officials),
                t.organizations(), t.events(), t.taggerVersion(), t.kbVersion()), base.enrichedAt());
    }
}
