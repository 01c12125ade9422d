package org.communique.enrichment.tagger.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the versioned knowledge-base data files ({@code kb/countries.json}, {@code kb/people.json},
 * {@code kb/organizations.json}). All three carry the same {@code version}; a change to any of them bumps it
 * in all three, which is what makes the service import them again.
 */
public final class KbDataFiles {

    public static final String COUNTRIES = "kb/countries.json";
    public static final String PEOPLE = "kb/people.json";
    public static final String ORGANIZATIONS = "kb/organizations.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private KbDataFiles() {
    }

    /** The data files on the classpath, with their (shared) version as the knowledge-base version. */
    public static KnowledgeBase fromClasspath() {
        JsonNode countries = read(COUNTRIES);
        JsonNode people = read(PEOPLE);
        JsonNode organizations = read(ORGANIZATIONS);
        long version = version(countries);
        if (version(people) != version || version(organizations) != version) {
            throw new IllegalStateException("knowledge-base data files disagree on their version: "
                    + version + ", " + version(people) + ", " + version(organizations));
        }
        return new KnowledgeBase(version, countries(countries), people(people), organizations(organizations),
                strings(countries.path("blocked")));
    }

    static JsonNode read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : KbDataFiles.class.getClassLoader()).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge-base file " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static long version(JsonNode file) {
        JsonNode version = file.get("version");
        if (version == null || !version.canConvertToLong() || version.asLong() < 1) {
            throw new IllegalStateException("knowledge-base file without a positive version");
        }
        return version.asLong();
    }

    private static List<Country> countries(JsonNode file) {
        List<Country> out = new ArrayList<>();
        for (JsonNode c : file.path("countries")) {
            List<CountryAlias> aliases = new ArrayList<>();
            c.path("aliases").fields().forEachRemaining(kind -> {
                AliasKind aliasKind = AliasKind.of(kind.getKey());
                for (String text : strings(kind.getValue())) {
                    int at = text.lastIndexOf('@');
                    aliases.add(at > 0
                            ? new CountryAlias(aliasKind, text.substring(0, at), text.substring(at + 1))
                            : new CountryAlias(aliasKind, text, null));
                }
            });
            out.add(new Country(c.path("code").asText(), names(c.path("names")), aliases));
        }
        return out;
    }

    private static List<Person> people(JsonNode file) {
        List<Person> out = new ArrayList<>();
        for (JsonNode p : file.path("people")) {
            List<OfficeTerm> terms = new ArrayList<>();
            for (JsonNode t : p.path("terms")) {
                terms.add(new OfficeTerm(Office.of(t.path("office").asText()), LocalDate.parse(t.path("from").asText()),
                        t.path("to").isTextual() ? LocalDate.parse(t.path("to").asText()) : null,
                        t.path("acting").asBoolean(false), text(t.path("note")), text(t.path("post"))));
            }
            out.add(new Person(p.path("id").asText(), p.path("country").asText(), names(p.path("names")),
                    strings(p.path("aliases")), strings(p.path("short")), p.path("surnameAlone").asBoolean(true), terms));
        }
        return out;
    }

    private static List<Organization> organizations(JsonNode file) {
        List<Organization> out = new ArrayList<>();
        for (JsonNode o : file.path("organizations")) {
            out.add(new Organization(o.path("id").asText(), names(o.path("names")), strings(o.path("abbreviations")),
                    strings(o.path("aliases"))));
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Map<String, String> names(JsonNode node) {
        Map<String, String> names = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        return names;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
