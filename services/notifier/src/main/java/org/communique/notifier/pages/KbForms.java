package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The knowledge-base editor's forms and the bounds of what it forwards: every field has a length limit, dates are
 * ISO dates, a person's id is what enrichment accepts (it goes into the path), languages are ru, en, kk and ky. The
 * rules of the knowledge base itself (required names, known offices, no office held by two people at once) are
 * the enrichment's, whose refusal the page shows.
 */
final class KbForms {

    static final int MAX_ID = 80;
    static final int MAX_NAME = 200;
    static final int MAX_OFFICE = 40;
    static final int MAX_QUERY = Suggestions.MAX_QUERY;
    static final Set<String> LANGUAGES = Set.of("ru", "en", "kk", "ky");
    /** The offices enrichment tracks (its {@code Office} values), offered in a list; it checks them again. */
    static final List<String> OFFICES = List.of("president", "prime_minister", "foreign_minister", "head_of_state",
            "un_secretary_general", "un_deputy_secretary_general", "eu_council_president", "eu_commission_president",
            "eu_high_representative");
    private static final Pattern PERSON_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private KbForms() {
    }

    static boolean personId(String id) {
        return id != null && id.length() <= MAX_ID && PERSON_ID.matcher(id).matches();
    }

    /** An office holding: the office, its first day, and (optional) its first day out of office. */
    record NewTerm(String office, String from, String to, boolean acting) {

        List<String> check(String prefix) {
            List<String> errors = new ArrayList<>();
            if (blank(office) || office.length() > MAX_OFFICE) {
                errors.add(prefix + "office: choose one of " + String.join(", ", OFFICES));
            }
            date(prefix + "from", from, true, errors);
            date(prefix + "to", to, false, errors);
            return errors;
        }

        ObjectNode json() {
            ObjectNode term = JsonNodeFactory.instance.objectNode();
            term.put("office", office.strip());
            term.put("from", from.strip());
            if (!blank(to)) {
                term.put("to", to.strip());
            }
            if (acting) {
                term.put("acting", true);
            }
            return term;
        }
    }

    /** A new person with names in the four languages (ru and en required by enrichment) and a first office. */
    record NewPerson(String id, String country, String ru, String en, String kk, String ky, NewTerm term) {

        List<String> check() {
            List<String> errors = new ArrayList<>();
            if (!personId(id == null ? null : id.strip())) {
                errors.add("id: lower-case words joined by hyphens (sadyr-japarov), at most " + MAX_ID + " characters");
            }
            if (country == null || !COUNTRY.matcher(country.strip()).matches()) {
                errors.add("country: an ISO 3166-1 alpha-2 code (KG, KZ...)");
            }
            checkName("names.ru", ru, errors);
            checkName("names.en", en, errors);
            checkName("names.kk", kk, errors);
            checkName("names.ky", ky, errors);
            errors.addAll(term.check("terms[0]."));
            return errors;
        }

        ObjectNode json() {
            ObjectNode person = JsonNodeFactory.instance.objectNode();
            person.put("id", id.strip());
            person.put("country", country.strip().toUpperCase(Locale.ROOT));
            ObjectNode names = person.putObject("names");
            put(names, "ru", ru);
            put(names, "en", en);
            put(names, "kk", kk);
            put(names, "ky", ky);
            person.putArray("terms").add(term.json());
            return person;
        }

        private static void put(ObjectNode names, String language, String value) {
            if (!blank(value)) {
                names.put(language, value.strip());
            }
        }
    }

    /**
     * A name variant: {@code kind} "name" is the name in {@code language} (replacing the one it had), "alias"
     * another spelling, "short" a single-word form (aliases and short forms have no language in the knowledge base).
     */
    record NewName(String kind, String language, String name) {

        boolean inLanguage() {
            return "name".equals(kind);
        }

        List<String> check() {
            List<String> errors = new ArrayList<>();
            if (kind == null || !Set.of("name", "alias", "short").contains(kind)) {
                errors.add("kind: the name in a language, another spelling or a short form");
            }
            if (inLanguage() && (language == null || !LANGUAGES.contains(language))) {
                errors.add("language: one of ru, en, kk, ky");
            }
            if (blank(name)) {
                errors.add("name: is required");
            } else {
                checkName("name", name, errors);
            }
            return errors;
        }

        ObjectNode variantJson() {
            return JsonNodeFactory.instance.objectNode().put("name", name.strip()).put("kind", kind);
        }
    }

    static List<String> closing(String office, String from, String to) {
        List<String> errors = new ArrayList<>();
        if (blank(office) || office.length() > MAX_OFFICE) {
            errors.add("office: which term to close");
        }
        date("from", from, true, errors);
        date("to", to, true, errors);
        return errors;
    }

    private static void checkName(String field, String value, List<String> errors) {
        if (value != null && value.strip().length() > MAX_NAME) {
            errors.add(field + ": at most " + MAX_NAME + " characters");
        }
    }

    private static void date(String field, String value, boolean required, List<String> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(field + ": is required (an ISO date, 2024-02-01)");
            }
            return;
        }
        try {
            if (value.length() > 10) {
                throw new DateTimeParseException("too long", value, 10);
            }
            LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field + ": must be an ISO date (2024-02-01)");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
