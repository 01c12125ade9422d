package org.communique.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 operations add, replace and remove, as kustomize applies them to a target; a path that does not
 * exist where it must is an error, never a silent no-op.
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode target, ArrayNode operations) {
        for (JsonNode operation : operations) {
            String op = text(operation, "op");
            String path = text(operation, "path");
            String[] tokens = tokens(path);
            JsonNode parent = parent(target, tokens, path);
            String last = tokens[tokens.length - 1];
            switch (op) {
                case "add" -> add(parent, last, value(operation), path);
                case "replace" -> {
                    requireExisting(parent, last, path);
                    add(parent, last, value(operation), path);
                    if (parent.isArray() && !"-".equals(last)) {
                        ((ArrayNode) parent).remove(Integer.parseInt(last) + 1);
                    }
                }
                case "remove" -> {
                    requireExisting(parent, last, path);
                    if (parent.isArray()) {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    } else {
                        ((ObjectNode) parent).remove(last);
                    }
                }
                default -> throw new IllegalArgumentException("unsupported JSON patch op " + op + " at " + path);
            }
        }
    }

    private static void add(JsonNode parent, String last, JsonNode value, String path) {
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value.deepCopy());
        } else if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            if ("-".equals(last)) {
                array.add(value.deepCopy());
            } else {
                int index = Integer.parseInt(last);
                if (index > array.size()) {
                    throw new IllegalArgumentException("index out of range: " + path);
                }
                array.insert(index, value.deepCopy());
            }
        } else {
            throw new IllegalArgumentException("not a container: " + path);
        }
    }

    private static void requireExisting(JsonNode parent, String last, String path) {
        boolean exists = parent.isObject() ? parent.has(last)
                : parent.isArray() && last.matches("\\d+") && Integer.parseInt(last) < parent.size();
        if (!exists) {
            throw new IllegalArgumentException("JSON patch path does not exist: " + path);
        }
    }

    private static JsonNode parent(ObjectNode target, String[] tokens, String path) {
        JsonNode node = target;
        for (int i = 0; i < tokens.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(tokens[i])) : node.get(tokens[i]);
            if (node == null) {
                throw new IllegalArgumentException("JSON patch path does not exist: " + path);
            }
        }
        return node;
    }

    private static String[] tokens(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("JSON patch path must start with /: " + path);
        }
        String[] tokens = path.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
        }
        return tokens;
    }

    private static String text(JsonNode operation, String field) {
        JsonNode value = operation.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("JSON patch operation without " + field + ": " + operation);
        }
        return value.asText();
    }

    private static JsonNode value(JsonNode operation) {
        JsonNode value = operation.get("value");
        if (value == null) {
            throw new IllegalArgumentException("JSON patch operation without value: " + operation);
        }
        return value;
    }
}
