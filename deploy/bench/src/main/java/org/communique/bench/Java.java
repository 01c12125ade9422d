package org.communique.bench;

import java.nio.file.Path;

/** The java launcher of the running JVM, for child JVMs. */
final class Java {

    private Java() {
    }

    static String command() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
