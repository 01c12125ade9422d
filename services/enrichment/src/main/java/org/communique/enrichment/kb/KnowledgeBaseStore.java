package org.communique.enrichment.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.enrichment.tagger.kb.AliasKind;
import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.OfficeTerm;
import org.communique.enrichment.tagger.kb.Organization;
import org.communique.enrichment.tagger.kb.Person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The knowledge base in PostgreSQL: reads it whole for the tagger, and imports data files over it. */
@ApplicationScoped
public class KnowledgeBaseStore {

    private static final String ALIAS = "alias";
    private static final String SHORT = "short";
    private static final String ABBREVIATION = "abbreviation";

    @Transactional
    public long version() {
        return KbMeta.get().kbVersion;
    }

    @Transactional
    public KnowledgeBase load() {
        // one snapshot for all the queries below, so a change committed meanwhile is either wholly in or wholly out
        KbMeta.getEntityManager().createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate();
        long version = KbMeta.get().kbVersion;
        List<String> blocked = BlockedPhraseRow.<BlockedPhraseRow>listAll().stream().map(b -> b.phrase).sorted().toList();
        return new KnowledgeBase(version, countries(), people(), organizations(), blocked);
    }

    /** Every country; call inside a transaction. */
    static List<Country> countries() {
        return CountryRow.<CountryRow>find("select distinct c from CountryRow c left join fetch c.names order by c.code")
                .list().stream().map(KnowledgeBaseStore::country).toList();
    }

    /** Every person; call inside a transaction. */
    static List<PersonRow> personRows() {
        List<PersonRow> people = PersonRow
                .<PersonRow>find("select distinct p from PersonRow p left join fetch p.names order by p.id").list();
        // the second fetch fills the terms of the same managed rows
        PersonRow.find("select distinct p from PersonRow p left join fetch p.terms").list();
        return people;
    }

    static List<Person> people() {
        return personRows().stream().map(KnowledgeBaseStore::person).toList();
    }

    /** Every organisation; call inside a transaction. */
    static List<Organization> organizations() {
        return OrganizationRow
                .<OrganizationRow>find("select distinct o from OrganizationRow o left join fetch o.names order by o.id")
                .list().stream().map(KnowledgeBaseStore::organization).toList();
    }

    /**
     * Replaces the whole knowledge base with {@code files} when their version is newer than the last import.
     * Concurrent instances serialise on the locked meta row, so only the first imports.
     *
     * @return the knowledge-base version afterwards
     */
    @Transactional
    public long importIfNewer(KnowledgeBase files) {
        KbMeta meta = KbMeta.lock();
        if (files.version() <= meta.dataVersion) {
            return meta.kbVersion;
        }
        BlockedPhraseRow.deleteAll();
        OrganizationRow.deleteAll();
        PersonRow.deleteAll();
        CountryRow.deleteAll();
        PersonRow.flush();
        files.countries().forEach(c -> row(c).persist());
        files.people().forEach(p -> row(p).persist());
        files.organizations().forEach(o -> row(o).persist());
        for (String phrase : files.blockedPhrases()) {
            BlockedPhraseRow row = new BlockedPhraseRow();
            row.phrase = phrase;
            row.persist();
        }
        meta.dataVersion = files.version();
        return KbVersions.next(meta, files.version(), "import", "data-files", Long.toString(files.version()), null);
    }

    // ---------------------------------------------------------------- rows -> model

    static Country country(CountryRow row) {
        List<CountryAlias> aliases = row.names.stream()
                .map(n -> new CountryAlias(AliasKind.of(n.kind), n.name, n.languages)).toList();
        return new Country(row.code, names(row.nameEn, row.nameRu, row.nameKk, row.nameKy), aliases);
    }

