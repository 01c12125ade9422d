package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.TestTagger.officials;
import static org.communique.enrichment.tagger.TestTagger.tag;

/**
 * A bare «Глава государства», "the Head of State", «Мамлекет башчысы» deep in a text about two states: where nothing
 * in its sentence decides whose it is, a dateline decides, being the agency's or the ministry's own words; a dateline
 * of a third state does not (the text names that state by its city only).
 */
class DatelineStateTest {

    @Test
    void aBareHeadOfStateUnderADatelineIsTheDatelineStates() {
        assertThat(officials(tag("АСТАНА, 15 декабря (Казинформ). Президент Узбекистана посетит Казахстан с государственным "
                + "визитом на следующей неделе, сообщили в Акорде. Глава государства и его узбекский коллега подпишут "
                + "договор о союзнических отношениях.", "2022-12-15")))
                .containsExactlyInAnyOrder("shavkat-mirziyoyev", "kassym-jomart-tokayev");
        assertThat(officials(tag("ASTANA, June 20 (Kazinform). The President of Turkmenistan arrived in Kazakhstan on Tuesday. "
                + "The Head of State met the guest at the airport.", "2023-06-20")))
                .containsExactlyInAnyOrder("serdar-berdimuhamedow", "kassym-jomart-tokayev");
        assertThat(officials(tag("БИШКЕК, 20-июнь (Кабар). Түркмөнстандын Президенти Кыргызстанга мамлекеттик сапар менен "
                + "келет. Мамлекет башчысы конокту аэропорттон тосуп алат.", "2023-06-20")))
                .containsExactlyInAnyOrder("serdar-berdimuhamedow", "sadyr-japarov");
        assertThat(officials(tag("ТАШКЕНТ, 10 апреля (УзА). Премьер-министр Казахстана прибыл в Узбекистан. Глава "
                + "правительства примет участие в бизнес-форуме вместе с казахстанским коллегой.", "2018-04-10")))
                .containsExactlyInAnyOrder("bakhytzhan-sagintayev", "abdulla-aripov");
    }

    @Test
    void aCityInTitleCaseFollowedByADayIsADatelineToo() {
        assertThat(officials(tag("Астана, 16 апреля. Министр иностранных дел Казахстана сообщил, что договоренность стала "
                + "возможной благодаря совместным усилиям Главы государства, президентов России и США.", "2010-04-16")))
                .containsExactlyInAnyOrder("kanat-saudabayev", "nursultan-nazarbayev", "dmitry-medvedev", "barack-obama");
        assertThat(officials(tag("Министр иностранных дел Казахстана сообщил, что договоренность стала возможной благодаря "
                + "совместным усилиям Главы государства, президентов России и США.", "2010-04-16")))
                .containsExactlyInAnyOrder("kanat-saudabayev", "dmitry-medvedev", "barack-obama");
    }

    @Test
    void withoutADatelineTheTwoStatesLeaveItOpen() {
        assertThat(officials(tag("Президент Узбекистана посетит Казахстан с государственным визитом на следующей неделе. "
                + "Глава государства выступит на бизнес-форуме.", "2022-12-15")))
                .containsExactly("shavkat-mirziyoyev");
    }

    @Test
    void aThirdStatesDatelineDecidesNothing() {
        assertThat(officials(tag("МОСКВА, 20 июня (ТАСС). Президент Туркменистана прибыл в Казахстан с государственным "
                + "визитом. Глава государства выступит на бизнес-форуме.", "2023-06-20")))
                .containsExactly("serdar-berdimuhamedow");
    }
}
