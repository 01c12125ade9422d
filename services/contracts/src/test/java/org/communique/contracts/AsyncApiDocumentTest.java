package org.communique.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** asyncapi.yaml names every topic and event type of this module, and every reference in it resolves. */
class AsyncApiDocumentTest {

    private static JsonNode doc;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void isAsyncApi3() {
        assertThat(doc.path("asyncapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsAChannel() throws IllegalAccessException {
        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        for (String topic : constants(Topics.class)) {
            assertThat(addresses).contains(topic);
        }
        // consumed topics have dead-letter topics
        assertThat(addresses).contains(Topics.deadLetter(Topics.PRESS_RELEASES),
                Topics.deadLetter(Topics.PRESS_RELEASES_ENRICHED), Topics.deadLetter(Topics.SOURCES_HEALTH));
    }

    @Test
    void everyEventTypeOnATopicIsAMessage() throws IllegalAccessException {
        Set<String> types = new HashSet<>();
        doc.path("components").path("messages").forEach(m -> types.add(m.path("x-ce-type").asText()));
        List<String> onTopics = new ArrayList<>(constants(EventTypes.class));
        onTopics.remove(EventTypes.ALERT); // the webhook body's type, never on a topic
        assertThat(types).containsAll(onTopics);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(AsyncApiDocumentTest.class.getResource("/" + ref)).as(ref).isNotNull();
            }
        }
        doc.path("operations").forEach(op -> assertThat(op.path("action").asText()).isIn("send", "receive"));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && !f.getName().equals("DEAD_LETTER_SUFFIX")) {
                values.add((String) f.get(null));
            }
        }
        return values;
    }
}
