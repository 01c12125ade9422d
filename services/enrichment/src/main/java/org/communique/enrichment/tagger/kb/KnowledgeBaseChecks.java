package org.communique.enrichment.tagger.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every knowledge base keeps, for the data files (checked by tests) and for each admin change (checked
 * before it is written): valid ids and ISO 3166-1 codes, Russian and English names, an ambassador's post (and no post
 * on any other office), and no seat held by two people at once (an ambassador's seat is one post; deputy ministers
 * share theirs).
 */
public final class KnowledgeBaseChecks {

    public static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    public static final Set<String> LANGUAGES = Set.of("en", "ru", "kk", "ky");

    private static final Pattern PERSON_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ORGANIZATION_ID = Pattern.compile("[A-Za-z0-9]+([-_][A-Za-z0-9]+)*");
    private static final int MAX_ID = 80;
    private static final int MAX_NAME = 200;

    private KnowledgeBaseChecks() {
    }

    /** A rule broken by one field ({@code names.ru}, {@code terms[1].to}...). */
    public record Violation(String field, String message) {
    }

    /** Two people holding one office on the same days. */
    public record Overlap(String holder, String office, OfficeTerm term, String other, OfficeTerm otherTerm) {

        public String describe() {
            return office + " held by " + holder + " (" + term.from() + " - " + until(term) + ") and by " + other + " ("
                    + otherTerm.from() + " - " + until(otherTerm) + ")";
        }

        private static String until(OfficeTerm t) {
            return t.to() == null ? "today" : t.to().toString();
        }
    }

    // ---------------------------------------------------------------- one record

