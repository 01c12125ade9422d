package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the enrichment's knowledge-base admin API ({@code /api/v1/kb}, {@code /api/v1/kb/changes},
 * {@code /api/v1/kb/people/...}) with its contract as enrichment's own tests pin it (PeopleResource,
 * KnowledgeBaseChecks, ChangesResource): {@code Authorization: Bearer test-admin-key} or a 401; JSON bodies; the
 * person rules (id of lower-case words and hyphens, ISO country, ru and en names, at least one term, known offices,
 * {@code to} after {@code from}, single-word short forms) as 400 problems with field errors; an existing id or one
 * office held by two people of a country at once as 409 {@code kb-conflict}; every change logged with the next
 * version. People it holds are also what the names lookup finds.
 */
class EnrichmentAdminStub implements HttpHandler {

    static final String KEY = "test-admin-key";
    static final AtomicInteger WRITES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OFFICES = Set.of("president", "prime_minister", "foreign_minister", "head_of_state",
            "un_secretary_general", "un_deputy_secretary_general", "eu_council_president", "eu_commission_president",
            "eu_high_representative");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Pattern PERSON = Pattern.compile("/api/v1/kb/people/([^/]+)(/terms|/names)?");
    private static final Map<String, ObjectNode> PEOPLE = new LinkedHashMap<>();
    private static final List<ObjectNode> CHANGES = new ArrayList<>();
    private static long version = 41;
    /** Run once right after the next read of a person: another operator's change landing in between. */
    static volatile java.util.function.Consumer<ObjectNode> afterNextRead;

    static {
        ObjectNode japarov = JSON.createObjectNode().put("id", "sadyr-japarov").put("country", "KG");
        japarov.putObject("names").put("ru", "Садыр Жапаров").put("en", "Sadyr Japarov");
        japarov.putArray("aliases");
        japarov.putArray("short");
        japarov.put("surnameAlone", true);
        japarov.putArray("terms").addObject().put("office", "president").put("from", "2021-01-28")
                .putNull("to").put("acting", false).putNull("note");
        PEOPLE.put("sadyr-japarov", japarov);
    }

    private record Answer(int status, JsonNode body) {
    }

    private static final class Problem extends RuntimeException {
        final int status;
        final String type;
        final List<String[]> errors;

