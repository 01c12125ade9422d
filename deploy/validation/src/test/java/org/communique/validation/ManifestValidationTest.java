package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator itself: unknown fields and wrong apiVersions fail, for built-in kinds and custom resources. */
class ManifestValidationTest {

    private static final Manifests MANIFESTS = new Manifests();
    private static final List<ObjectNode> DEV = OverlaysTest.render("dev");

    private static ObjectNode copyOf(String kind, String name) {
        return DEV.stream().filter(o -> Kustomize.kind(o).equals(kind) && Kustomize.name(o).equals(name))
                .findFirst().orElseThrow().deepCopy();
    }

    @Test
    void anUnknownFieldInADeploymentFails() {
        ObjectNode deployment = copyOf("Deployment", "ingest");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("imagePullPolcy", "Always");

        assertThat(MANIFESTS.validate(deployment)).anyMatch(p -> p.contains("imagePullPolcy"));
    }

    @Test
    void anUnknownFieldInAPodSecurityContextFails() {
        ObjectNode deployment = copyOf("Deployment", "notifier");
        ((ObjectNode) deployment.at("/spec/template/spec/securityContext")).put("runAsNonroot", true);

        assertThat(MANIFESTS.validate(deployment)).anyMatch(p -> p.contains("runAsNonroot"));
    }

    @Test
    void aWrongApiVersionOfABuiltInKindFails() {
        ObjectNode deployment = copyOf("Deployment", "ingest");
        deployment.put("apiVersion", "apps/v1beta1");
        ObjectNode budget = copyOf("PodDisruptionBudget", "ingest");
        budget.put("apiVersion", "policy/v1beta1");

        assertThat(MANIFESTS.validate(deployment)).anyMatch(p -> p.contains("apps/v1beta1"));
        assertThat(MANIFESTS.validate(budget)).anyMatch(p -> p.contains("policy/v1beta1"));
    }

    @Test
    void anUnknownFieldInAKafkaFails() {
        ObjectNode kafka = copyOf("Kafka", "communique");
        ((ObjectNode) kafka.at("/spec/kafka")).put("replicas", 3);

        assertThat(MANIFESTS.validate(kafka)).isNotEmpty().allMatch(p -> p.contains("replicas"));
    }

    @Test
    void strimzisRemovedApiVersionFails() {
        ObjectNode kafka = copyOf("Kafka", "communique");
        kafka.put("apiVersion", "kafka.strimzi.io/v1beta2");

        assertThat(MANIFESTS.validate(kafka)).anyMatch(p -> p.contains("does not serve apiVersion kafka.strimzi.io/v1beta2"));
    }

    @Test
    void anUnknownFieldInOtherCustomResourcesFails() {
        ObjectNode cluster = copyOf("Cluster", "ingest-db");
        ((ObjectNode) cluster.at("/spec")).put("replicas", 3);
        ObjectNode scaled = copyOf("ScaledObject", "enrichment");
        ((ObjectNode) scaled.at("/spec")).put("maxReplicas", 6);
        ObjectNode monitor = copyOf("PodMonitor", "communique-services");
        ((ObjectNode) monitor.at("/spec/podMetricsEndpoints/0")).put("url", "/q/metrics");

        assertThat(MANIFESTS.validate(cluster)).anyMatch(p -> p.contains("replicas"));
        assertThat(MANIFESTS.validate(scaled)).anyMatch(p -> p.contains("maxReplicas"));
        assertThat(MANIFESTS.validate(monitor)).anyMatch(p -> p.contains("url"));
    }

    @Test
    void aWrongTypeInACustomResourceFails() {
        ObjectNode topic = copyOf("KafkaTopic", "press-releases");
        ((ObjectNode) topic.at("/spec")).put("partitions", "six");

        assertThat(MANIFESTS.validate(topic)).anyMatch(p -> p.contains("partitions"));
    }

    @Test
    void aKindNobodyServesFails() {
        JsonNode unknown = Yaml.documents("apiVersion: example.org/v1\nkind: Widget\nmetadata: {name: w}\n").get(0);

        assertThat(MANIFESTS.validate(unknown)).anyMatch(p -> p.contains("no schema"));
    }
}
