package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office followed by one of its holder's names that is not the surname the knowledge base matches alone: "President
 * Xi" (Chinese and Korean names put the surname first), «Председатель Си», "Premier Li", "President Yoon".
 */
class TitleAndOneNameTest {

    @Test
    void theHolderOfThatOfficeThatDayWithThatName() {
        assertThat(TestTagger.officials(TestTagger.tag("President Xi received the minister in Beijing.", "2023-03-10")))
                .containsExactly("xi-jinping");
        assertThat(TestTagger.officials(TestTagger.tag("Министр встретился с Председателем Си в Пекине.", "2023-03-10")))
                .containsExactly("xi-jinping");
        assertThat(TestTagger.officials(TestTagger.tag("Premier Li met the minister in Beijing.", "2014-03-10")))
                .containsExactly("li-keqiang");
        assertThat(TestTagger.officials(TestTagger.tag("Premier Li met the minister in Beijing.", "2024-03-10")))
                .containsExactly("li-qiang");
        assertThat(TestTagger.officials(TestTagger.tag("President Yoon received the minister in Seoul.", "2023-03-10")))
                .containsExactly("yoon-suk-yeol");
    }

    @Test
    void nobodyWhenTheNameFitsNoHolderOrSeveral() {
        // Wang Yi was not foreign minister between Qin Gang's appointment and his removal
        assertThat(TestTagger.officials(TestTagger.tag("Foreign Minister Wang met his counterpart in Beijing.",
                "2023-03-10"))).isEmpty();
        // «Ли»: China's premier and Singapore's prime minister both in 2014
        assertThat(TestTagger.officials(TestTagger.tag("Премьер Ли встретился с министром.", "2014-03-10"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Premier League clubs met the minister.", "2014-03-10"))).isEmpty();
    }

    @Test
    void aFirstNameBeforeAnInitialIsNoWholeName() {
        assertThat(TestTagger.officials(TestTagger.tag("Secretary of State Antony J. Blinken spoke today with the "
                + "Foreign Minister of Kazakhstan Mukhtar Tileuberdi by phone.", "2022-01-06")))
                .containsExactlyInAnyOrder("antony-blinken", "mukhtar-tileuberdi");
    }
}
