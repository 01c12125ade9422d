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

import java.time.Instant;
import java.util.ArrayList;
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
        long version = KbMeta.get().kbVersion;
        List<CountryRow> countries = CountryRow
                .<CountryRow>find("select distinct c from CountryRow c left join fetch c.names order by c.code").list();
        List<PersonRow> people = PersonRow
                .<PersonRow>find("select distinct p from PersonRow p left join fetch p.names order by p.id").list();
        // the second fetch fills the terms of the same managed rows
        PersonRow.find("select distinct p from PersonRow p left join fetch p.terms").list();
        List<OrganizationRow> organizations = OrganizationRow
                .<OrganizationRow>find("select distinct o from OrganizationRow o left join fetch o.names order by o.id").list();
        List<String> blocked = BlockedPhraseRow.<BlockedPhraseRow>listAll().stream().map(b -> b.phrase).sorted().toList();
        return new KnowledgeBase(version,
                countries.stream().map(KnowledgeBaseStore::country).toList(),
                people.stream().map(KnowledgeBaseStore::person).toList(),
                organizations.stream().map(KnowledgeBaseStore::organization).toList(),
                blocked);
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
        meta.kbVersion = Math.max(meta.kbVersion + 1, files.version());
        meta.updatedAt = Instant.now();
        return meta.kbVersion;
    }

    // ---------------------------------------------------------------- rows -> model

    private static Country country(CountryRow row) {
        List<CountryAlias> aliases = row.names.stream()
                .map(n -> new CountryAlias(AliasKind.of(n.kind), n.name, n.languages)).toList();
        return new Country(row.code, names(row.nameEn, row.nameRu, row.nameKk, row.nameKy), aliases);
    }

    private static Person person(PersonRow row) {
        List<String> aliases = row.names.stream().filter(n -> ALIAS.equals(n.kind)).map(n -> n.name).toList();
        List<String> shortForms = row.names.stream().filter(n -> SHORT.equals(n.kind)).map(n -> n.name).toList();
        List<OfficeTerm> terms = row.terms.stream()
                .map(t -> new OfficeTerm(Office.of(t.office), t.startsOn, t.endsOn, t.acting, t.note)).toList();
        return new Person(row.id, row.country, names(row.nameEn, row.nameRu, row.nameKk, row.nameKy), aliases,
                shortForms, row.surnameAlone, terms);
    }

    private static Organization organization(OrganizationRow row) {
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

    private static CountryRow row(Country country) {
        CountryRow row = new CountryRow();
        row.code = country.code();
        row.nameEn = name(country.names(), "en");
        row.nameRu = name(country.names(), "ru");
        row.nameKk = name(country.names(), "kk");
        row.nameKy = name(country.names(), "ky");
        for (CountryAlias alias : country.aliases()) {
            row.names.add(new CountryRow.Name(alias.kind().value(), alias.text(), alias.languages()));
        }
        return row;
    }

    private static PersonRow row(Person person) {
        PersonRow row = new PersonRow();
        row.id = person.id();
        row.country = person.country();
        row.nameEn = name(person.names(), "en");
        row.nameRu = name(person.names(), "ru");
        row.nameKk = name(person.names(), "kk");
        row.nameKy = name(person.names(), "ky");
        row.surnameAlone = person.surnameAlone();
        person.aliases().forEach(a -> row.names.add(new PersonRow.Name(ALIAS, a)));
        person.shortForms().forEach(s -> row.names.add(new PersonRow.Name(SHORT, s)));
        List<PersonRow.Term> terms = new ArrayList<>();
        for (OfficeTerm t : person.terms()) {
            PersonRow.Term term = new PersonRow.Term();
            term.office = t.office().value();
            term.startsOn = t.from();
            term.endsOn = t.to();
            term.acting = t.acting();
            term.note = t.note();
            terms.add(term);
        }
        row.terms.addAll(terms);
        return row;
    }

    private static OrganizationRow row(Organization org) {
        OrganizationRow row = new OrganizationRow();
        row.id = org.id();
        row.nameEn = name(org.names(), "en");
        row.nameRu = name(org.names(), "ru");
        row.nameKk = name(org.names(), "kk");
        row.nameKy = name(org.names(), "ky");
        org.abbreviations().forEach(a -> row.names.add(new OrganizationRow.Name(ABBREVIATION, a)));
        org.aliases().forEach(a -> row.names.add(new OrganizationRow.Name(ALIAS, a)));
        return row;
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
