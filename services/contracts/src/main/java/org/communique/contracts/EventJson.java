package org.communique.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON codec for events on the wire. Readers ignore unknown fields (events evolve by adding
 * optional fields); a record that is not valid JSON or misses a required field fails with
 * {@link MalformedEventException}, which consumers let through to their dead-letter topic.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public static <T> T decode(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException(type.getSimpleName() + ": empty record");
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new MalformedEventException(type.getSimpleName() + ": null record");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
