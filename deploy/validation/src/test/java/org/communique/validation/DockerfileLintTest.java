package org.communique.validation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileLintTest {

    @Test
    void theServicesDockerfileLintsClean() throws IOException {
        assertThat(DockerfileLint.lint(Files.readString(Project.file("deploy/docker/Dockerfile")))).isEmpty();
    }

    @Test
    void untaggedOrLatestImagesShellFormAndRootFail() {
        String bad = """
                FROM eclipse-temurin AS build
                RUN echo build
                FROM eclipse-temurin:latest
                ADD app.jar /app.jar
                COPY --from=build /x /x
                ENTRYPOINT java -jar /app.jar
                """;

        assertThat(DockerfileLint.lint(bad)).anyMatch(p -> p.startsWith("DL3006"))
                .anyMatch(p -> p.startsWith("DL3007")).anyMatch(p -> p.startsWith("DL3020"))
                .anyMatch(p -> p.startsWith("DL3025")).anyMatch(p -> p.startsWith("DL3002"));
    }

    @Test
    void aSingleStageImageBuiltOnTheHostFails() {
        String hostBuilt = """
                FROM eclipse-temurin:17-jre
                COPY target/quarkus-app/ /deployments/
                USER 185
                ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
                """;

        assertThat(DockerfileLint.lint(hostBuilt)).containsExactly(
                "not a multi-stage build: the runtime stage must copy from a build stage");
    }
}
