package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare surname after the text gave it to someone with another first name is that someone, not the knowledge-base
 * holder of the surname: «Сергей Иванов ... по словам Иванова» is no Igor Ivanov; named in full, or by office, he is.
 */
class SurnameOfSomeoneElseTest {

    @Test
    void theSurnameAloneLaterIsTheOtherPerson() {
        var tags = TestTagger.tag("Глава компании Олег Иванов встретился с инвесторами в Алматы. По словам Иванова,"
                + " завод откроется весной.", "2002-05-14");
        assertThat(TestTagger.officials(tags)).doesNotContain("igor-ivanov");

        var first = TestTagger.tag("Иванов пообещал открыть завод весной. Об этом сообщил директор завода Олег"
                + " Иванов журналистам.", "2002-05-14");
        assertThat(TestTagger.officials(first)).doesNotContain("igor-ivanov");
    }

    @Test
    void theKnowledgeBasePersonNamedInFullOrByOfficeStaysWhenTheSurnameIsShared() {
        var both = TestTagger.tag("Министр иностранных дел России Игорь Иванов провёл переговоры в Астане. Его"
                + " сопровождал советник Сергей Иванов. По словам Иванова, визит удался.", "2002-05-14");
        assertThat(TestTagger.officials(both)).contains("igor-ivanov");

        var alone = TestTagger.tag("По словам Иванова, переговоры в Астане прошли успешно.", "2002-05-14");
        assertThat(TestTagger.officials(alone)).contains("igor-ivanov");
    }
}
