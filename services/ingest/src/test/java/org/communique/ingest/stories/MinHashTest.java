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

    @Test
    void aSubsetsSignatureFromTheTracedOneIsTheSignatureOfTheSubset() {
        long[] shingles = Shingles.of(MINISTRY_TITLE + "\n" + MINISTRY_BODY + "\n" + OTHER_BODY);
        MinHash.Traced traced = MinHash.traced(shingles);
        java.util.Random random = new java.util.Random(7);
        for (double share : new double[] {0, 0.05, 0.3, 0.7, 0.95}) {
            long[] subset = java.util.Arrays.stream(shingles).filter(h -> random.nextDouble() >= share).toArray();

            MinHash.Traced fromTraced = MinHash.ofSubset(shingles, traced, subset);

            assertThat(MinHash.isSubset(subset, shingles)).isTrue();
            assertThat(fromTraced.values()).containsExactly(MinHash.signature(subset));
            // traced again: a subset of the subset still agrees
            long[] smaller = java.util.Arrays.copyOf(subset, subset.length / 2);
            assertThat(MinHash.ofSubset(subset, fromTraced, smaller).values()).containsExactly(MinHash.signature(smaller));
        }
        assertThat(traced.values()).containsExactly(MinHash.signature(shingles));
    }

    @Test
    void signaturesStayThoseAlreadyStored() {
        // stored signatures and bands are compared with new ones for 72 h: a faster computation must give
        // the very same values (these were computed by the first implementation)
        long[] signature = MinHash.signature(new long[] {1L, 2L, 3L, 0x123456789abcdefL, -5L});

        assertThat(signature[0]).isEqualTo(-8211727463548297958L);
        assertThat(signature[1]).isEqualTo(-9146282677069156100L);
        assertThat(signature[119]).isEqualTo(-7981840640946298100L);
        assertThat(MinHash.bands(signature)[0]).isEqualTo(1280821718049369700L);
    }

    @Test
    void aSetWithAShingleOfItsOwnIsNoSubset() {
        assertThat(MinHash.isSubset(new long[] {1, 3}, new long[] {1, 2, 3})).isTrue();
        assertThat(MinHash.isSubset(new long[] {1, 4}, new long[] {1, 2, 3})).isFalse();
        assertThat(MinHash.isSubset(new long[] {0}, new long[] {1, 2, 3})).isFalse();
        assertThat(MinHash.isSubset(new long[] {}, new long[] {})).isTrue();
    }

    private static long[] signature(String title, String body) {
        return MinHash.signature(Shingles.of(title + "\n" + body));
    }
}
