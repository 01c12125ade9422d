package org.communique.enrichment.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.enrichment.tagger.kb.AliasKind;
import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.enrichment.tagger.kb.KnowledgeBaseChecks;
import org.communique.enrichment.tagger.kb.KnowledgeBaseChecks.Overlap;
import org.communique.enrichment.tagger.kb.KnowledgeBaseChecks.Violation;
import org.communique.enrichment.tagger.kb.Organization;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads and changes single records of the knowledge base for the admin API. Every change locks the meta row (one
 * writer at a time across instances), is checked against the rest of the knowledge base, bumps {@code kbVersion},
 * lands in the change log and notifies the other instances, all in one transaction. {@code log} is the changed
 * record as the client sees it (JSON), kept in the change log.
 */
@ApplicationScoped
public class KnowledgeBaseEditor {

    // ---------------------------------------------------------------- reads

    @Transactional
    public List<Person> people() {
        return KnowledgeBaseStore.people();
    }

    @Transactional
    public Optional<Person> person(String id) {
        return PersonRow.<PersonRow>findByIdOptional(id).map(KnowledgeBaseStore::person);
    }

    @Transactional
    public List<Country> countries() {
        return KnowledgeBaseStore.countries();
    }

    @Transactional
    public Optional<Country> country(String code) {
        return CountryRow.<CountryRow>findByIdOptional(code).map(KnowledgeBaseStore::country);
    }

    @Transactional
    public List<Organization> organizations() {
        return KnowledgeBaseStore.organizations();
    }

    @Transactional
    public Optional<Organization> organization(String id) {
        return OrganizationRow.<OrganizationRow>findByIdOptional(id).map(KnowledgeBaseStore::organization);
    }

    /** Changes that produced a version above {@code afterVersion}, oldest first. */
    @Transactional
    public List<KbChangeRow> changes(long afterVersion, int limit) {
        return KbChangeRow.<KbChangeRow>find("kbVersion > ?1 order by id", afterVersion).page(0, limit).list();
    }

    // ---------------------------------------------------------------- people

    @Transactional
    public long createPerson(Person person, String log) {
        KbMeta meta = KbMeta.lock();
        requireValid(KnowledgeBaseChecks.person(person));
        if (PersonRow.findById(person.id()) != null) {
            throw conflict("person '" + person.id() + "' already exists; PUT /api/v1/kb/people/" + person.id()
                    + " changes it");
        }
        requireNoOverlap(person);
        KnowledgeBaseStore.row(person).persist();
        return KbVersions.next(meta, 0, "create", "person", person.id(), log);
    }

    /**
     * Changes a person under the lock, so concurrent edits of one person never lose each other's change.
     * {@code change} gets the stored person and returns the new one (same id); {@code log} describes the result.
     */
    @Transactional
    public long editPerson(String id, UnaryOperator<Person> change, Function<Person, String> log) {
        KbMeta meta = KbMeta.lock();
        PersonRow row = PersonRow.findById(id);
        if (row == null) {
            throw ProblemException.notFound("no person '" + id + "'");
        }
        Person person = change.apply(KnowledgeBaseStore.person(row));
        requireValid(KnowledgeBaseChecks.person(person));
        requireNoOverlap(person);
        KnowledgeBaseStore.fill(row, person);
        return KbVersions.next(meta, 0, "update", "person", id, log.apply(person));
    }

    @Transactional
    public long deletePerson(String id) {
        KbMeta meta = KbMeta.lock();
        if (!PersonRow.deleteById(id)) {
            throw ProblemException.notFound("no person '" + id + "'");
        }
        return KbVersions.next(meta, 0, "delete", "person", id, null);
    }

