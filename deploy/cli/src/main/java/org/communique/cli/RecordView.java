package org.communique.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.communique.contracts.EventJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One record as an operator reads it: time, key, type, title and the tags in one or two lines. */
final class RecordView {

    private final ConsumerRecord<String, String> record;
    private final JsonNode value;

    RecordView(ConsumerRecord<String, String> record) {
        this.record = record;
        JsonNode parsed;
        try {
            parsed = record.value() == null ? null : EventJson.mapper().readTree(record.value());
        } catch (Exception e) {
            parsed = null;
        }
        this.value = parsed;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Countries the record is about: tagged countries, visit sides, the source's country. */
    Set<String> countries() {
        Set<String> codes = new LinkedHashSet<>();
        if (value == null) {
            return codes;
        }
        tags().path("countries").forEach(c -> codes.add(c.path("code").asText()));
        tags().path("events").forEach(e -> {
            addText(codes, e.path("visitorCountry"));
            addText(codes, e.path("hostCountry"));
        });
        addText(codes, release().path("source").path("country"));
        addText(codes, value.path("source").path("country"));
        return codes;
    }

    Set<String> eventTypes() {
        Set<String> types = new LinkedHashSet<>();
        if (value != null) {
            tags().path("events").forEach(e -> types.add(e.path("type").asText()));
        }
        return types;
    }

    boolean matches(String country, String type) {
        boolean countryOk = country == null || countries().contains(country.toUpperCase(Locale.ROOT));
        boolean typeOk = type == null || eventTypes().contains(type.toUpperCase(Locale.ROOT));
        return countryOk && typeOk;
    }

    String render() {
        StringBuilder line = new StringBuilder();
        line.append(Instant.ofEpochMilli(record.timestamp())).append("  ")
                .append(record.topic()).append('/').append(record.partition()).append('@').append(record.offset())
                .append("  key=").append(record.key());
        String type = header(record, "ce_type");
        if (type != null) {
            line.append("  ").append(type.replace("org.communique.", ""));
        }
        if (value == null) {
            line.append("\n    ").append(abbreviate(String.valueOf(record.value()), 200));
            return line.toString();
        }
        JsonNode release = release();
        if (release.has("title")) {
            line.append("\n    «").append(abbreviate(release.path("title").asText(), 140)).append("»");
            line.append("  [").append(release.path("source").path("name").asText("?"));
            if (release.hasNonNull("language")) {
                line.append(", ").append(release.path("language").asText());
            }
            line.append("]");
        }
        JsonNode tags = tags();
        if (!tags.isMissingNode()) {
            List<String> parts = new ArrayList<>();
            tags.path("events").forEach(e -> parts.add(event(e)));
            List<String> countries = new ArrayList<>();
            tags.path("countries").forEach(c -> countries.add(c.path("code").asText()));
            if (!countries.isEmpty()) {
                parts.add("countries: " + String.join(", ", countries));
            }
            List<String> officials = new ArrayList<>();
            tags.path("officials").forEach(o -> officials.add(o.path("name").asText()
                    + (o.hasNonNull("country") ? " (" + o.path("country").asText() + ")" : "")));
            if (!officials.isEmpty()) {
                parts.add("officials: " + String.join(", ", officials));
            }
            if (!parts.isEmpty()) {
                line.append("\n    ").append(String.join(" | ", parts));
            }
        } else if (value.has("outcome")) {
            line.append("\n    ").append(value.path("channel").asText()).append(" attempt ")
                    .append(value.path("attempt").asText()).append(": ").append(value.path("outcome").asText());
            if (value.hasNonNull("statusCode")) {
                line.append(" (HTTP ").append(value.path("statusCode").asText()).append(")");
            }
            if (value.hasNonNull("error")) {
                line.append(" ").append(abbreviate(value.path("error").asText(), 120));
            }
        } else if (value.has("status") && value.has("source")) {
            line.append("\n    ").append(value.path("source").path("name").asText()).append(": ")
                    .append(value.path("previousStatus").asText("?")).append(" → ").append(value.path("status").asText())
                    .append(" after ").append(value.path("consecutiveFailures").asText()).append(" failures");
            if (value.hasNonNull("lastError")) {
                line.append(" (").append(abbreviate(value.path("lastError").asText(), 120)).append(")");
            }
        }
        return line.toString();
    }

    private static String event(JsonNode e) {
        StringBuilder s = new StringBuilder(e.path("type").asText());
        if (e.hasNonNull("visitorCountry") || e.hasNonNull("hostCountry")) {
            s.append(' ').append(e.path("visitorCountry").asText("?")).append("→").append(e.path("hostCountry").asText("?"));
        }
        if (e.hasNonNull("kind")) {
            s.append(' ').append(e.path("kind").asText());
        }
        if (e.hasNonNull("status")) {
            s.append(' ').append(e.path("status").asText());
        }
        return s.toString();
    }

    private JsonNode release() {
        return value.has("release") ? value.path("release") : value;
    }

    private JsonNode tags() {
        return value.path("tags");
    }

    private static void addText(Set<String> set, JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            set.add(node.asText());
        }
    }

    static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
