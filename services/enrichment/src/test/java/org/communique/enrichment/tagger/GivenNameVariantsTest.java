package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.TestTagger.officials;
import static org.communique.enrichment.tagger.TestTagger.tag;

/**
 * A known surname after the person's own given name spelled another way (Kazakh «һ», Russian «г» for an Arabic or
 * Persian «h», «и» for «э») is that person; a given name that is really someone else's still makes someone else.
 */
class GivenNameVariantsTest {

    @Test
    void theGivenNameInAnotherSpellingIsTheSamePerson() {
        assertThat(officials(tag("Ибрагим Раиси прибыл в Ташкент.", "2023-05-14"))).containsExactly("ebrahim-raisi");
        assertThat(officials(tag("Иран Президенті Ибраһим Раиси Астанаға келді.", "2023-05-14")))
                .containsExactly("ebrahim-raisi");
        assertThat(officials(tag("Ирандын Президенти Ибрахим Раиси Бишкекке келди.", "2023-05-14")))
                .containsExactly("ebrahim-raisi");
        assertThat(officials(tag("Имомали Рахмон прибыл в Ташкент.", "2019-05-14"))).containsExactly("emomali-rahmon");
    }

    @Test
    void anotherGivenNameIsStillSomeoneElse() {
        // the knowledge base's Ivanov is Igor; Oleg Ivanov is not its foreign minister
        assertThat(officials(tag("Олег Иванов прибыл в Ташкент.", "2003-05-14"))).isEmpty();
        assertThat(officials(tag("Сергей Лавров и Олег Иванов прибыли в Ташкент.", "2003-05-14")))
                .containsExactly("sergey-lavrov");
    }
}
