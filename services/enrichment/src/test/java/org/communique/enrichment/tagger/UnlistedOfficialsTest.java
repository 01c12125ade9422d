package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.morph.PersonNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials the knowledge base lacks, named after an office phrase (invented people, the project's own wording). */
class UnlistedOfficialsTest {

    private static Tags.OfficialTag only(Tags tags, String id) {
        return tags.officials().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + TestTagger.officials(tags)));
    }

    @Test
    void anAmbassadorInTheGenitiveComesBackToTheNominative() {
        Tags tags = TestTagger.tag("Накануне в МИД пригласили посла Казахстана в Кыргызстане Ивана Петренкова.", "2024-03-01");
        Tags.OfficialTag o = only(tags, "unlisted:ivan-petrenkov");
        assertThat(o.names()).containsEntry("ru", "Иван Петренков");
        assertThat(o.country()).isEqualTo("KZ");
        assertThat(o.role()).isEqualTo("ambassador");
        assertThat(o.resolvedFrom()).isEqualTo(Tags.ResolvedFrom.NAME);
    }

    @Test
    void aDeputyForeignMinisterIsOtherWithHisCountry() {
        Tags tags = TestTagger.tag("Deputy Foreign Minister of Uzbekistan Timur Karimbekov arrived in Astana on Monday.",
                "2024-03-01");
        Tags.OfficialTag o = only(tags, "unlisted:timur-karimbekov");
        assertThat(o.country()).isEqualTo("UZ");
        assertThat(o.role()).isEqualTo("other");
    }

    @Test
    void aSpeakerInKazakhAndAnEnvoyInKyrgyz() {
        Tags kk = TestTagger.tag("Мәжіліс Төрағасы Ерболат Сапарғалиев Бішкекке барды.", "2024-03-01");
        assertThat(TestTagger.officials(kk)).anyMatch(id -> id.startsWith("unlisted:erbolat-saparg"));
        Tags ky = TestTagger.tag("Кыргыз Республикасынын Казакстандагы элчиси Нурдин Асанкулов сүйлөдү.", "2024-03-01");
        Tags.OfficialTag o = ky.officials().stream().filter(t -> t.id().startsWith("unlisted:")).findFirst().orElseThrow();
        assertThat(o.country()).isEqualTo("KG");
        assertThat(o.role()).isEqualTo("ambassador");
    }

    @Test
    void aMinisterWithoutCountryTakesTheCountryOfTheLeaderHeTravelsWith() {
        Tags tags = TestTagger.tag("Президента Владимира Путина сопровождают министр энергетики Аркадий Сомов и другие.",
                "2020-05-01");
        Tags.OfficialTag o = only(tags, "unlisted:arkady-somov");
        assertThat(o.country()).isEqualTo("RU");
        assertThat(o.role()).isEqualTo("minister");
    }

    @Test
    void anOfficeOfACompanyAnOrganisationOrACandidateGivesNoOfficial() {
        assertThat(TestTagger.officials(TestTagger.tag(
                "Председатель правления банка Казахстана Игорь Ломакин выступил на форуме.", "2024-03-01")))
                .noneMatch(id -> id.startsWith("unlisted:"));
        assertThat(TestTagger.officials(TestTagger.tag(
                "Президент компании Казахстана Игорь Ломакин выступил на форуме.", "2024-03-01")))
                .noneMatch(id -> id.startsWith("unlisted:"));
        assertThat(TestTagger.officials(TestTagger.tag(
                "Генеральный секретарь ШОС Иван Сидоренко посетил Бишкек.", "2024-03-01")))
                .noneMatch(id -> id.startsWith("unlisted:"));
        assertThat(TestTagger.officials(TestTagger.tag(
                "Кандидат в президенты Кыргызстана Иван Сидоренко провёл встречу.", "2024-03-01")))
                .noneMatch(id -> id.startsWith("unlisted:"));
        assertThat(TestTagger.officials(TestTagger.tag(
                "Министр иностранных дел Казахстана встретился с Иваном Сидоренко.", "2024-03-01")))
                .noneMatch(id -> id.startsWith("unlisted:"));
    }

    @Test
    void aKnownHolderInAnotherSpellingIsTheHolder() {
        Tags tags = TestTagger.tag("Президент Франции Эмманюэль Макрон прибыл в Астану.", "2023-11-01");
        assertThat(TestTagger.officials(tags)).noneMatch(id -> id.startsWith("unlisted:"));
        assertThat(tags.officials()).anyMatch(o -> o.country().equals("FR") && o.role().equals("president"));
    }

    @Test
    void namesDeclineBackToTheNominative() {
        assertThat(PersonNames.nominative(List.of("Сергея", "Иванова"), PersonNames.Case.GENITIVE))
                .containsExactly("Сергей", "Иванов");
        assertThat(PersonNames.nominative(List.of("Валентиной", "Матвиенко"), PersonNames.Case.INSTRUMENTAL))
                .containsExactly("Валентина", "Матвиенко");
        assertThat(PersonNames.nominative(List.of("Акджи", "Нурбердыевой"), PersonNames.Case.GENITIVE))
                .containsExactly("Акджа", "Нурбердыева");
        assertThat(PersonNames.nominative(List.of("Нурлану", "Сейтимову"), PersonNames.Case.DATIVE))
                .containsExactly("Нурлан", "Сейтимов");
        assertThat(PersonNames.caseOf("поверенного")).isEqualTo(PersonNames.Case.GENITIVE);
        assertThat(PersonNames.caseOf("посол")).isEqualTo(PersonNames.Case.NOMINATIVE);
        assertThat(PersonNames.latin("Нурлан Сейтимов")).isEqualTo("Nurlan Seytimov");
    }
}
