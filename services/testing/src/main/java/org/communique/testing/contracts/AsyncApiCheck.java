package org.communique.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a record read from Kafka against {@code asyncapi.yaml} (services/contracts): its topic is a
 * channel, its {@code ce_type} one of the channel's messages, its headers match the message's headers
 * schema, its key the Kafka key binding, and its value the message's JSON Schema payload. Returns
 * what does not match; an empty list means the record is as documented.
 */
public final class AsyncApiCheck {

    private static final String SCHEMA_BASE = "https://communique.org/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private AsyncApiCheck(JsonNode document) {
        this.document = document;
    }

    /** Reads asyncapi.yaml from the class path (the contracts jar). */
    public static AsyncApiCheck load() {
        try (InputStream in = AsyncApiCheck.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("asyncapi.yaml is not on the class path (services/contracts)");
            }
            return new AsyncApiCheck(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every topic named by a channel. */
    public Set<String> topics() {
        Set<String> topics = new java.util.TreeSet<>();
        document.path("channels").forEach(c -> topics.add(c.path("address").asText()));
        return topics;
    }

    /** What in this record differs from the document; empty when nothing does. */
    public List<String> mismatches(ConsumerRecord<String, String> record) {
        List<String> problems = new ArrayList<>();
        JsonNode channel = channel(record.topic());
        if (channel == null) {
            return List.of("topic " + record.topic() + " is not a channel of asyncapi.yaml");
        }
        ObjectNode headers = JSON.createObjectNode();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        JsonNode message = message(channel, headers.path("ce_type").asText(null));
        if (message == null) {
            return List.of(record.topic() + ": no message of the channel has ce_type " + headers.path("ce_type"));
        }
        String where = record.topic() + "@" + record.partition() + ":" + record.offset();
        validate(inline(message.path("headers")), headers, where + " headers", problems);
        JsonNode key = message.path("bindings").path("kafka").path("key");
        if (!key.isMissingNode()) {
            validate(key, record.key() == null ? JSON.nullNode() : JSON.getNodeFactory().textNode(record.key()),
                    where + " key", problems);
        }
        JsonNode payload = message.path("payload");
        if (payload.has("$ref") && !payload.get("$ref").asText().startsWith("#")) {
            try {
                JsonNode value = JSON.readTree(record.value());
                JsonSchema schema = schemas.getSchema(
                        SchemaLocation.of(SCHEMA_BASE + payload.get("$ref").asText().replace("schemas/", "")), config);
                for (ValidationMessage m : schema.validate(value)) {
                    problems.add(where + " value: " + m.getMessage());
                }
            } catch (IOException e) {
                problems.add(where + " value is not JSON: " + e.getMessage());
            }
        }
        return problems;
    }

    private void validate(JsonNode schemaNode, JsonNode value, String what, List<String> problems) {
        JsonSchema schema = schemas.getSchema(schemaNode, config);
        for (ValidationMessage m : schema.validate(value)) {
            problems.add(what + ": " + m.getMessage());
        }
    }

    private JsonNode channel(String topic) {
        for (JsonNode c : document.path("channels")) {
            if (topic.equals(c.path("address").asText())) {
                return c;
            }
        }
        return null;
    }

    private JsonNode message(JsonNode channel, String ceType) {
        Iterator<Map.Entry<String, JsonNode>> messages = channel.path("messages").fields();
        JsonNode untyped = null;
        while (messages.hasNext()) {
            JsonNode message = inline(messages.next().getValue());
            String type = message.path("x-ce-type").asText(null);
            if (type == null) {
                untyped = message;
            } else if (type.equals(ceType)) {
                return message;
            }
        }
        return untyped;
    }

    /** Follows a local {@code #/...} reference. */
    private JsonNode inline(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
