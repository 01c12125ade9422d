package org.communique.ingest.stories;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SourceHistoryTest {

    private static final UUID MINISTRY = UUID.randomUUID();
    private static final UUID AGENCY = UUID.randomUUID();

    @Test
    void shinglesInTwoStoriesOfASourceAreItsBoilerplateAndOneStorysCopiesAreNot() {
        SourceHistory history = SourceHistory.empty(10);
        UUID first = UUID.randomUUID();
        UUID copy = UUID.randomUUID();
        history.record(MINISTRY, first, first, Shingles.of("the ministry informs that the talks took place in bishkek"));
        history.record(MINISTRY, copy, first, Shingles.of("the ministry informs that the talks took place in osh"));
        long[] next = Shingles.of("the ministry informs that a consulate opened in novosibirsk");

        // one story so far: its copies share words, but nothing is boilerplate yet
        assertThat(history.strip(MINISTRY, null, next)).containsExactly(next);

        UUID second = UUID.randomUUID();
        history.record(MINISTRY, second, second, Shingles.of("the ministry informs that a visa regime was eased"));
        long[] stripped = history.strip(MINISTRY, null, next);
        assertThat(stripped).doesNotContain(Shingles.of("the ministry informs")[0])
                .contains(Shingles.of("consulate opened in")[0]);
        // boilerplate of one source is not another's
        assertThat(history.strip(AGENCY, null, next)).containsExactly(next);
    }

    @Test
    void aReleasesOwnEarlierVersionDoesNotMakeItsWordsBoilerplateAndOldReleasesAreForgotten() {
        SourceHistory history = SourceHistory.empty(2);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        long[] text = Shingles.of("the ministry informs that the talks took place");
        history.record(MINISTRY, first, first, text);
        history.record(MINISTRY, second, second, Shingles.of("the ministry informs that a visa regime was eased"));

        assertThat(history.strip(MINISTRY, first, text)).contains(Shingles.of("the ministry informs")[0]);
        assertThat(history.strip(MINISTRY, null, text)).doesNotContain(Shingles.of("the ministry informs")[0]);

        UUID third = UUID.randomUUID();
        history.record(MINISTRY, third, third, Shingles.of("a consulate opened in novosibirsk last week"));
        // the first release fell out of the last two: "the ministry informs" is in one story only now
        assertThat(history.strip(MINISTRY, null, text)).containsExactly(text);
    }

    @Test
    void aReleaseCarriesTheBoilerplateOfTheSourceItReprintsUntilThatSourceMovesOn() {
        SourceHistory history = SourceHistory.empty(2);
        String formula = "the press service of the ministry of foreign affairs of the kyrgyz republic informs that";
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        history.record(MINISTRY, first, first, Shingles.of(formula + " talks took place in bishkek"));
        history.record(MINISTRY, second, second, Shingles.of(formula + " a consulate opened in osh"));
        long[] reprint = Shingles.of(formula + " the minister met the ambassador of japan");
        long[] fewWords = Shingles.of("the press service of the ministry says the minister met the ambassador");

        assertThat(history.carried(AGENCY, reprint)).containsExactly(MINISTRY);
        assertThat(history.carried(MINISTRY, reprint)).isEmpty();
        assertThat(history.carried(AGENCY, fewWords)).isEmpty();

        // two newer releases without the formula: it is no longer the ministry's boilerplate
        UUID third = UUID.randomUUID();
        UUID fourth = UUID.randomUUID();
        history.record(MINISTRY, third, third, Shingles.of("a new visa regime for citizens of japan starts in may"));
        history.record(MINISTRY, fourth, fourth, Shingles.of("the embassy in tokyo will move to a new building"));
        assertThat(history.carried(AGENCY, reprint)).isEmpty();
    }

    @Test
    void aSourceLetGoTakesItsBoilerplateWithIt() {
        SourceHistory history = SourceHistory.empty(10);
        String formula = "the ministry of foreign affairs of the kyrgyz republic informs that";
        history.record(MINISTRY, UUID.randomUUID(), UUID.randomUUID(), Shingles.of(formula + " talks took place in bishkek"));
        history.record(MINISTRY, UUID.randomUUID(), UUID.randomUUID(), Shingles.of(formula + " a consulate opened in osh"));
        UUID other = UUID.randomUUID();
        history.record(other, UUID.randomUUID(), UUID.randomUUID(), Shingles.of("an agency reports the weather in talas"));
        long[] reprint = Shingles.of("bishkek today " + formula + " the border was reopened");
        assertThat(history.carried(AGENCY, reprint)).containsExactly(MINISTRY);

        // the ministry was used least recently: it goes, and with it what it taught about the reprint
        history.retainAtMost(1);
        assertThat(history.sources()).isEqualTo(1);
        assertThat(history.carried(AGENCY, reprint)).isEmpty();
        assertThat(history.strip(MINISTRY, null, reprint)).containsExactly(reprint);
    }
}
