package org.communique.enrichment.tagger;

import org.communique.contracts.Mention;
import org.communique.contracts.Tags;
import org.communique.enrichment.SampleReleases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SampleReleaseTest {

    private static Tags tags;

    @BeforeAll
    static void tag() {
        tags = TestTagger.get().tag(new TagInput(SampleReleases.TITLE, SampleReleases.TEXT, null, SampleReleases.PUBLISHED));
    }

    @Test
    void detectsRussian() {
        assertThat(tags.language()).isEqualTo("ru");
    }

    @Test
    void countriesAreExactlyKazakhstanAndKyrgyzstan() {
        assertThat(TestTagger.countries(tags)).containsExactlyInAnyOrder("KZ", "KG");
    }

    @Test
    void countriesComeFromAbbreviationsAndCompoundsToo() {
        assertThat(mentionTexts("KZ")).contains("РК", "казахстанско", "Республики Казахстан");
        assertThat(mentionTexts("KG")).contains("КР", "кыргызских", "Бишкеке", "Кыргызской Республики");
    }

    @Test
    void officialsAreExactlyJaparovNurtleuAndTokayev() {
        assertThat(TestTagger.officials(tags))
                .containsExactlyInAnyOrder("sadyr-japarov", "murat-nurtleu", "kassym-jomart-tokayev");
        assertThat(tags.officials()).allMatch(o -> o.resolvedFrom() == Tags.ResolvedFrom.NAME);
    }

    @Test
    void officialsCarryRolesNamesAndCountries() {
        Tags.OfficialTag japarov = official("sadyr-japarov");
        assertThat(japarov.role()).isEqualTo("president");
        assertThat(japarov.country()).isEqualTo("KG");
        assertThat(japarov.name()).isEqualTo("Sadyr Japarov");
        assertThat(japarov.names()).containsEntry("ru", "Садыр Жапаров").containsKeys("en", "kk", "ky");
        assertThat(official("murat-nurtleu").role()).isEqualTo("foreign_minister");
    }

    @Test
    void inflectedNamesAndRolePhrasesAreMentionsOfThePerson() {
        assertThat(official("sadyr-japarov").mentions()).extracting(Mention::text)
                .contains("Садыр Жапаров", "Садыром Жапаровым", "президента КР", "президенту Кыргызстана");
        assertThat(official("kassym-jomart-tokayev").mentions()).extracting(Mention::text)
                .contains("Касым-Жомарта Токаева", "Токаев");
    }

    @Test
    void firstVisitIsJaparovsPlannedOfficialVisitToKazakhstanThisYear() {
        Tags.EventTag visit = TestTagger.firstVisit(tags);
        assertThat(visit).isNotNull();
        assertThat(visit.visitorCountry()).isEqualTo("KG");
        assertThat(visit.hostCountry()).isEqualTo("KZ");
        assertThat(visit.kind()).isEqualTo(Tags.EventKind.OFFICIAL);
        assertThat(visit.status()).isEqualTo(Tags.EventStatus.PLANNED);
        assertThat(visit.visitors()).containsExactly("sadyr-japarov");
        assertThat(visit.date()).isEqualTo(new Tags.EventDate("2024", Tags.DatePrecision.YEAR));
        assertThat(visit.evidence().field()).isEqualTo(Mention.TITLE);
    }

    @Test
    void nurtleusVisitToBishkekAndTokayevsEarlierVisitFollow() {
        assertThat(tags.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(Tags.EventType.VISIT);
            assertThat(e.visitors()).containsExactly("murat-nurtleu");
            assertThat(e.visitorCountry()).isEqualTo("KZ");
            assertThat(e.hostCountry()).isEqualTo("KG");
            assertThat(e.status()).isEqualTo(Tags.EventStatus.ONGOING);
        });
        assertThat(tags.events()).anySatisfy(e -> {
            assertThat(e.visitors()).containsExactly("kassym-jomart-tokayev");
            assertThat(e.kind()).isEqualTo(Tags.EventKind.WORKING);
            assertThat(e.status()).isEqualTo(Tags.EventStatus.COMPLETED);
            assertThat(e.date()).isEqualTo(new Tags.EventDate("2023-10", Tags.DatePrecision.MONTH));
        });
    }

    @Test
    void everySpanPointsAtTheTextItQuotes() {
        Stream<Mention> all = Stream.of(
                        tags.countries().stream().flatMap(c -> c.mentions().stream()),
                        tags.officials().stream().flatMap(o -> o.mentions().stream()),
                        tags.events().stream().map(Tags.EventTag::evidence))
                .flatMap(s -> s);
        assertThat(all).isNotEmpty().allSatisfy(m -> {
            String field = m.field().equals(Mention.TITLE) ? SampleReleases.TITLE : SampleReleases.TEXT;
            assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
        });
    }

    @Test
    void carriesVersions() {
        assertThat(tags.taggerVersion()).isEqualTo(Tagger.VERSION);
        assertThat(tags.kbVersion()).isEqualTo(TestTagger.get().kbVersion()).isPositive();
    }

    private Tags.OfficialTag official(String id) {
        return tags.officials().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private java.util.List<String> mentionTexts(String code) {
        return tags.countries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow()
                .mentions().stream().map(Mention::text).toList();
    }
}
