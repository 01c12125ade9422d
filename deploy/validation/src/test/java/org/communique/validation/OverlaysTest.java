package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders, and every rendered object is valid for its exact apiVersion and kind. */
class OverlaysTest {

    private static final Manifests MANIFESTS = new Manifests();

    static List<ObjectNode> render(String overlay) {
        return Kustomize.render(Project.file("deploy/kubernetes/overlays/" + overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersAndEveryObjectValidates(String overlay) {
        List<ObjectNode> objects = render(overlay);

        assertThat(objects).extracting(Kustomize::kind).contains(
                "Namespace", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Deployment",
                "Service", "PodDisruptionBudget", "ScaledObject", "NetworkPolicy", "PodMonitor", "Ingress");
        assertThat(MANIFESTS.validate(objects)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyNamespacedObjectLandsInTheOverlaysNamespace(String overlay) {
        List<ObjectNode> objects = render(overlay);
        String namespace = objects.stream().filter(o -> Kustomize.kind(o).equals("Namespace"))
                .map(Kustomize::name).findFirst().orElseThrow();

        assertThat(objects).filteredOn(o -> !Kustomize.kind(o).equals("Namespace"))
                .extracting(o -> o.path("metadata").path("namespace").asText())
                .containsOnly(namespace);
        assertThat(objects).filteredOn(o -> Kustomize.kind(o).equals("Namespace"))
                .extracting(o -> o.path("metadata").path("labels").path("pod-security.kubernetes.io/enforce").asText())
                .containsExactly("restricted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesCarryTheProjectVersion(String overlay) {
        assertThat(render(overlay)).filteredOn(o -> Kustomize.kind(o).equals("Deployment"))
                .flatExtracting(o -> o.path("spec").path("template").path("spec").path("containers").findValuesAsText("image"))
                .allMatch(image -> image.matches("communique/[a-z]+:0\\.1\\.0-SNAPSHOT"));
    }

    static List<JsonNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> Kustomize.kind(o).equals(kind)).map(JsonNode.class::cast).toList();
    }
}
