package org.communique.notifier.matching.morphology;

/** The writing system of a token, which decides the stemmers that apply to it. */
enum Script {
    CYRILLIC, LATIN, OTHER;

    static Script of(String token) {
        for (int i = 0; i < token.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(token.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                return CYRILLIC;
            }
            if (script == Character.UnicodeScript.LATIN) {
                return LATIN;
            }
        }
        return OTHER;
    }
}
