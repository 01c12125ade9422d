package org.communique.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schemas describe exactly the fields the records put on the wire. */
class SchemaConsistencyTest {

    @ParameterizedTest
    @CsvSource({
            "press-release.v1.json, org.communique.contracts.PressRelease",
            "enriched-release.v1.json, org.communique.contracts.EnrichedRelease",
            "alert-delivery.v1.json, org.communique.contracts.AlertDelivery",
            "alert.v1.json, org.communique.contracts.Alert",
            "source-health.v1.json, org.communique.contracts.SourceHealth"
    })
    void schemaPropertiesMatchRecordComponents(String schema, Class<?> record) throws IOException {
        JsonNode root = read(schema);
        Set<String> properties = new HashSet<>();
        root.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = new HashSet<>();
        Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);

        assertThat(properties).isEqualTo(components);
        root.get("required").forEach(r -> assertThat(components).contains(r.asText()));
    }

    @ParameterizedTest
    @CsvSource({"tags, org.communique.contracts.Tags", "tagged, org.communique.contracts.Tagged"})
    void nestedTagsSchemaMatchesRecord(String property, Class<?> record) throws IOException {
        JsonNode tags = read("enriched-release.v1.json").get("properties").get(property).get("properties");
        Set<String> properties = new HashSet<>();
        tags.fieldNames().forEachRemaining(properties::add);
        Set<String> components = new HashSet<>();
        Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
        assertThat(properties).isEqualTo(components);
    }

    @org.junit.jupiter.api.Test
    void theEnrichedReleaseSchemaStatesTheBoundsTheCodeKeeps() throws IOException {
        JsonNode root = read("enriched-release.v1.json");
        assertThat(root.get("description").asText()).contains(Integer.toString(EnrichedRelease.MAX_JSON_BYTES));
        JsonNode tags = root.get("properties").get("tags").get("properties");
        for (String kind : new String[]{"countries", "officials", "organizations"}) {
            assertThat(tags.get(kind).get("items").get("properties").get("mentions").get("maxItems").asInt())
                    .as(kind).isEqualTo(EnrichedRelease.MAX_MENTIONS_PER_TAG);
        }
    }

    private static JsonNode read(String schema) throws IOException {
        try (InputStream in = SchemaConsistencyTest.class.getResourceAsStream("/schemas/" + schema)) {
            assertThat(in).as(schema).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