        Problem(int status, String type, String detail, List<String[]> errors) {
            super(detail, null, false, false);
            this.status = status;
            this.type = type;
            this.errors = errors;
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                throw new Problem(401, "unauthorized", "a valid admin key is required", List.of());
            }
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = null;
            if (bytes.length > 0) {
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type == null || !type.startsWith("application/json")) {
                    throw new Problem(415, "unsupported-media-type", "JSON only", List.of());
                }
                try {
                    body = JSON.readTree(bytes);
                } catch (IOException e) {
                    throw new Problem(400, "invalid-json", "the body is not JSON", List.of());
                }
            }
            synchronized (EnrichmentAdminStub.class) {
                String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
                Matcher person = PERSON.matcher(exchange.getRequestURI().getPath());
                if (ifMatch != null && person.matches() && PEOPLE.containsKey(person.group(1))
                        && !ifMatch.equals(tag(PEOPLE.get(person.group(1))))) {
                    throw new Problem(412, "precondition-failed", "the record changed since it was read", List.of());
                }
                answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestURI().getRawQuery(), body);
                if (answer.status() == 200 && answer.body().has("terms")) {
                    exchange.getResponseHeaders().add("ETag", tag(answer.body()));
                }
                if (exchange.getRequestMethod().equals("GET") && person.matches() && afterNextRead != null
                        && PEOPLE.containsKey(person.group(1))) {
                    java.util.function.Consumer<ObjectNode> change = afterNextRead;
                    afterNextRead = null;
                    ObjectNode changed = PEOPLE.get(person.group(1)).deepCopy();
                    change.accept(changed);
                    store("update", changed);
                }
            }
        } catch (Problem p) {
            ObjectNode problem = JSON.createObjectNode().put("type", "https://communique.org/problems/" + p.type)
                    .put("title", p.type).put("status", p.status).put("detail", p.getMessage());
            if (!p.errors.isEmpty()) {
                ArrayNode errors = problem.putArray("errors");
                p.errors.forEach(e -> errors.addObject().put("field", e[0]).put("message", e[1]));
            }
            send(exchange, p.status, "application/problem+json", problem);
            return;
        }
        send(exchange, answer.status(), "application/json", answer.body());
    }

    private static Answer route(String method, String path, String query, JsonNode body) {
        if (path.equals("/api/v1/kb") && method.equals("GET")) {
            return new Answer(200, JSON.createObjectNode().put("kbVersion", version).put("countries", ISO.size())
                    .put("people", PEOPLE.size()));
        }
        if (path.equals("/api/v1/kb/changes") && method.equals("GET")) {
            Map<String, String> q = query(query);
            long after = Long.parseLong(q.getOrDefault("after", "0"));
            int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
            if (after < 0 || limit < 1 || limit > 1000) {
                throw new Problem(400, "invalid-request", "after >= 0, limit 1 to 1000", List.of());
            }
            ArrayNode list = JSON.createArrayNode();
            CHANGES.stream().filter(c -> c.path("kbVersion").asLong() > after).limit(limit).forEach(list::add);
            return new Answer(200, list);
        }
        if (path.equals("/api/v1/kb/people") && method.equals("POST")) {
            ObjectNode person = person(required(body), null);
            if (PEOPLE.containsKey(person.path("id").asText())) {
                throw conflict("person '" + person.path("id").asText() + "' already exists");
            }
            return new Answer(201, store("create", person));
        }
        Matcher m = PERSON.matcher(path);
        if (!m.matches()) {
            throw new Problem(404, "not-found", "no such resource", List.of());
        }
        String id = m.group(1);
        ObjectNode stored = PEOPLE.get(id);
        if (stored == null) {
            throw new Problem(404, "not-found", "no person '" + id + "'", List.of());
        }
        String sub = m.group(2) == null ? "" : m.group(2);
        switch (method + " " + sub) {
            case "GET " -> {
                return new Answer(200, stored);
            }
            case "PUT " -> {
                return new Answer(200, store("update", person(required(body), id)));
            }
            case "POST /terms" -> {
                List<String[]> errors = new ArrayList<>();
                term(required(body), "term", errors);
                if (!errors.isEmpty()) {
                    throw new Problem(400, "invalid-request", "invalid term", errors);
                }
                ObjectNode changed = stored.deepCopy();
                ((ArrayNode) changed.get("terms")).add(required(body));
                return new Answer(200, store("update", person(changed, id)));
            }
            case "PUT /terms" -> {
                ObjectNode changed = stored.deepCopy();
                changed.set("terms", required(body));
                return new Answer(200, store("update", person(changed, id)));
            }
            case "POST /names" -> {
                String kind = required(body).path("kind").asText("alias");
                String name = body.path("name").asText("").trim();
                if (!kind.equals("alias") && !kind.equals("short")) {
                    throw new Problem(400, "invalid-request", "kind: must be alias or short", List.<String[]>of(new String[]{"kind", "must be alias or short"}));
                }
                if (name.isEmpty()) {
                    throw new Problem(400, "invalid-request", "name: is required", List.<String[]>of(new String[]{"name", "is required"}));
                }
                ObjectNode changed = stored.deepCopy();
                ((ArrayNode) changed.get(kind.equals("short") ? "short" : "aliases")).add(name);
                return new Answer(200, store("update", person(changed, id)));
            }
            default -> throw new Problem(405, "method-not-allowed", method + " " + path, List.of());
        }
    }

    /**
     * Reads a person as PersonDocument.toModel does (term shapes first: 400 "invalid person"), then checks it as
     * KnowledgeBaseChecks.person does (400 with the violations joined as the detail), normalised as
     * PersonDocument.of writes it back.
     */
    private static ObjectNode person(JsonNode p, String pathId) {
        List<String[]> errors = new ArrayList<>();
        String id = pathId != null ? pathId : p.path("id").asText("");
        if (pathId != null && p.hasNonNull("id") && !p.path("id").asText().equals(pathId)) {
            errors.add(new String[]{"id", "must be the id in the path, " + pathId});
        }
        JsonNode terms = p.path("terms");
        for (int i = 0; i < terms.size(); i++) {
            term(terms.get(i), "terms[" + i + "]", errors);
        }
        if (!errors.isEmpty()) {
            throw new Problem(400, "invalid-request", "invalid person", errors);
        }
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 80) {
            errors.add(new String[]{"id", "must be lower-case words joined by hyphens (sadyr-japarov), at most 80 characters"});
        }
        if (!ISO.contains(p.path("country").asText(""))) {
            errors.add(new String[]{"country", "must be an ISO 3166-1 alpha-2 code (KG, KZ...)"});
        }
        for (String lang : List.of("ru", "en")) {
            if (p.path("names").path(lang).asText("").isBlank()) {
                errors.add(new String[]{"names." + lang, "is required"});
            }
        }
        p.path("short").forEach(s -> {
            if (s.asText().trim().contains(" ")) {
                errors.add(new String[]{"short", "a short form is a single word: " + s.asText()});
            }
        });
        if (!terms.isArray() || terms.isEmpty()) {
            errors.add(new String[]{"terms", "must list at least one term of office"});
        }
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                if (terms.get(i).path("office").asText().equals(terms.get(j).path("office").asText())
                        && overlap(terms.get(i), terms.get(j))) {
                    errors.add(new String[]{"terms[" + j + "]", "overlaps terms[" + i + "] of the same office"});
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem(400, "invalid-request", String.join("; ", errors.stream().map(e -> e[0] + ": " + e[1]).toList()),
                    errors);
        }
        ObjectNode out = JSON.createObjectNode().put("id", id).put("country", p.path("country").asText());
        ObjectNode names = out.putObject("names");
        p.path("names").fields().forEachRemaining(e -> {
            if (!e.getValue().asText("").isBlank()) {
                names.put(e.getKey(), e.getValue().asText().trim());
            }
        });
        out.set("aliases", p.path("aliases").isArray() ? p.get("aliases").deepCopy() : JSON.createArrayNode());
        out.set("short", p.path("short").isArray() ? p.get("short").deepCopy() : JSON.createArrayNode());
        out.put("surnameAlone", !p.has("surnameAlone") || p.path("surnameAlone").asBoolean(true));
        ArrayNode normalised = out.putArray("terms");
        terms.forEach(t -> {
            ObjectNode term = normalised.addObject().put("office", t.path("office").asText()).put("from", t.path("from").asText());
            if (t.hasNonNull("to")) {
                term.put("to", t.path("to").asText());
            } else {
                term.putNull("to");
            }
            term.put("acting", t.path("acting").asBoolean(false));
            if (t.hasNonNull("note")) {
                term.put("note", t.path("note").asText());
            } else {
                term.putNull("note");
            }
        });
        requireNoOverlap(out);
        return out;
    }

    private static void term(JsonNode t, String field, List<String[]> errors) {
        if (!OFFICES.contains(t.path("office").asText(""))) {
            errors.add(new String[]{field + ".office", "must be one of " + String.join(", ", OFFICES)});
        }
        LocalDate from = date(t.path("from"));
        LocalDate to = date(t.path("to"));
        if (from == null) {
            errors.add(new String[]{field + ".from", "is required (an ISO date)"});
        } else if (to != null && !to.isAfter(from)) {
            errors.add(new String[]{field + ".to", "must be after from (the first day out of office)"});
        }
    }

    private static void requireNoOverlap(ObjectNode person) {
        List<String> overlaps = new ArrayList<>();
        for (ObjectNode other : PEOPLE.values()) {
            if (other.path("id").asText().equals(person.path("id").asText())
                    || !other.path("country").asText().equals(person.path("country").asText())) {
                continue;
            }
            for (JsonNode mine : person.path("terms")) {
                for (JsonNode theirs : other.path("terms")) {
                    if (mine.path("office").asText().equals(theirs.path("office").asText()) && overlap(mine, theirs)) {
                        overlaps.add(mine.path("office").asText() + " held by " + person.path("id").asText() + " and by "
                                + other.path("id").asText());
                    }
                }
            }
        }
        if (!overlaps.isEmpty()) {
            throw conflict("no office is held by two people at once: " + String.join("; ", overlaps) + ". End the other term first.");
        }
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        LocalDate aFrom = date(a.path("from"));
        LocalDate bFrom = date(b.path("from"));
        LocalDate aTo = date(a.path("to"));
        LocalDate bTo = date(b.path("to"));
        return (aTo == null || bFrom.isBefore(aTo)) && (bTo == null || aFrom.isBefore(bTo));
    }

    private static ObjectNode store(String action, ObjectNode person) {
        String id = person.path("id").asText();
        PEOPLE.put(id, person);
        version++;
        WRITES.incrementAndGet();
        ObjectNode change = JSON.createObjectNode().put("kbVersion", version).put("changedAt", Instant.now().toString())
                .put("action", action).put("entity", "person").put("id", id);
        change.set("body", person.deepCopy());
        CHANGES.add(change);
        Map<String, String> names = new HashMap<>();
        person.path("names").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        EnrichmentNamesStub.put("official", id, names, person.path("country").asText());
        return person;
    }

    private static LocalDate date(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new Problem(400, "invalid-json", "not an ISO date: " + value.asText(), List.of());
        }
    }

    private static JsonNode required(JsonNode body) {
        if (body == null || body.isNull()) {
            throw new Problem(400, "invalid-request", "a body is required", List.of());
        }
        return body;
    }

    private static Problem conflict(String detail) {
        return new Problem(409, "kb-conflict", detail, List.of());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String type, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** As enrichment tags a record: from its JSON. */
    private static String tag(JsonNode record) {
        return "\"" + Integer.toHexString(record.toString().hashCode()) + "\"";
    }

    static synchronized JsonNode person(String id) {
        return PEOPLE.get(id);
    }
}
