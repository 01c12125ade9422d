package org.communique.notifier.matching;

import org.communique.notifier.matching.morphology.Stems;
import org.communique.notifier.matching.morphology.Tokenizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stems of a release's title and body with the word positions where each occurs, so that keywords
 * match inflected words and phrases match consecutive words. The title and the body are separated by a
 * gap, so a phrase never spans the two.
 */
public final class ReleaseText {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> positions;

    private ReleaseText(Map<String, int[]> positions) {
        this.positions = positions;
    }

    public static ReleaseText of(String title, String body, String language) {
        Map<String, int[]> building = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        // a release repeats its words: each distinct one is stemmed (looked up in the memo) once
        Map<String, List<String>> stemsOfWord = new HashMap<>();
        int position = add(Tokenizer.tokens(title), 0, language, stemsOfWord, building, counts);
        add(Tokenizer.tokens(body), position + 1, language, stemsOfWord, building, counts);
        building.replaceAll((stem, list) -> Arrays.copyOf(list, counts.get(stem)));
        return new ReleaseText(Map.copyOf(building));
    }

    private static int add(List<String> tokens, int from, String language, Map<String, List<String>> stemsOfWord,
                           Map<String, int[]> positions, Map<String, Integer> counts) {
        int position = from;
        for (String token : tokens) {
            List<String> stems = stemsOfWord.get(token);
            if (stems == null) {
                stems = Stems.of(token, language);
                stemsOfWord.put(token, stems);
            }
            for (String stem : stems) {
                int count = counts.merge(stem, 1, Integer::sum);
                int[] list = positions.computeIfAbsent(stem, s -> new int[4]);
                if (count > list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    positions.put(stem, list);
                }
                list[count - 1] = position;
            }
            position++;
        }
        return position;
    }

    public boolean contains(String stem) {
        return positions.containsKey(stem);
    }

    /** Every stem present, for looking subscriptions up by keyword. */
    public Set<String> stems() {
        return positions.keySet();
    }

    boolean hasAt(String stem, int position) {
        return Arrays.binarySearch(positions.getOrDefault(stem, NONE), position) >= 0;
    }

    int[] positionsOf(String stem) {
        return positions.getOrDefault(stem, NONE);
    }
}