    static Person person(PersonRow row) {
        List<String> aliases = row.names.stream().filter(n -> ALIAS.equals(n.kind)).map(n -> n.name).toList();
        List<String> shortForms = row.names.stream().filter(n -> SHORT.equals(n.kind)).map(n -> n.name).toList();
        List<OfficeTerm> terms = row.terms.stream()
                .map(t -> new OfficeTerm(Office.of(t.office), t.startsOn, t.endsOn, t.acting, t.note, t.post)).toList();
        return new Person(row.id, row.country, names(row.nameEn, row.nameRu, row.nameKk, row.nameKy), aliases,
                shortForms, row.surnameAlone, terms);
    }

    static Organization organization(OrganizationRow row) {
        List<String> abbreviations = row.names.stream().filter(n -> ABBREVIATION.equals(n.kind)).map(n -> n.name).toList();
        List<String> aliases = row.names.stream().filter(n -> ALIAS.equals(n.kind)).map(n -> n.name).toList();
        return new Organization(row.id, names(row.nameEn, row.nameRu, row.nameKk, row.nameKy), abbreviations, aliases);
    }

    private static Map<String, String> names(String en, String ru, String kk, String ky) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", en);
        names.put("ru", ru);
        names.put("kk", kk);
        names.put("ky", ky);
        return names;
    }

    // ---------------------------------------------------------------- model -> rows

    static CountryRow row(Country country) {
        CountryRow row = new CountryRow();
        row.code = country.code();
        fill(row, country);
        return row;
    }

    /** Writes a country's names and aliases over a (new or managed) row. */
    static void fill(CountryRow row, Country country) {
        row.nameEn = name(country.names(), "en");
        row.nameRu = name(country.names(), "ru");
        row.nameKk = name(country.names(), "kk");
        row.nameKy = name(country.names(), "ky");
        row.names.clear();
        for (CountryAlias alias : country.aliases()) {
            row.names.add(new CountryRow.Name(alias.kind().value(), alias.text(), alias.languages()));
        }
    }

    static PersonRow row(Person person) {
        PersonRow row = new PersonRow();
        row.id = person.id();
        fill(row, person);
        return row;
    }

    /** Writes everything but the id of a person over a (new or managed) row. */
    static void fill(PersonRow row, Person person) {
        row.country = person.country();
        row.nameEn = name(person.names(), "en");
        row.nameRu = name(person.names(), "ru");
        row.nameKk = name(person.names(), "kk");
        row.nameKy = name(person.names(), "ky");
        row.surnameAlone = person.surnameAlone();
        row.names.clear();
        person.aliases().forEach(a -> row.names.add(new PersonRow.Name(ALIAS, a)));
        person.shortForms().forEach(s -> row.names.add(new PersonRow.Name(SHORT, s)));
        row.terms.clear();
        for (OfficeTerm t : person.terms()) {
            PersonRow.Term term = new PersonRow.Term();
            term.office = t.office().value();
            term.startsOn = t.from();
            term.endsOn = t.to();
            term.acting = t.acting();
            term.note = t.note();
            term.post = t.post();
            row.terms.add(term);
        }
    }

    static OrganizationRow row(Organization org) {
        OrganizationRow row = new OrganizationRow();
        row.id = org.id();
        fill(row, org);
        return row;
    }

    /** Writes everything but the id of an organisation over a (new or managed) row. */
    static void fill(OrganizationRow row, Organization org) {
        row.nameEn = name(org.names(), "en");
        row.nameRu = name(org.names(), "ru");
        row.nameKk = name(org.names(), "kk");
        row.nameKy = name(org.names(), "ky");
        row.names.clear();
        org.abbreviations().forEach(a -> row.names.add(new OrganizationRow.Name(ABBREVIATION, a)));
        org.aliases().forEach(a -> row.names.add(new OrganizationRow.Name(ALIAS, a)));
    }

    /** Falls back to the English (then Russian) name where a language has none. */
    private static String name(Map<String, String> names, String language) {
        String name = names.get(language);
        if (name == null || name.isBlank()) {
            name = names.getOrDefault("en", names.get("ru"));
        }
        return name;
    }
}
