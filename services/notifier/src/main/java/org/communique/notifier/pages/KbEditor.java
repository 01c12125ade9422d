package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.TemplateData;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge-base editor of the operator page: finds people (the enrichment's names lookup), shows one with
 * names and offices, adds a person, an office holding or a name variant, closes an office holding, and lists the
 * latest changes; all through {@link KbClient}. What an operator typed is checked against {@link KbForms}' bounds
 * first; what it breaks of the knowledge base's rules is the enrichment's to say.
 */
@Singleton
class KbEditor {

    static final int CHANGES_SHOWN = 20;
    static final int HITS_SHOWN = 20;

    /** Done, or refused with a status, a detail and field errors, as the page shows them. */
    @TemplateData
    record Outcome(int status, String detail, List<String> errors) {

        static final Outcome OK = new Outcome(200, null, List.of());

        boolean ok() {
            return status < 300;
        }

        static Outcome of(KbClient.Answer answer) {
            return answer.ok() ? OK : new Outcome(answer.status(), answer.detail(), answer.errors());
        }

        static Outcome invalid(List<String> errors) {
            return new Outcome(400, "Check the fields below.", errors);
        }
    }

    @TemplateData
    record Hit(String id, String name, String country) {
    }

    @TemplateData
    record Change(long version, String at, String action, String entity, String id, boolean person) {
    }

    @TemplateData
    record Term(String office, String from, String to, boolean acting, String note) {

        public boolean open() {
            return to == null || to.isEmpty();
        }
    }

    @TemplateData
    record Person(String id, String country, List<Map.Entry<String, String>> names, List<String> aliases,
                  List<String> shortForms, List<Term> terms) {
    }

    private final KbClient kb;
    private final NamesProxy names;

    KbEditor(KbClient kb, NamesProxy names) {
        this.kb = kb;
        this.names = names;
    }

    boolean configured() {
        return kb.configured();
    }

    List<Hit> search(String query, String language) {
        List<Hit> hits = new ArrayList<>();
        names.fresh("official", query, language, HITS_SHOWN).forEach(h -> hits.add(new Hit(h.path("id").asText(),
                h.path("name").asText(), h.path("country").asText(""))));
        return hits;
    }

    /** The newest changes first; empty (with {@code problem} set) when the enrichment cannot say. */
    List<Change> recentChanges(List<String> problem) {
        KbClient.Answer summary = kb.get("/api/v1/kb");
        if (!summary.ok()) {
            problem.add(summary.detail());
            return List.of();
        }
        long after = Math.max(0, summary.body().path("kbVersion").asLong() - CHANGES_SHOWN);
        KbClient.Answer answer = kb.get("/api/v1/kb/changes?after=" + after + "&limit=" + CHANGES_SHOWN);
        if (!answer.ok() || !answer.body().isArray()) {
            problem.add(answer.ok() ? "The enrichment's change log is not a list." : answer.detail());
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        answer.body().forEach(c -> changes.add(0, new Change(c.path("kbVersion").asLong(), c.path("changedAt").asText(),
                c.path("action").asText(), c.path("entity").asText(), c.path("id").asText(),
                "person".equals(c.path("entity").asText()) && !"delete".equals(c.path("action").asText())
                        && KbForms.personId(c.path("id").asText()))));
        return changes;
    }

    /** The person, or empty with the refusal in {@code outcome[0]}. */
    Optional<Person> person(String id, Outcome[] outcome) {
        KbClient.Answer answer = kb.get("/api/v1/kb/people/" + id);
        outcome[0] = Outcome.of(answer);
        return answer.ok() ? Optional.of(person(answer.body())) : Optional.empty();
    }

    Outcome create(KbForms.NewPerson form) {
        List<String> errors = form.check();
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        return Outcome.of(kb.send("POST", "/api/v1/kb/people", form.json()));
    }

    Outcome addTerm(String id, KbForms.NewTerm form) {
        List<String> errors = form.check("");
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        return Outcome.of(kb.send("POST", "/api/v1/kb/people/" + id + "/terms", form.json()));
    }

    /**
     * Ends the open term of {@code office} that began on {@code from}: the person's terms are read and written back
     * with that one's {@code to} set (enrichment takes terms as a whole list), on condition that nobody changed
     * the person in between ({@code If-Match}).
     */
    Outcome closeTerm(String id, String office, String from, String to) {
        List<String> errors = KbForms.closing(office, from, to);
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        return close(id, office.strip(), from.strip(), to.strip());
    }

    private Outcome close(String id, String office, String from, String to) {
        KbClient.Answer current = kb.get("/api/v1/kb/people/" + id);
        if (!current.ok()) {
            return Outcome.of(current);
        }
        ArrayNode terms = JsonNodeFactory.instance.arrayNode();
        boolean found = false;
        for (JsonNode t : current.body().path("terms")) {
            ObjectNode term = ((ObjectNode) t).deepCopy();
            if (!found && office.equals(t.path("office").asText()) && from.equals(t.path("from").asText())
                    && (t.path("to").isNull() || t.path("to").isMissingNode())) {
                term.put("to", to);
                found = true;
            }
            terms.add(term);
        }
        if (!found) {
            return new Outcome(409, "No open " + office + " term from " + from + ": it changed meanwhile; see the page as it is now.", List.of());
        }
        return Outcome.of(kb.send("PUT", "/api/v1/kb/people/" + id + "/terms", terms, current.etag()));
    }

    /**
     * Adds a spelling: another spelling or a short form ({@code POST .../names}), or the name in one language,
     * which replaces the one it had (the person written back with it).
     */
    Outcome addName(String id, KbForms.NewName form) {
        List<String> errors = form.check();
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        if (!form.inLanguage()) {
            return Outcome.of(kb.send("POST", "/api/v1/kb/people/" + id + "/names", form.variantJson()));
        }
        KbClient.Answer current = kb.get("/api/v1/kb/people/" + id);
        if (!current.ok()) {
            return Outcome.of(current);
        }
        ObjectNode person = ((ObjectNode) current.body()).deepCopy();
        ObjectNode personNames = person.path("names").isObject() ? (ObjectNode) person.get("names") : person.putObject("names");
        personNames.put(form.language(), form.name().strip());
        return Outcome.of(kb.send("PUT", "/api/v1/kb/people/" + id, person, current.etag()));
    }

    private static Person person(JsonNode p) {
        List<Map.Entry<String, String>> personNames = new ArrayList<>();
        p.path("names").fields().forEachRemaining(e -> personNames.add(Map.entry(e.getKey(), e.getValue().asText())));
        List<Term> terms = new ArrayList<>();
        p.path("terms").forEach(t -> terms.add(new Term(t.path("office").asText(), t.path("from").asText(),
                t.path("to").isNull() || t.path("to").isMissingNode() ? "" : t.path("to").asText(),
                t.path("acting").asBoolean(false), t.path("note").isTextual() ? t.path("note").asText() : "")));
        return new Person(p.path("id").asText(), p.path("country").asText(), personNames, texts(p.path("aliases")),
                texts(p.path("short")), terms);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