    public static List<Violation> person(Person p) {
        List<Violation> out = new ArrayList<>();
        if (p.id() == null || p.id().length() > MAX_ID || !PERSON_ID.matcher(p.id()).matches()) {
            out.add(new Violation("id", "must be lower-case words joined by hyphens (sadyr-japarov), at most " + MAX_ID
                    + " characters"));
        }
        if (p.country() == null || !ISO_CODES.contains(p.country())) {
            out.add(new Violation("country", "must be an ISO 3166-1 alpha-2 code (KG, KZ...)"));
        }
        names(p.names(), out);
        strings("aliases", p.aliases(), out);
        strings("short", p.shortForms(), out);
        for (String s : p.shortForms()) {
            if (s != null && s.trim().contains(" ")) {
                out.add(new Violation("short", "a short form is a single word: " + s));
            }
        }
        if (p.terms().isEmpty()) {
            out.add(new Violation("terms", "must list at least one term of office"));
        }
        List<OfficeTerm> terms = p.terms();
        for (int i = 0; i < terms.size(); i++) {
            post(terms.get(i), "terms[" + i + "].post", p.country(), out);
        }
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                if (terms.get(i).office() == terms.get(j).office()
                        && Objects.equals(terms.get(i).post(), terms.get(j).post()) && terms.get(i).overlaps(terms.get(j))) {
                    out.add(new Violation("terms[" + j + "]", "overlaps terms[" + i + "] of the same office"));
                }
            }
        }
        return out;
    }

    /** An ambassador is posted to another state, named by its ISO code; no other office has a post. */
    private static void post(OfficeTerm term, String field, String country, List<Violation> out) {
        if (!term.office().hasPost()) {
            if (term.post() != null) {
                out.add(new Violation(field, "only an ambassador's term has a post; leave it out for "
                        + term.office().value()));
            }
        } else if (term.post() == null || term.post().isBlank()) {
            out.add(new Violation(field, "is required for an ambassador: the ISO 3166-1 code of the state accredited to"));
        } else if (!ISO_CODES.contains(term.post())) {
            out.add(new Violation(field, "must be an ISO 3166-1 alpha-2 code (RU, CN...)"));
        } else if (term.post().equals(country)) {
            out.add(new Violation(field, "an ambassador is posted to another state than the one served"));
        }
    }

    public static List<Violation> country(Country c) {
        List<Violation> out = new ArrayList<>();
        if (c.code() == null || !ISO_CODES.contains(c.code())) {
            out.add(new Violation("code", "must be an ISO 3166-1 alpha-2 code"));
        }
        names(c.names(), out);
        for (String lang : LANGUAGES) {
            if (blank(c.names().get(lang))) {
                out.add(new Violation("names." + lang, "is required"));
            }
        }
        for (int i = 0; i < c.aliases().size(); i++) {
            CountryAlias a = c.aliases().get(i);
            if (blank(a.text()) || a.text().length() > MAX_NAME) {
                out.add(new Violation("aliases[" + i + "].text", "must not be blank, at most " + MAX_NAME + " characters"));
            }
            if (a.languages() != null && !LANGUAGES.containsAll(List.of(a.languages().split(",")))) {
                out.add(new Violation("aliases[" + i + "].languages", "must be a comma-separated list of en, ru, kk, ky"));
            }
        }
        return out;
    }

    public static List<Violation> organization(Organization o) {
        List<Violation> out = new ArrayList<>();
        if (o.id() == null || o.id().length() > MAX_ID || !ORGANIZATION_ID.matcher(o.id()).matches()) {
            out.add(new Violation("id", "must be letters and digits joined by hyphens or underscores (CSTO, ARAB_LEAGUE), at most " + MAX_ID
                    + " characters"));
        }
        names(o.names(), out);
        strings("abbreviations", o.abbreviations(), out);
        strings("aliases", o.aliases(), out);
        return out;
    }

    private static void names(Map<String, String> names, List<Violation> out) {
        for (String lang : List.of("ru", "en")) {
            if (blank(names.get(lang))) {
                out.add(new Violation("names." + lang, "is required"));
            }
        }
        names.forEach((lang, name) -> {
            if (!LANGUAGES.contains(lang)) {
                out.add(new Violation("names." + lang, "unknown language; names are given in en, ru, kk, ky"));
            } else if (name != null && name.length() > MAX_NAME) {
                out.add(new Violation("names." + lang, "at most " + MAX_NAME + " characters"));
            }
        });
    }

    private static void strings(String field, List<String> values, List<Violation> out) {
        for (int i = 0; i < values.size(); i++) {
            if (blank(values.get(i)) || values.get(i).length() > MAX_NAME) {
                out.add(new Violation(field + "[" + i + "]", "must not be blank, at most " + MAX_NAME + " characters"));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---------------------------------------------------------------- across records

    /** Every pair of people holding the same office of the same country on overlapping days. */
    public static List<Overlap> overlaps(List<Person> people) {
        record Held(Person person, OfficeTerm term) {
        }
        Map<String, List<Held>> byOffice = new HashMap<>();
        for (Person p : people) {
            for (OfficeTerm t : p.terms()) {
                if (!t.office().sharedAtOnce(p.holderOf(t))) {
                    byOffice.computeIfAbsent(seat(p, t), k -> new ArrayList<>()).add(new Held(p, t));
                }
            }
        }
        List<Overlap> out = new ArrayList<>();
        byOffice.forEach((key, held) -> {
            for (int i = 0; i < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    Held a = held.get(i);
                    Held b = held.get(j);
                    if (!a.person().id().equals(b.person().id()) && a.term().overlaps(b.term())) {
                        out.add(new Overlap(a.person().id(), key, a.term(), b.person().id(), b.term()));
                    }
                }
            }
        });
        return out;
    }

    /** The overlaps {@code candidate} would create with {@code others} (people of its country; itself is skipped). */
    public static List<Overlap> overlaps(Person candidate, List<Person> others) {
        List<Overlap> out = new ArrayList<>();
        for (Person other : others) {
            if (other.id().equals(candidate.id())) {
                continue;
            }
            for (OfficeTerm t : candidate.terms()) {
                for (OfficeTerm o : other.terms()) {
                    if (t.sameSeat(o) && !t.office().sharedAtOnce(candidate.holderOf(t))
                            && Objects.equals(candidate.holderOf(t), other.holderOf(o)) && t.overlaps(o)) {
                        out.add(new Overlap(candidate.id(), seat(candidate, t), t, other.id(), o));
                    }
                }
            }
        }
        return out;
    }

    /** {@code KZ/FOREIGN_MINISTER}, {@code KZ/AMBASSADOR/RU}: the seat a term fills. */
    private static String seat(Person p, OfficeTerm t) {
        return p.holderOf(t) + "/" + t.office() + (t.post() == null ? "" : "/" + t.post());
    }

    /** Alias texts (case- and ё-insensitive) that would name two countries. */
    public static List<String> aliasClashes(List<Country> countries) {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Country c : countries) {
            Set<String> forms = new HashSet<>(c.names().values());
            c.aliases().forEach(a -> forms.add(a.text()));
            for (String form : forms) {
                String key = form.toLowerCase(Locale.ROOT).replace('ё', 'е').trim();
                String previous = owner.put(key, c.code());
                if (previous != null && !previous.equals(c.code())) {
                    clashes.add(form + ": " + previous + "/" + c.code());
                }
            }
        }
        return clashes;
    }
}
