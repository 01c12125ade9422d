package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;

/**
 * The tokens of a token's sentence, found by stepping out from it. The tokenizer cuts sentences at a bounded
 * length, so a rule that looks at its sentence this way does bounded work per mention, where one that filters
 * every token of the field by sentence costs the square of the field's length on a text of many mentions.
 */
final class SentenceBounds {

    private SentenceBounds() {
    }

    /** The first token of the sentences {@code below} sentences before token {@code at}'s up to its own. */
    static int first(List<Token> tokens, int at, int below) {
        int sentence = tokens.get(at).sentence() - below;
        int i = at;
        while (i > 0 && tokens.get(i - 1).sentence() >= sentence) {
            i--;
        }
        return i;
    }

    /** The last token of the sentences from token {@code at}'s up to {@code above} sentences after it. */
    static int last(List<Token> tokens, int at, int above) {
        int sentence = tokens.get(at).sentence() + above;
        int i = at;
        while (i + 1 < tokens.size() && tokens.get(i + 1).sentence() <= sentence) {
            i++;
        }
        return i;
    }

    /**
     * The index of the first of a field's matches (non-overlapping, in text order) whose first token lies in
     * {@code sentence} or a later one; {@code matches.size()} if none.
     */
    static int firstMatch(List<Token> tokens, List<? extends Match<?>> matches, int sentence) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(matches.get(mid).first()).sentence() < sentence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
