package org.communique.notifier.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/** Comparable form of a person's name in any script: case, «ё» and spacing do not matter. */
public final class Names {

    // compiled once: String.replaceAll compiled it again for every name of every release matched
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Names() {
    }

    public static String normalize(String name) {
        return WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
