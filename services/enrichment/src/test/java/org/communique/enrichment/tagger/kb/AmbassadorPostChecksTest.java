package org.communique.enrichment.tagger.kb;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ambassador's term names the state accredited to; no other office has a post; one post has one ambassador at a
 * time, while deputy ministers share their office.
 */
class AmbassadorPostChecksTest {

    private static Person person(String id, OfficeTerm... terms) {
        return new Person(id, "KZ", Map.of("en", "Test Person", "ru", "Тест Персона"), List.of(), List.of(), true,
                List.of(terms));
    }

    private static OfficeTerm ambassador(String from, String to, String post) {
        return new OfficeTerm(Office.AMBASSADOR, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), false,
                null, post);
    }

    @Test
    void anAmbassadorNeedsAPostThatIsAnotherState() {
        assertThat(KnowledgeBaseChecks.person(person("a", ambassador("2020-01-01", null, null))))
                .extracting(KnowledgeBaseChecks.Violation::field).containsExactly("terms[0].post");
        assertThat(KnowledgeBaseChecks.person(person("a", ambassador("2020-01-01", null, "XX"))))
                .extracting(KnowledgeBaseChecks.Violation::field).containsExactly("terms[0].post");
        assertThat(KnowledgeBaseChecks.person(person("a", ambassador("2020-01-01", null, "KZ"))))
                .extracting(KnowledgeBaseChecks.Violation::field).containsExactly("terms[0].post");
        assertThat(KnowledgeBaseChecks.person(person("a", ambassador("2020-01-01", null, "RU")))).isEmpty();
    }

    @Test
    void noOtherOfficeHasAPost() {
        OfficeTerm minister = new OfficeTerm(Office.FOREIGN_MINISTER, LocalDate.parse("2020-01-01"), null, false, null, "RU");
        assertThat(KnowledgeBaseChecks.person(person("a", minister)))
                .extracting(KnowledgeBaseChecks.Violation::field).containsExactly("terms[0].post");
    }

    @Test
    void onePostHasOneAmbassadorAtATimeButTwoPostsMayOverlap() {
        Person first = person("first", ambassador("2020-01-01", "2023-01-01", "RU"));
        Person second = person("second", ambassador("2022-06-01", null, "RU"));
        Person elsewhere = person("elsewhere", ambassador("2021-01-01", null, "CN"));
        assertThat(KnowledgeBaseChecks.overlaps(List.of(first, second, elsewhere))).hasSize(1);
        assertThat(KnowledgeBaseChecks.overlaps(second, List.of(first, elsewhere))).hasSize(1);
        assertThat(KnowledgeBaseChecks.overlaps(elsewhere, List.of(first, second))).isEmpty();
        // one person accredited to two states at once
        assertThat(KnowledgeBaseChecks.person(person("two", ambassador("2020-01-01", null, "GB"),
                ambassador("2020-01-01", null, "IE")))).isEmpty();
    }

    @Test
    void deputyForeignMinistersServeSeveralAtOnce() {
        OfficeTerm deputy = new OfficeTerm(Office.DEPUTY_FOREIGN_MINISTER, LocalDate.parse("2020-01-01"), null, false, null);
        Person one = person("one", deputy);
        Person two = person("two", deputy);
        assertThat(KnowledgeBaseChecks.overlaps(List.of(one, two))).isEmpty();
        assertThat(KnowledgeBaseChecks.overlaps(one, List.of(two))).isEmpty();
        assertThat(Office.DEPUTY_FOREIGN_MINISTER.role()).isEqualTo("other");
        assertThat(Office.AMBASSADOR.role()).isEqualTo("ambassador");
    }
}
