package org.communique.ingest.stories;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.ingest.stories.StoryTexts.*;

class MinHashTest {

    @Test
    void versionsOfOneStoryAreSimilarAndADifferentStoryIsNot() {
        long[] ministry = signature(MINISTRY_TITLE, MINISTRY_BODY);
        long[] agency = signature(AGENCY_TITLE, AGENCY_BODY);
        long[] secondAgency = signature(SECOND_AGENCY_TITLE, SECOND_AGENCY_BODY);
        long[] other = signature(OTHER_TITLE, OTHER_BODY);

        // word 3-grams: a reprint shares most of them, a shortened version under its own headline about half
        assertThat(MinHash.similarity(ministry, agency)).isGreaterThan(0.45);
        assertThat(MinHash.similarity(ministry, secondAgency)).isGreaterThan(0.45);
        assertThat(MinHash.similarity(ministry, other)).isLessThan(0.3);
        assertThat(MinHash.similarity(agency, other)).isLessThan(0.3);
    }

    @Test
    void similarTextsShareABandAndTheSameTextAllOfThem() {
        long[] ministry = MinHash.bands(signature(MINISTRY_TITLE, MINISTRY_BODY));
        long[] agency = MinHash.bands(signature(AGENCY_TITLE, AGENCY_BODY));

        assertThat(ministry).containsAnyOf(agency);
        assertThat(MinHash.bands(signature(MINISTRY_TITLE, MINISTRY_BODY))).containsExactly(ministry);
    }

    @Test
    void normalisationIgnoresCaseYoAndPunctuation() {
        assertThat(Shingles.normalise("Всё — «ЗАЯВЛЕНИЕ»,\nМИД!")).isEqualTo("все заявление мид");
        assertThat(Shingles.of("Всё — «ЗАЯВЛЕНИЕ»")).containsExactly(Shingles.of("все заявление"));
    }

    @Test
    void shinglesAreWordTriplesAndReadOnlyTheBeginningOfAHugeText() {
        assertThat(Shingles.of("one two three four")).hasSize(2);
        assertThat(Shingles.of("one two")).isEmpty();
        String huge = "alpha beta gamma ".repeat(200_000) + "omega psi chi";
        assertThat(Shingles.of(huge)).doesNotContain(Shingles.of("omega psi chi")[0]);
    }

    @Test
    void signatureSurvivesStorage() {
        long[] signature = signature(OTHER_TITLE, OTHER_BODY);

        assertThat(MinHash.fromBytes(MinHash.toBytes(signature))).containsExactly(signature);
    }

    private static long[] signature(String title, String body) {
        return MinHash.signature(Shingles.of(title + "\n" + body));
    }
}
