package org.communique.notifier.matching;

import java.util.Locale;

/** Comparable form of a person's name in any script: case, «ё» and spacing do not matter. */
public final class Names {

    private Names() {
    }

    public static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
