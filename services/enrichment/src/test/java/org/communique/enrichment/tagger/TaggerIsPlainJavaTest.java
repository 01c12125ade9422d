package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tagger is a plain Java library: no Quarkus, CDI or JPA inside it, so it runs in unit tests and JMH alone. */
class TaggerIsPlainJavaTest {

    private static final Path SOURCES = Path.of("src/main/java/org/communique/enrichment/tagger");

    @Test
    void importsNoFrameworkPackage() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).filter(l -> l.startsWith("import io.quarkus") || l.startsWith("import jakarta.")
                            || l.startsWith("import io.smallrye") || l.startsWith("import org.hibernate"))
                            .map(l -> f.getFileName() + ": " + l))
                    .toList();
        }
        assertThat(SOURCES).isDirectory();
        assertThat(offending).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
