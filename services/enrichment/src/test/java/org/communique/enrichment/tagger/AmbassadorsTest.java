package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 6: ambassadors in the knowledge base. The state served and the state of the post name one person on a
 * day («посол Казахстана в России», "Kazakhstan's Ambassador to the United States", «Қазақстанның Ресейдегі елшісі»,
 * «Орусиянын Кыргызстандагы элчиси»); without the post, with two posts or two ambassadors nothing is resolved; a named
 * ambassador is the knowledge-base person, not an {@code unlisted:} one.
 */
class AmbassadorsTest {

    @Test
    void aRussianRoleOnlyAmbassadorIsTheHolderOfThePostThatDay() {
        String text = "Посол Казахстана в России провел встречу с представителями деловых кругов Татарстана.";
        Tags in2021 = TestTagger.tag(text, "2021-05-12");
        assertThat(TestTagger.officials(in2021)).containsExactly("yermek-kosherbayev");
        assertThat(in2021.officials().get(0).role()).isEqualTo("ambassador");
        assertThat(in2021.officials().get(0).country()).isEqualTo("KZ");
        assertThat(in2021.officials().get(0).resolvedFrom()).isEqualTo(Tags.ResolvedFrom.ROLE);
        assertThat(TestTagger.officials(TestTagger.tag(text, "2024-05-12"))).containsExactly("dauren-abayev");
    }

    @Test
    void betweenTwoAmbassadorsNoOneIsResolved() {
        // Kosherbayev left on 2023-06-16, Abayev was appointed on 2023-07-03
        String text = "Посол Казахстана в России провел встречу с представителями деловых кругов Татарстана.";
        assertThat(TestTagger.officials(TestTagger.tag(text, "2023-06-25"))).isEmpty();
    }

    @Test
    void theStateServedMayComeBeforeTheOfficeAsAnAdjective() {
        Tags tags = TestTagger.tag("Российский посол в Узбекистане посетил Самарканд и встретился с хокимом области.",
                "2023-04-04");
        assertThat(TestTagger.officials(tags)).contains("oleg-malginov");
    }

    @Test
    void anEnglishRoleOnlyAmbassador() {
        Tags tags = TestTagger.tag("Kazakhstan's Ambassador to the United States met members of the US Congress.",
                "2022-03-10");
        assertThat(TestTagger.officials(tags)).contains("yerzhan-ashikbayev");
        Tags us = TestTagger.tag("The U.S. Ambassador to Kazakhstan visited the Karaganda region on Tuesday.",
                "2023-05-16");
        assertThat(TestTagger.officials(us)).contains("daniel-rosenblum");
    }

    @Test
    void aKazakhRoleOnlyAmbassador() {
        Tags tags = TestTagger.tag("Қазақстанның Ресейдегі елшісі Мәскеудегі қазақ диаспорасының өкілдерімен кездесті.",
                "2024-02-20");
        assertThat(TestTagger.officials(tags)).contains("dauren-abayev");
    }

    @Test
    void aKyrgyzRoleOnlyAmbassador() {
        Tags tags = TestTagger.tag("Орусиянын Кыргызстандагы элчиси Ош шаарына барып, жергиликтүү бийлик менен жолукту.",
                "2021-09-14");
        assertThat(TestTagger.officials(tags)).contains("nikolay-udovichenko");
        assertThat(TestTagger.officials(TestTagger.tag(
                "Орусиянын Кыргызстандагы элчиси Ош шаарына барып, жергиликтүү бийлик менен жолукту.", "2025-02-14")))
                .contains("sergey-vakunov");
    }

    @Test
    void theFullFormalTitleNamesTheSameAmbassador() {
        assertThat(TestTagger.officials(TestTagger.tag("Чрезвычайный и Полномочный Посол Республики Казахстан в Российской "
                + "Федерации провел встречу с ректорами вузов.", "2024-05-12"))).contains("dauren-abayev");
        assertThat(TestTagger.officials(TestTagger.tag("Қазақстан Республикасының Ресей Федерациясындағы Төтенше және "
                + "өкілетті елшісі Мәскеуде кездесу өткізді.", "2024-05-12"))).contains("dauren-abayev");
    }

