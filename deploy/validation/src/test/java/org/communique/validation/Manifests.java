package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Validates rendered objects: built-in kinds with fabric8's model, custom resources with the CRD schemas. */
final class Manifests {

    private final CrdSchemas crds = new CrdSchemas(Project.schemas().resolve("crds"));

    /** Every problem of every object, each prefixed with the object's kind/name; empty when all are valid. */
    List<String> validate(List<? extends JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            validate(object).forEach(p -> problems.add(Kustomize.id(object) + ": " + p));
        }
        return problems;
    }

    List<String> validate(JsonNode object) {
        Optional<List<String>> core = CoreSchemas.validate(object);
        if (core.isPresent()) {
            return core.get();
        }
        return crds.validate(object).orElse(List.of("no schema for apiVersion "
                + object.path("apiVersion").asText() + " kind " + Kustomize.kind(object)));
    }
}
