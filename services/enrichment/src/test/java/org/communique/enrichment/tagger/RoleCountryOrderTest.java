package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose office a role phrase names when countries stand on both sides of it, and «лидер» after a country adjective. */
class RoleCountryOrderTest {

    @Test
    void aKazakhOfficeFollowedByAnotherCountrysOfficeInTheGenitiveIsKazakhstans() {
        var tags = TestTagger.tag("Қазақстан Сыртқы істер министрі Тәжікстан Республикасының Сыртқы істер министрімен "
                + "телефон арқылы сөйлесті.", "2024-05-15");
        assertThat(TestTagger.officials(tags)).contains("murat-nurtleu", "sirojiddin-muhriddin");
    }

    @Test
    void aLeaderAfterACountryAdjectiveIsItsHeadOfState() {
        var tags = TestTagger.tag("Китайский лидер выступил перед студентами в Астане.", "2019-06-01");
        assertThat(TestTagger.officials(tags)).containsExactly("xi-jinping");
    }

    @Test
    void aHeadOfSomethingAfterAnAdjectiveIsNobodyInParticular() {
        var tags = TestTagger.tag("Казахстанский глава делегации выступил на форуме.", "2019-06-01");
        assertThat(TestTagger.officials(tags)).isEmpty();
    }
}
