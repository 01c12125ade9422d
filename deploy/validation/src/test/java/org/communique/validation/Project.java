package org.communique.validation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's files are: the build passes {@code communique.root}; otherwise found from here up. */
final class Project {

    private Project() {
    }

    static Path root() {
        String configured = System.getProperty("communique.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static Path schemas() {
        return file("deploy/validation/src/test/resources/schemas");
    }
}
