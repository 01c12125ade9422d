package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures false positives of the full knowledge base on text written to provoke them: surnames that are also words,
 * given names or places («Гриб», "Hague", "Brown", «Мид»), towns that are also surnames (Kant), a US state named
 * like a country, streets named after places, abbreviations that look like surnames. Each sentence lists the
 * countries it really names; no sentence names an official. The counts are printed; the one official the tagger
 * cannot tell apart (a bare surname after another title) is asserted as the known limit.
 */
class FalsePositiveTest {

    private record Case(String text, Set<String> countries) {
    }

    private static final List<Case> CASES = List.of(
            new Case("Осенью в лесу собирали грибы, а Гриб из соседнего села продавал их на рынке.", Set.of()),
            new Case("Международный суд ООН в Гааге огласил решение по спору о границе.", Set.of("NL")),
            new Case("The court in The Hague ruled on the border dispute on Tuesday.", Set.of("NL")),
            new Case("Певица Селин Дион дала концерт в Париже.", Set.of("FR")),
            new Case("Singer Celine Dion performed in Paris on Friday.", Set.of("FR")),
            new Case("Философ Иммануил Кант всю жизнь прожил в Кёнигсберге, нынешнем Калининграде.", Set.of("RU")),
            new Case("Учёные обсуждали наследие Канта и его трактат о вечном мире.", Set.of()),
            new Case("Brown bears were seen near the reservoir, rangers said.", Set.of()),
            new Case("In May the parliament will debate the budget; rice prices rose by a tenth.", Set.of()),
            new Case("A business delegation visited a car plant in the U.S. state of Georgia.", Set.of("US")),
            new Case("На улице Фрунзе в Алматы открылся новый визовый центр.", Set.of("KZ")),
            new Case("Как сообщили в МИД РК, консульский отдел работает в обычном режиме.", Set.of("KZ")),
            new Case("Борец Али Алиев выиграл турнир в Баку.", Set.of("AZ")),
            new Case("Mr Singh, a farmer from the north, sold his harvest at the market.", Set.of()),
            new Case("Жазушы Тұрсын Қырғызбаевтың жаңа кітабы Алматыда таныстырылды.", Set.of("KZ")),
            new Case("Студент Ашраф получил стипендию для учёбы в Ташкенте.", Set.of("UZ")),
            new Case("Сборная провела сбор в Анталье, где тренер Линг провёл занятия.", Set.of("TR")),
            new Case("Компания «Лула» открыла кафе на проспекте Абая.", Set.of()),
            new Case("Журналист Алексей Путин не является родственником президента.", Set.of()),
            new Case("Депутат Мамин выступил против законопроекта о такси.", Set.of()));

    private static final List<String> officialErrors = new ArrayList<>();
    private static final List<String> countryErrors = new ArrayList<>();
    private static int countryTags;

    @BeforeAll
    static void tagAll() {
        for (Case c : CASES) {
            Tags tags = TestTagger.tag(c.text(), "2024-04-22");
            tags.officials().forEach(o -> officialErrors.add(o.id() + " in «" + c.text() + "»"));
            for (Tags.CountryTag country : tags.countries()) {
                countryTags++;
                if (!c.countries().contains(country.code())) {
                    countryErrors.add(country.code() + " in «" + c.text() + "»");
                }
            }
        }
        System.out.println("---- false positives over " + CASES.size() + " provoking sentences: " + officialErrors.size()
                + " officials, " + countryErrors.size() + " of " + countryTags + " country tags");
        officialErrors.forEach(e -> System.out.println("  official " + e));
        countryErrors.forEach(e -> System.out.println("  country " + e));
    }

    @Test
    void noWordNameOrPlaceIsTakenForAnOfficial() {
        // «Депутат Мамин» is the one a surname matcher cannot tell from the former prime minister: a known limit
        assertThat(officialErrors).allMatch(e -> e.startsWith("askar-mamin"));
    }

    @Test
    void noPersonStreetOrStateIsTakenForACountry() {
        assertThat(countryErrors).isEmpty();
    }

    @Test
    void theSentencesStillNameTheirCountries() {
        for (Case c : CASES) {
            Tags tags = TestTagger.tag(c.text(), "2024-04-22");
            assertThat(tags.countries()).extracting(Tags.CountryTag::code).as(c.text())
                    .containsAll(c.countries());
        }
    }

    @Test
    void theSameSurnamesStillNameTheOfficialWhereTheTextMeansThem() {
        Map<String, String> meant = Map.of(
                "William Hague met the Kazakh foreign minister.", "william-hague",
                "Президент Бразилии Лула прибыл в Пекин.", "luiz-inacio-lula-da-silva",
                "Глава МИД Мексики Хосе Антонио Мид посетил Москву.", "jose-antonio-meade");
        meant.forEach((text, id) -> assertThat(TestTagger.officials(TestTagger.tag(text, "2013-06-01"))).as(text).contains(id));
    }
}
