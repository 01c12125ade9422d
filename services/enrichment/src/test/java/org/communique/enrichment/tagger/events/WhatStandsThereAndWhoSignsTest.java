package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * Implicit visits in Kazakh and Kyrgyz (session 11): the locative of what stands in a place («Канттагы авиабазанын
 * ачылышына катышты», «Астанадағы монументтің ашылуына қатысты», «Кант шаарындагы») places the one who attends there;
 * and an office with a case ending («... Президенттерімен бірге», "together with the presidents of ...") is no subject,
 * so the one in the nominative («Ресей Президенті») is who travels.
 */
class WhatStandsThereAndWhoSignsTest {

    @Test
    void theLocativeOfWhatStandsThereIsWhereOneAttends() {
        assertVisit(TestTagger.tag("Россиянын Президенти Кыргызстандын Кант шаарындагы авиабазанын ачылыш аземине "
                + "катышты.", "2003-10-23"), "RU", "KG", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Россиянын Президенти Бишкектеги авиабазанын ачылыш аземине катышты.", "2003-10-23"),
                "RU", "KG", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Ресей Президенті Астанадағы монументтің ашылу рәсіміне қатысты.", "2003-10-23"),
                "RU", "KZ", EventStatus.ONGOING);
        // at home it is no visit
        assertThat(visit(TestTagger.tag("Қазақстан Президенті Астанадағы монументтің ашылу рәсіміне қатысты.",
                "2003-10-23"))).isNull();
    }

    @Test
    void anOfficeWithACaseEndingIsNoSubject() {
        assertVisit(TestTagger.tag("Ресей Президенті Астанада Нұрсұлтан Назарбаевпен және Беларусь, Қырғызстан, "
                + "Тәжікстан Президенттерімен бірге шартқа қол қойды.", "2000-10-10"), "RU", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Ресей Президенті Астанада Қасым-Жомарт Тоқаевпен және Қырғызстан, Тәжікстан "
                + "Президенттерімен бірге шартқа қол қойды.", "2024-10-10"), "RU", "KZ", EventStatus.ONGOING);
        // the presidents in the nominative are the subject
        assertThat(visit(TestTagger.tag("Қырғызстан мен Тәжікстан Президенттері Астанада шартқа қол қойды.", "2024-10-10"))
                .hostCountry()).isEqualTo("KZ");
    }
}
