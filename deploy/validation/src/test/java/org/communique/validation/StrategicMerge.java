package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The part of kustomize's strategic merge patch the overlays use: mappings merge recursively, null deletes,
 * lists of the built-in kinds that Kubernetes merges by name (containers, env, ports, volumes...) merge by
 * {@code name}, and every other list (all lists of custom resources) is replaced.
 */
final class StrategicMerge {

    private static final Set<String> MERGED_BY_NAME = Set.of(
            "containers", "initContainers", "env", "ports", "volumes", "volumeMounts");

    private StrategicMerge() {
    }

    static void merge(ObjectNode target, ObjectNode patch, boolean builtInKind) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, builtInKind);
            } else if (value.isArray() && existing != null && existing.isArray()
                    && builtInKind && MERGED_BY_NAME.contains(name)) {
                mergeByName((ArrayNode) existing, (ArrayNode) value);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeByName(ArrayNode target, ArrayNode patch) {
        for (JsonNode item : patch) {
            JsonNode name = item.get("name");
            ObjectNode match = null;
            for (JsonNode candidate : target) {
                if (name != null && name.equals(candidate.get("name"))) {
                    match = (ObjectNode) candidate;
                }
            }
            if (match == null) {
                target.add(item.deepCopy());
            } else {
                merge(match, (ObjectNode) item, true);
            }
        }
    }
}
