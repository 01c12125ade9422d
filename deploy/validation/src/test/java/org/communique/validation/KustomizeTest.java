package org.communique.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer does what the overlays rely on, and refuses what it does not implement. */
class KustomizeTest {

    @TempDir
    Path dir;

    @Test
    void patchesNamespaceLabelsAndImagesApply() throws IOException {
        write("base/kustomization.yaml", "resources: [app.yaml]\nimages:\n  - {name: app, newTag: '2'}\n");
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - {name: app, image: app, env: [{name: A, value: '1'}]}
                """);
        write("overlay/kustomization.yaml", """
                namespace: ns
                labels:
                  - pairs: {env: dev}
                resources: [../base]
                patches:
                  - path: app.yaml
                  - target: {kind: Deployment}
                    patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 1
                """);
        write("overlay/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - {name: app, env: [{name: B, value: '2'}]}
                """);

        List<ObjectNode> objects = Kustomize.render(dir.resolve("overlay"));

        ObjectNode app = objects.get(0);
        assertThat(app.at("/metadata/namespace").asText()).isEqualTo("ns");
        assertThat(app.at("/metadata/labels/env").asText()).isEqualTo("dev");
        assertThat(app.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(app.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("app:2");
        assertThat(app.at("/spec/template/spec/containers/0/env").findValuesAsText("name")).containsExactly("A", "B");
    }

    @Test
    void anUnsupportedKustomizationFieldFails() throws IOException {
        write("kustomization.yaml", "resources: []\nreplicas: [{name: app, count: 3}]\n");

        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("'replicas' is not supported");
    }

    @Test
    void aPatchOfAPathThatDoesNotExistFails() throws IOException {
        write("kustomization.yaml", """
                resources: [cm.yaml]
                patches:
                  - target: {kind: ConfigMap}
                    patch: |-
                      - {op: replace, path: /data/missing, value: x}
                """);
        write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n");

        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("/data/missing");
    }

    @Test
    void duplicateObjectsFail() throws IOException {
        write("kustomization.yaml", "resources: [a.yaml, b.yaml]\n");
        write("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        write("b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");

        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("duplicate");
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
