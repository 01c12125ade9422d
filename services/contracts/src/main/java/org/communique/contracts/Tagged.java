package org.communique.contracts;

/**
 * How much of a release's text the tagger read: its first {@code characters} characters. {@code truncated} is true
 * when the text was longer than the tagging budget and the rest was not tagged (the title is always tagged whole).
 */
public record Tagged(int characters, boolean truncated) {

    public Tagged {
        if (characters < 0) {
            throw new IllegalArgumentException("characters must be >= 0");
        }
    }

    /** The whole text of {@code characters} characters was tagged. */
    public static Tagged whole(int characters) {
        return new Tagged(characters, false);
    }
}
