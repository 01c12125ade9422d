package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Custom resources, checked against the operators' own CRD schemas (schemas/crds/&lt;operator-release&gt;/, see
 * the README there), made strict: where a CRD lists an object's properties, any other property is an error
 * (unless it says x-kubernetes-preserve-unknown-fields). An object is checked against every vendored release
 * that serves its API group, so Strimzi objects must be valid for both ends of the supported range; a release
 * that serves the group but not this apiVersion and kind is a wrong apiVersion.
 */
final class CrdSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    /** release directory name → (file name "group_version_Kind" → schema) */
    private final Map<String, Map<String, JsonSchema>> releases = new HashMap<>();

    CrdSchemas(Path directory) {
        try (Stream<Path> dirs = Files.list(directory)) {
            for (Path release : dirs.filter(Files::isDirectory).toList()) {
                Map<String, JsonSchema> schemas = new HashMap<>();
                try (Stream<Path> files = Files.list(release)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        JsonNode schema = strict(JSON.readTree(file.toFile()));
                        schemas.put(file.getFileName().toString().replace(".json", ""), FACTORY.getSchema(schema));
                    }
                }
                releases.put(release.getFileName().toString(), schemas);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CRD schemas in " + directory, e);
        }
    }

    /** Problems found; empty Optional when no vendored release serves the object's API group. */
    Optional<List<String>> validate(JsonNode object) {
        String group = Kustomize.group(object);
        String key = group + "_" + Kustomize.version(object) + "_" + Kustomize.kind(object);
        List<String> problems = new ArrayList<>();
        boolean served = false;
        for (Map.Entry<String, Map<String, JsonSchema>> release : releases.entrySet()) {
            boolean servesGroup = release.getValue().keySet().stream().anyMatch(k -> k.startsWith(group + "_"));
            if (!servesGroup) {
                continue;
            }
            served = true;
            JsonSchema schema = release.getValue().get(key);
            if (schema == null) {
                problems.add(release.getKey() + " does not serve apiVersion " + object.path("apiVersion").asText()
                        + " kind " + Kustomize.kind(object));
                continue;
            }
            for (ValidationMessage message : schema.validate(object)) {
                problems.add(release.getKey() + ": " + message.getMessage());
            }
        }
        return served ? Optional.of(problems) : Optional.empty();
    }

    /** additionalProperties: false wherever properties are listed and unknown fields are not preserved. */
    static JsonNode strict(JsonNode schema) {
        if (schema.isObject()) {
            ObjectNode node = (ObjectNode) schema;
            if (node.has("properties") && !node.has("additionalProperties")
                    && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                node.put("additionalProperties", false);
            }
            Iterator<JsonNode> children = node.elements();
            while (children.hasNext()) {
                strict(children.next());
            }
        } else if (schema.isArray()) {
            schema.forEach(CrdSchemas::strict);
        }
        return schema;
    }
}
