package org.communique.enrichment.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communique.contracts.Tagged;
import org.communique.enrichment.tagger.TagInput;

/**
 * Cuts a text to the characters the tagger may read. Tagging costs about a microsecond of CPU per word, so a
 * megabyte of one-letter words held a core for up to a second; past the budget the text is not tagged and the
 * caller is told. The cut never splits a word (it goes back to the last blank within {@value #WORD_BACK_OFF}
 * characters): half a word could read as another one. Mentions keep their offsets, since the text tagged is a
 * prefix of the original.
 */
@ApplicationScoped
public class TaggingBudget {

    static final int WORD_BACK_OFF = 64;

    private final int maxCharacters;

    @Inject
    public TaggingBudget(TaggingBudgetConfig config) {
        this(config.maxCharacters());
    }

    /** A budget of {@code maxCharacters}, outside CDI (tools, tests). */
    public static TaggingBudget ofCharacters(int maxCharacters) {
        return new TaggingBudget(maxCharacters);
    }

    TaggingBudget(int maxCharacters) {
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("communique.enrichment.tagging.max-characters must be at least 1");
        }
        this.maxCharacters = maxCharacters;
    }

    public int maxCharacters() {
        return maxCharacters;
    }

    /** The input with its text cut to the budget, and how much of it is tagged. */
    public Budgeted apply(TagInput input) {
        String text = input.text() == null ? "" : input.text();
        if (text.length() <= maxCharacters) {
            return new Budgeted(input, Tagged.whole(text.length()));
        }
        int cut = cutAt(text, maxCharacters);
        return new Budgeted(new TagInput(input.title(), text.substring(0, cut), input.language(), input.publishedAt()),
                new Tagged(cut, true));
    }

    static int cutAt(String text, int max) {
        int cut = max;
        if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        if (Character.isWhitespace(text.charAt(cut))) {
            return cut;
        }
        for (int i = cut - 1; i > 0 && i >= cut - WORD_BACK_OFF; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return cut;
    }

    /** What to tag, and how much of the text that is. */
    public record Budgeted(TagInput input, Tagged tagged) {
    }
}
