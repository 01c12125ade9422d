package org.communique.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** How to start another JVM like this one. */
final class Java {

    private Java() {
    }

    static String binary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's runtime libraries, Kafka's among them, copied to {@code target/lib} by the build. */
    static String libraries(Path root) {
        Path lib = root.resolve("deploy/local/target/lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " is missing: build first (./communique up builds it)");
        }
        return lib + File.separator + "*";
    }
}
