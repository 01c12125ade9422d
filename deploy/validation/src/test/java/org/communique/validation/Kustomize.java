package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A small kustomize: the fields of {@code kustomization.yaml} that this project's base and overlays use
 * (resources, patches with path or inline patch and a target, namespace, labels, images), applied in
 * kustomize's order (resources, each rendered with its own kustomization first; then patches, namespace,
 * labels, images). Any other field fails the rendering, so an overlay cannot rely on something this renderer
 * would silently skip. Two objects with the same kind, name and namespace fail it too, as in kustomize.
 */
final class Kustomize {

    private static final Set<String> FIELDS = Set.of(
            "apiVersion", "kind", "namespace", "labels", "resources", "patches", "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass",
            "PriorityClass", "IngressClass", "ClusterIssuer");
    private static final Set<String> BUILT_IN_GROUPS = Set.of(
            "", "apps", "batch", "policy", "networking.k8s.io", "autoscaling", "rbac.authorization.k8s.io");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + directory);
        }
        List<ObjectNode> documents = Yaml.documents(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " must hold one document");
        }
        ObjectNode kustomization = documents.get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(file + ": field '" + field + "' is not supported");
            }
        });

        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : array(kustomization, "resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? render(path) : Yaml.documents(path));
        }
        for (JsonNode patch : array(kustomization, "patches")) {
            patch(objects, directory, (ObjectNode) patch);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(kind(o)))
                    .forEach(o -> metadata(o).put("namespace", namespace));
        }
        for (JsonNode label : array(kustomization, "labels")) {
            labels(objects, (ObjectNode) label);
        }
        for (JsonNode image : array(kustomization, "images")) {
            objects.forEach(o -> images(o, image));
        }
        requireUnique(objects);
        return objects;
    }

    private static void patch(List<ObjectNode> objects, Path directory, ObjectNode entry) {
        String text;
        if (entry.hasNonNull("path")) {
            text = read(directory.resolve(entry.get("path").asText()));
        } else if (entry.hasNonNull("patch")) {
            text = entry.get("patch").asText();
        } else {
            throw new IllegalArgumentException("a patch needs path or patch: " + entry);
        }
        JsonNode target = entry.get("target");
        JsonNode parsed = Yaml.tree(text);
        if (parsed.isArray()) {
            if (target == null) {
                throw new IllegalArgumentException("a JSON 6902 patch needs a target: " + entry);
            }
            List<ObjectNode> matches = matching(objects, target);
            matches.forEach(o -> JsonPatch.apply(o, (ArrayNode) parsed));
            return;
        }
        for (ObjectNode patch : Yaml.documents(text)) {
            List<ObjectNode> matches = target != null ? matching(objects, target) : objects.stream()
                    .filter(o -> kind(o).equals(kind(patch)) && name(o).equals(name(patch))).toList();
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("patch matches no object: " + kind(patch) + "/" + name(patch));
            }
            matches.forEach(o -> StrategicMerge.merge(o, patch, BUILT_IN_GROUPS.contains(group(o))));
        }
    }

    private static List<ObjectNode> matching(List<ObjectNode> objects, JsonNode target) {
        List<ObjectNode> matches = objects.stream().filter(o -> matches(o, target)).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("patch target matches no object: " + target);
        }
        return matches;
    }

    private static boolean matches(ObjectNode object, JsonNode target) {
        Iterator<String> fields = target.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            String wanted = target.get(field).asText();
            String actual = switch (field) {
                case "kind" -> kind(object);
                case "name" -> name(object);
                case "group" -> group(object);
                case "version" -> version(object);
                default -> throw new IllegalArgumentException("patch target field '" + field + "' is not supported");
            };
            if (!wanted.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    private static void labels(List<ObjectNode> objects, ObjectNode label) {
        label.fieldNames().forEachRemaining(field -> {
            if (!Set.of("pairs", "includeSelectors").contains(field)) {
                throw new IllegalArgumentException("labels field '" + field + "' is not supported");
            }
        });
        if (label.path("includeSelectors").asBoolean(false)) {
            throw new IllegalArgumentException("labels.includeSelectors: true is not supported");
        }
        ObjectNode pairs = (ObjectNode) label.get("pairs");
        for (ObjectNode object : objects) {
            ObjectNode metadata = metadata(object);
            ObjectNode labels = metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
            labels.setAll(pairs.deepCopy());
        }
    }

    private static void images(ObjectNode object, JsonNode image) {
        JsonNode podSpec = object.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : podSpec.path(list)) {
                String current = container.path("image").asText();
                String name = current.replaceFirst("[:@].*$", "");
                if (name.equals(image.get("name").asText())) {
                    String newName = image.hasNonNull("newName") ? image.get("newName").asText() : name;
                    String newTag = image.hasNonNull("newTag") ? ":" + image.get("newTag").asText() : "";
                    ((ObjectNode) container).put("image", newName + newTag);
                }
            }
        }
    }

    private static void requireUnique(List<ObjectNode> objects) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode object : objects) {
            String id = group(object) + "/" + kind(object) + "/" + metadata(object).path("namespace").asText() + "/" + name(object);
            if (!ids.add(id)) {
                throw new IllegalArgumentException("duplicate object " + id);
            }
        }
    }

    static String kind(JsonNode object) {
        return object.path("kind").asText();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String group(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    static String version(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    private static ObjectNode metadata(ObjectNode object) {
        return object.has("metadata") ? (ObjectNode) object.get("metadata") : object.putObject("metadata");
    }

    private static Iterable<JsonNode> array(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? List.of() : value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For messages: kind/name. */
    static String id(JsonNode object) {
        return kind(object) + "/" + name(object);
    }
}
