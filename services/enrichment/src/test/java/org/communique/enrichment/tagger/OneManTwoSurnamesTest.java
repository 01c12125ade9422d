package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tajikistan's foreign minister since 2013 took another surname while in office (Aslov, then Muhriddin): one person
 * in the knowledge base under one id, named either way and found by his office on any date of his term.
 */
class OneManTwoSurnamesTest {

    @Test
    void eitherSurnameNamesTheSameMan() {
        assertThat(TestTagger.officials(TestTagger.tag("Глава МИД Таджикистана Сироджиддин Аслов прибыл в Астану.",
                "2015-06-02"))).containsExactly("sirojiddin-muhriddin");
        assertThat(TestTagger.officials(TestTagger.tag("Tajik Foreign Minister Sirojiddin Muhriddin arrived in Astana.",
                "2022-06-02"))).containsExactly("sirojiddin-muhriddin");
    }

    @Test
    void hisOfficeFindsHimBeforeAndAfterTheChange() {
        assertThat(TestTagger.officials(TestTagger.tag("Министр иностранных дел Таджикистана посетил Бишкек.",
                "2016-03-01"))).containsExactly("sirojiddin-muhriddin");
        assertThat(TestTagger.officials(TestTagger.tag("Министр иностранных дел Таджикистана посетил Бишкек.",
                "2023-03-01"))).containsExactly("sirojiddin-muhriddin");
        // before his term the office was another man's
        assertThat(TestTagger.officials(TestTagger.tag("Министр иностранных дел Таджикистана посетил Бишкек.",
                "2010-03-01"))).doesNotContain("sirojiddin-muhriddin").hasSize(1);
    }
}
