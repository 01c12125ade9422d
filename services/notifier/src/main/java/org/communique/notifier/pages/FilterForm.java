package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The subscribe form as the API's JSON. Country fields accept a code or a name in ru/en/kk/ky (what the
 * browser's autocomplete fills in), several separated by commas. Every field is bounded here before the
 * API bounds it again.
 */
final class FilterForm {

    static final int MAX_FIELD = 2000;
    static final int MAX_VALUES = 50;

    private FilterForm() {
    }

    static final class TooLarge extends RuntimeException {
        TooLarge(String field) {
            super(field + ": at most " + MAX_VALUES + " values and " + MAX_FIELD + " characters");
        }
    }

    static ObjectNode filter(List<String> events, String visitors, String hosts, List<String> statuses, String countries,
                             String officials, List<String> roles, String keywords, List<String> languages,
                             String sources) {
        ObjectNode filter = JsonNodeFactory.instance.objectNode();
        put(filter, "events", upper(events, "events"));
        ObjectNode visit = JsonNodeFactory.instance.objectNode();
        put(visit, "visitorCountries", countryCodes(visitors, "visitors"));
        put(visit, "hostCountries", countryCodes(hosts, "hosts"));
        put(visit, "statuses", upper(statuses, "statuses"));
        if (!visit.isEmpty()) {
            filter.set("visit", visit);
        }
        put(filter, "countries", countryCodes(countries, "countries"));
        put(filter, "officials", officialIds(officials));
        put(filter, "roles", bounded(roles, "roles"));
        put(filter, "keywords", split(keywords, "keywords"));
        put(filter, "languages", bounded(languages, "languages"));
        put(filter, "sources", split(sources, "sources"));
        return filter;
    }

    static ObjectNode channel(String type, String address, String url, String digest) {
        ObjectNode channel = JsonNodeFactory.instance.objectNode();
        String chosen = type == null ? "feed" : type;
        channel.put("type", chosen);
        if ("email".equals(chosen)) {
            channel.put("address", trim(address, "address"));
            if (digest != null && !digest.isBlank()) {
                channel.put("digest", trim(digest, "digest"));
            }
        } else if ("webhook".equals(chosen)) {
            channel.put("url", trim(url, "url"));
        }
        return channel;
    }

    static List<String> split(String text, String field) {
        List<String> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        if (text.length() > MAX_FIELD) {
            throw new TooLarge(field);
        }
        for (String part : text.split("[,;\\n]")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        if (values.size() > MAX_VALUES) {
            throw new TooLarge(field);
        }
        return values;
    }

    private static List<String> countryCodes(String text, String field) {
        List<String> codes = new ArrayList<>();
        for (String value : split(text, field)) {
            codes.add(code(value));
        }
        return codes;
    }

    /**
     * "Садыр Жапаров (sadyr-japarov)" (what the autocomplete fills in) → sadyr-japarov; a typed name is kept as it
     * is, which the matcher accepts too (names in any language the tags carry).
     */
    private static List<String> officialIds(String text) {
        List<String> ids = new ArrayList<>();
        for (String value : split(text, "officials")) {
            String v = value.strip();
            int paren = v.lastIndexOf('(');
            if (paren > 0 && v.endsWith(")")) {
                String id = v.substring(paren + 1, v.length() - 1).strip();
                if (!id.isEmpty()) {
                    v = id;
                }
            }
            ids.add(v);
        }
        return ids;
    }

    /** "KG", "kg", "Кыргызстан", "Kyrgyzstan", "Қырғызстан" → KG; anything else is passed on for the API to refuse. */
    static String code(String value) {
        String v = value.strip();
        int paren = v.lastIndexOf('(');
        if (paren >= 0 && v.endsWith(")")) {
            v = v.substring(paren + 1, v.length() - 1).strip();
        }
        if (v.length() == 2) {
            return v.toUpperCase(Locale.ROOT);
        }
        for (String language : List.of("ru", "en", "kk", "ky")) {
            for (Countries.Country c : Countries.in(language)) {
                if (c.name().equalsIgnoreCase(v)) {
                    return c.code();
                }
            }
        }
        return v;
    }

    private static List<String> upper(List<String> values, String field) {
        return bounded(values, field).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    private static List<String> bounded(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_VALUES || values.stream().anyMatch(v -> v.length() > 100)) {
            throw new TooLarge(field);
        }
        return values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static String trim(String value, String field) {
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_FIELD) {
            throw new TooLarge(field);
        }
        return value.strip();
    }

    private static void put(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }
}
