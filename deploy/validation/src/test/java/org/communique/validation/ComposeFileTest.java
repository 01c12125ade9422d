package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml is valid Compose and keeps what a fresh clone needs (see README: "With Docker Compose"). */
class ComposeFileTest {

    private final JsonNode compose = ComposeFile.load(Project.file("docker-compose.yml"));

    @Test
    void validatesAgainstTheComposeSpecification() {
        assertThat(ComposeFile.validate(compose)).isEmpty();
    }

    @Test
    void anUnknownFieldFails() {
        ObjectNode broken = compose.deepCopy();
        ((ObjectNode) broken.path("services").path("kafka")).put("restart_policy", "always");

        assertThat(ComposeFile.validate(broken)).anyMatch(m -> m.contains("restart_policy"));
    }

    @Test
    void aWrongTypeFails() {
        ObjectNode broken = compose.deepCopy();
        // a list of names or a mapping of conditions, never a number
        ((ObjectNode) broken.path("services").path("ingest")).put("depends_on", 42);

        assertThat(ComposeFile.validate(broken)).isNotEmpty();
    }

    @Test
    void kafkaKeepsItsLogInTheVolumeAndListensForTheHost() {
        JsonNode kafka = compose.path("services").path("kafka");
        String logDirs = kafka.path("environment").path("KAFKA_LOG_DIRS").asText();

        assertThat(kafka.path("volumes").get(0).asText()).isEqualTo("kafka-data:" + logDirs);
        assertThat(kafka.path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("localhost:19092");
        assertThat(texts(kafka.path("ports"))).anyMatch(p -> p.endsWith(":19092:19092"));
    }

    @Test
    void postgresIsReadyOnlyOverTcp() {
        assertThat(texts(compose.path("services").path("postgres").path("healthcheck").path("test")))
                .contains("pg_isready", "-h", "localhost");
    }

    @Test
    void everyLongRunningServiceRestartsAndHasAHealthcheck() {
        compose.path("services").fields().forEachRemaining(service -> {
            if (service.getKey().equals("kafka-topics")) {
                assertThat(service.getValue().path("restart").asText()).isEqualTo("on-failure");
                return;
            }
            assertThat(service.getValue().path("restart").asText()).as(service.getKey()).isEqualTo("unless-stopped");
            if (!service.getKey().equals("webhook-receiver")) {
                assertThat(service.getValue().has("healthcheck")).as(service.getKey()).isTrue();
            }
        });
    }

    @Test
    void servicesAreBuiltFromTheCloneWithThePinnedImagesElsewhere() {
        compose.path("services").fields().forEachRemaining(service -> {
            JsonNode build = service.getValue().path("build");
            if (build.isMissingNode()) {
                assertThat(service.getValue().path("image").asText()).as(service.getKey())
                        .matches("[a-z0-9./-]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
            } else {
                assertThat(build.path("context").asText()).isEqualTo(".");
                assertThat(Project.file(build.path("dockerfile").asText())).exists();
                assertThat(build.path("args").path("SERVICE").asText()).isEqualTo(service.getKey());
            }
        });
    }

    @Test
    void theWalkThroughHasAMailCatcherAndADemoWebhookReceiverItMayReach() {
        JsonNode services = compose.path("services");
        assertThat(texts(services.path("mailpit").path("ports"))).anyMatch(p -> p.endsWith(":8025:8025"));
        assertThat(services.path("notifier").path("environment").path("COMMUNIQUE_SMTP_HOST").asText()).isEqualTo("mailpit");
        assertThat(texts(services.path("webhook-receiver").path("profiles"))).containsExactly("demo");
        assertThat(services.path("notifier").path("environment")
                .path("_LOCAL_COMMUNIQUE_NOTIFIER_WEBHOOKS_PRIVATE_TARGET_ALLOWLIST").asText()).contains("webhook-receiver");
    }

    @Test
    void everyVariableWithoutADefaultIsDocumentedInEnvExample() throws IOException {
        String text = Files.readString(Project.file("docker-compose.yml"));
        Set<String> documented = Set.copyOf(Files.readAllLines(Project.file(".env.example")).stream()
                .filter(l -> l.matches("[A-Z_]+=.*")).map(l -> l.substring(0, l.indexOf('='))).toList());
        Matcher variable = Pattern.compile("(?<!\\$)\\$\\{([A-Z_]+)").matcher(text);
        List<String> used = new ArrayList<>();
        while (variable.find()) {
            used.add(variable.group(1));
        }

        assertThat(used).isNotEmpty();
        assertThat(documented).containsAll(used);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
