package org.communique.enrichment.tagger.text;

/**
 * A word or number of a title or text. {@code start}/{@code end} index the field exactly as given;
 * {@code separator} holds the non-space characters between the previous token and this one
 * ({@code ""}, {@code "-"}, {@code ","}...), which decides whether a name may continue across it.
 */
public record Token(
        int index,
        String field,
        int start,
        int end,
        String raw,
        String lower,
        String key,
        String separator,
        boolean newlineBefore,
        int sentence) {

    public boolean isNumber() {
        return Character.isDigit(raw.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(raw.codePointAt(0));
    }

    public boolean isAllUpper() {
        boolean letter = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** A single capital letter followed by a dot: «С.» in «С. Жапаров». */
    public boolean isInitial(String fieldText) {
        return raw.length() == 1 && Character.isUpperCase(raw.charAt(0))
                && end < fieldText.length() && fieldText.charAt(end) == '.';
    }

    public boolean isCyrillic() {
        return TextFolding.isCyrillic(raw.charAt(0));
    }

    /** Whether a multi-word name may continue from the previous token into this one. */
    public boolean joinsPrevious() {
        return separator.isEmpty() || separator.equals("-") || separator.equals("‑")
                || separator.equals("'") || separator.equals("’");
    }
}