    private static void requireNoOverlap(Person person) {
        // the offices of the UN and the EU may be held by anyone: every holder of them counts
        boolean international = person.terms().stream().anyMatch(t -> t.office().organization() != null);
        List<Person> compatriots = (international ? PersonRow.<PersonRow>listAll() : PersonRow.<PersonRow>list("country", person.country()))
                .stream().map(KnowledgeBaseStore::person).toList();
        List<Overlap> overlaps = KnowledgeBaseChecks.overlaps(person, compatriots);
        if (!overlaps.isEmpty()) {
            throw conflict("no office is held by two people at once: "
                    + overlaps.stream().map(Overlap::describe).collect(Collectors.joining("; "))
                    + ". End the other term first.");
        }
    }

    // ---------------------------------------------------------------- countries

    /** Countries are the fixed ISO 3166-1 list: they are changed, never created or deleted. */
    @Transactional
    public long editCountry(String code, UnaryOperator<Country> change, Function<Country, String> log) {
        KbMeta meta = KbMeta.lock();
        CountryRow row = CountryRow.findById(code);
        if (row == null) {
            throw ProblemException.notFound("no country '" + code + "'");
        }
        Country country = change.apply(KnowledgeBaseStore.country(row));
        requireValid(KnowledgeBaseChecks.country(country));
        List<Country> all = new ArrayList<>(KnowledgeBaseStore.countries());
        all.removeIf(c -> c.code().equals(country.code()));
        all.add(country);
        List<String> clashes = KnowledgeBaseChecks.aliasClashes(all);
        if (!clashes.isEmpty()) {
            throw conflict("a name may name only one country: " + String.join("; ", clashes));
        }
        KnowledgeBaseStore.fill(row, country);
        return KbVersions.next(meta, 0, "update", "country", code, log.apply(country));
    }

    // ---------------------------------------------------------------- organisations

    @Transactional
    public long createOrganization(Organization org, String log) {
        KbMeta meta = KbMeta.lock();
        requireValid(KnowledgeBaseChecks.organization(org));
        if (OrganizationRow.findById(org.id()) != null) {
            throw conflict("organisation '" + org.id() + "' already exists; PUT /api/v1/kb/organizations/" + org.id()
                    + " changes it");
        }
        requireNoCountryAbbreviation(org);
        KnowledgeBaseStore.row(org).persist();
        return KbVersions.next(meta, 0, "create", "organization", org.id(), log);
    }

    /**
     * Replaces an organisation under the lock; {@code check} sees the stored one first and may refuse the change
     * (an {@code If-Match} that no longer names it).
     */
    @Transactional
    public long replaceOrganization(Organization org, Consumer<Organization> check, String log) {
        KbMeta meta = KbMeta.lock();
        OrganizationRow row = OrganizationRow.findById(org.id());
        if (row == null) {
            throw ProblemException.notFound("no organisation '" + org.id() + "'");
        }
        check.accept(KnowledgeBaseStore.organization(row));
        requireValid(KnowledgeBaseChecks.organization(org));
        requireNoCountryAbbreviation(org);
        KnowledgeBaseStore.fill(row, org);
        return KbVersions.next(meta, 0, "update", "organization", org.id(), log);
    }

    @Transactional
    public long deleteOrganization(String id) {
        KbMeta meta = KbMeta.lock();
        if (!OrganizationRow.deleteById(id)) {
            throw ProblemException.notFound("no organisation '" + id + "'");
        }
        return KbVersions.next(meta, 0, "delete", "organization", id, null);
    }

    /** «РК» must stay Kazakhstan: an organisation may not take a country's abbreviation. */
    private static void requireNoCountryAbbreviation(Organization org) {
        Set<String> taken = new HashSet<>();
        for (Country c : KnowledgeBaseStore.countries()) {
            c.aliases().stream().filter(a -> a.kind() == AliasKind.ABBREVIATION).map(CountryAlias::text).forEach(taken::add);
        }
        List<String> clashes = org.abbreviations().stream().filter(taken::contains).toList();
        if (!clashes.isEmpty()) {
            throw conflict("abbreviations already naming a country: " + String.join(", ", clashes));
        }
    }

    // ---------------------------------------------------------------- problems

    private static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(
                    violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")),
                    violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "kb-conflict", "Conflicts with the knowledge base", detail, null, Map.of());
    }
}
