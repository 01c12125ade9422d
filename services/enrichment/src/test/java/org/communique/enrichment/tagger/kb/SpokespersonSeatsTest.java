package org.communique.enrichment.tagger.kb;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A foreign ministry's spokesperson is one person at a time, except China's, whose ministry has several at once: two
 * overlapping terms are an error for Russia's and none for China's, and China's office has no holder to look up.
 */
class SpokespersonSeatsTest {

    private static Person spokesperson(String id, String country, String from, String to) {
        OfficeTerm term = new OfficeTerm(Office.SPOKESPERSON, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), false, null);
        return new Person(id, country, Map.of("en", "Test Person", "ru", "Тест Персона"), List.of(), List.of(), true,
                List.of(term));
    }

    @Test
    void twoSpokespeopleAtOnceOverlapForRussiaButNotForChina() {
        List<Person> russia = List.of(spokesperson("a", "RU", "2020-01-01", null),
                spokesperson("b", "RU", "2021-01-01", null));
        List<Person> china = List.of(spokesperson("c", "CN", "2020-01-01", null),
                spokesperson("d", "CN", "2021-01-01", null));
        assertThat(KnowledgeBaseChecks.overlaps(russia)).hasSize(1);
        assertThat(KnowledgeBaseChecks.overlaps(china)).isEmpty();
        assertThat(KnowledgeBaseChecks.overlaps(china.get(1), china)).isEmpty();
        assertThat(KnowledgeBaseChecks.overlaps(russia.get(1), russia)).hasSize(1);
    }

    @Test
    void theSharedOfficeIsSharedOnlyForItsStatesAndRoleOther() {
        assertThat(Office.SPOKESPERSON.sharedAtOnce("CN")).isTrue();
        assertThat(Office.SPOKESPERSON.sharedAtOnce("RU")).isFalse();
        assertThat(Office.DEPUTY_FOREIGN_MINISTER.sharedAtOnce("RU")).isTrue();
        assertThat(Office.SPOKESPERSON.role()).isEqualTo("other");
        assertThat(Office.PRESS_SECRETARY.role()).isEqualTo("other");
        assertThat(Office.PRESS_SECRETARY.hasPost()).isFalse();
    }
}
