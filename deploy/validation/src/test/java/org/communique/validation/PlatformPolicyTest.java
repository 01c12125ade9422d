package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** What a platform team checks before accepting the rendered overlays. */
class PlatformPolicyTest {

    private static final List<String> SERVICES = List.of("ingest", "enrichment", "notifier");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsMeetTheRestrictedPodSecurityStandard(String overlay) {
        for (JsonNode deployment : OverlaysTest.ofKind(OverlaysTest.render(overlay), "Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).isFalse();
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(texts(security.at("/capabilities/drop"))).containsExactly("ALL");
                assertThat(security.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
                assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
                assertThat(container.has("readinessProbe") && container.has("livenessProbe")
                        && container.has("startupProbe")).isTrue();
                assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasADisruptionBudgetADatabaseAndAKafkaUser(String overlay) {
        List<ObjectNode> objects = OverlaysTest.render(overlay);
        for (String service : SERVICES) {
            assertThat(names(objects, "PodDisruptionBudget")).contains(service);
            assertThat(names(objects, "Cluster")).contains(service + "-db");
            assertThat(names(objects, "KafkaUser")).contains(service);
            JsonNode deployment = byName(objects, "Deployment", service);
            assertThat(deployment.at("/spec/template/spec/containers/0/env").findValues("secretKeyRef"))
                    .extracting(ref -> ref.path("name").asText()).contains(service + "-db-app", service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaIsReachedOnlyOverTlsWithClientCertificatesAndAcls(String overlay) {
        JsonNode kafka = byName(OverlaysTest.render(overlay), "Kafka", "communique");
        assertThat(kafka.at("/spec/kafka/listeners")).allSatisfy(listener -> {
            assertThat(listener.path("tls").asBoolean()).isTrue();
            assertThat(listener.at("/authentication/type").asText()).isEqualTo("tls");
        });
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.at("/spec/kafka/version").asText()).startsWith("4.1.");
        assertThat(kafka.at("/spec/kafkaExporter").isObject()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrichment", "notifier"})
    void eachKafkaUserHasAclsForExactlyItsServicesTopicsAndGroups(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Project.file("services/" + service + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Set<String> topics = values(properties, ".topic");
        Set<String> groups = values(properties, ".group.id");
        JsonNode user = byName(OverlaysTest.render("prod"), "KafkaUser", service);
        Set<String> aclTopics = new HashSet<>();
        Set<String> aclGroups = new HashSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            String type = acl.at("/resource/type").asText();
            if (!type.equals("cluster")) {
                assertThat(acl.at("/resource/patternType").asText()).isEqualTo("literal");
            }
            (type.equals("topic") ? aclTopics : type.equals("group") ? aclGroups : new HashSet<String>())
                    .add(acl.at("/resource/name").asText());
        }

        assertThat(aclTopics).isEqualTo(topics);
        assertThat(aclGroups).isEqualTo(groups);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void consumersScaleOnLagAndNeverAbovePartitions(String overlay) {
        List<ObjectNode> objects = OverlaysTest.render(overlay);
        List<JsonNode> scaled = OverlaysTest.ofKind(objects, "ScaledObject");
        assertThat(scaled).extracting(s -> s.at("/spec/scaleTargetRef/name").asText())
                .containsExactlyInAnyOrder("enrichment", "notifier");
        for (JsonNode object : scaled) {
            JsonNode trigger = object.at("/spec/triggers/0");
            assertThat(trigger.path("type").asText()).isEqualTo("kafka");
            String topic = trigger.at("/metadata/topic").asText();
            int partitions = OverlaysTest.ofKind(objects, "KafkaTopic").stream()
                    .filter(t -> t.at("/spec/topicName").asText().equals(topic))
                    .findFirst().orElseThrow().at("/spec/partitions").asInt();
            assertThat(object.at("/spec/maxReplicaCount").asInt()).isEqualTo(partitions);
            assertThat(object.at("/spec/minReplicaCount").asInt()).isBetween(1, partitions);
            assertThat(trigger.at("/metadata/lagThreshold").asText()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheNotifierAndIngestReachTheInternetAndEveryoneResolvesNames(String overlay) {
        List<JsonNode> policies = OverlaysTest.ofKind(OverlaysTest.render(overlay), "NetworkPolicy");
        Set<String> internet = policies.stream()
                .filter(p -> p.path("spec").path("egress").findValuesAsText("cidr").contains("0.0.0.0/0"))
                .map(Kustomize::name).collect(Collectors.toSet());
        assertThat(internet).containsExactlyInAnyOrder("notifier", "ingest");
        for (JsonNode policy : policies) {
            if (internet.contains(Kustomize.name(policy))) {
                assertThat(policy.at("/spec/egress").findValues("ports").stream()
                        .filter(ports -> ports.findValues("port").stream().anyMatch(p -> p.asInt() == 443))
                        .count()).isEqualTo(1);
                assertThat(policy.path("spec").findValues("except").get(0).toString()).contains("10.0.0.0/8");
            }
        }
        JsonNode dns = policies.stream().filter(p -> Kustomize.name(p).equals("communique-dns")).findFirst().orElseThrow();
        assertThat(dns.at("/spec/egress/0/ports").findValuesAsText("port")).contains("53");
        assertThat(policies.stream().filter(p -> Kustomize.name(p).equals("communique-default-deny")).findFirst()
                .orElseThrow().at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressRoutesToServicesThatExistAndEmailLinksUseItsHost(String overlay) {
        List<ObjectNode> objects = OverlaysTest.render(overlay);
        JsonNode ingress = byName(objects, "Ingress", "communique");
        assertThat(ingress.findValues("service")).extracting(s -> s.path("name").asText())
                .isSubsetOf(names(objects, "Service"));
        String host = ingress.at("/spec/rules/0/host").asText();
        String publicUrl = byName(objects, "ConfigMap", "communique").at("/data/COMMUNIQUE_NOTIFIER_PUBLIC_URL").asText();
        assertThat(publicUrl).endsWith("://" + host);
    }

    private static Set<String> values(Properties properties, String suffix) {
        return properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.") && k.endsWith(suffix))
                .map(properties::getProperty).collect(Collectors.toSet());
    }

    private static List<String> names(List<ObjectNode> objects, String kind) {
        return OverlaysTest.ofKind(objects, kind).stream().map(Kustomize::name).toList();
    }

    private static JsonNode byName(List<ObjectNode> objects, String kind, String name) {
        return OverlaysTest.ofKind(objects, kind).stream().filter(o -> Kustomize.name(o).equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