    @Test
    void anAmbassadorAtLargeHasNoPost() {
        assertThat(TestTagger.officials(TestTagger.tag("Посол по особым поручениям МИД Казахстана провел брифинг.",
                "2024-05-12"))).isEmpty();
    }

    @Test
    void withoutThePostNoAmbassadorIsResolved() {
        Tags tags = TestTagger.tag("Посол Казахстана провел встречу с представителями деловых кругов.", "2024-05-12");
        assertThat(TestTagger.officials(tags)).isEmpty();
        Tags english = TestTagger.tag("The Kazakh ambassador met members of the business community.", "2024-05-12");
        assertThat(TestTagger.officials(english)).isEmpty();
    }

    @Test
    void withTwoPostsOrSeveralAmbassadorsNoOneIsResolved() {
        Tags twoPosts = TestTagger.tag("Посол Казахстана в России и Белоруссии провел встречу с соотечественниками.",
                "2024-05-12");
        assertThat(TestTagger.officials(twoPosts)).doesNotContain("dauren-abayev");
        Tags plural = TestTagger.tag("Послы Казахстана в России и Китае провели встречи с соотечественниками.",
                "2024-05-12");
        assertThat(TestTagger.officials(plural)).doesNotContain("dauren-abayev");
    }

    @Test
    void aFormerAmbassadorIsNotTheHolderOfTheDay() {
        Tags tags = TestTagger.tag("Бывший посол Казахстана в России выступил на конференции в Алматы.", "2024-05-12");
        assertThat(TestTagger.officials(tags)).doesNotContain("dauren-abayev");
    }

    @Test
    void aNamedAmbassadorIsTheKnowledgeBasePersonNotAnUnlistedOne() {
        Tags tags = TestTagger.tag("Посол Казахстана в России Даурен Абаев встретился с губернатором Омской области.",
                "2024-05-12");
        assertThat(TestTagger.officials(tags)).contains("dauren-abayev").noneMatch(id -> id.startsWith("unlisted:"));
        Tags.OfficialTag abayev = tags.officials().stream().filter(o -> o.id().equals("dauren-abayev")).findFirst()
                .orElseThrow();
        assertThat(abayev.role()).isEqualTo("ambassador");
        assertThat(abayev.resolvedFrom()).isEqualTo(Tags.ResolvedFrom.NAME);
    }

    @Test
    void anotherNameAfterTheOfficeIsThatPersonNotTheHolder() {
        // the text names someone the knowledge base does not hold for that post: the name wins
        Tags tags = TestTagger.tag("Посол Казахстана в России Ахмет Жумабеков встретился с губернатором Омской области.",
                "2024-05-12");
        assertThat(TestTagger.officials(tags)).doesNotContain("dauren-abayev").contains("unlisted:akhmet-zhumabekov");
    }

    @Test
    void anAmbassadorTravellingInTheCountryOfThePostMakesNoVisitAMinisterDoes() {
        Tags ambassador = TestTagger.tag("Посол Казахстана в России Даурен Абаев прибыл в Казань, где встретился с"
                + " руководством Татарстана.", "2024-05-12");
        assertThat(TestTagger.officials(ambassador)).contains("dauren-abayev");
        assertThat(ambassador.events()).noneMatch(e -> e.type() == Tags.EventType.VISIT);

        Tags minister = TestTagger.tag("Министр иностранных дел Казахстана прибыл в Казань, где встретился с"
                + " руководством Татарстана.", "2024-05-12");
        assertThat(minister.events()).anyMatch(e -> e.type() == Tags.EventType.VISIT
                && "KZ".equals(e.visitorCountry()) && "RU".equals(e.hostCountry()));
    }
}
