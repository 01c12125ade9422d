package org.communique.enrichment.tagger;

import org.communique.contracts.Mention;
import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.entities.CountryMention;
import org.communique.enrichment.tagger.entities.Entities;
import org.communique.enrichment.tagger.entities.EntityExtractor;
import org.communique.enrichment.tagger.entities.EntityGazetteer;
import org.communique.enrichment.tagger.entities.OfficeIndex;
import org.communique.enrichment.tagger.entities.OrganizationMention;
import org.communique.enrichment.tagger.entities.PersonMention;
import org.communique.enrichment.tagger.entities.UnlistedMention;
import org.communique.enrichment.tagger.events.EventExtractor;
import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Organization;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.text.LanguageDetector;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tags a release with the countries, officials, organisations and events it mentions. Built once from a
 * knowledge base and immutable afterwards: one instance serves any number of threads, and a knowledge-base
 * change means building a new instance and swapping it in.
 */
public final class Tagger {

    /** Bumped whenever a change to the tagger may change its output for the same input. */
    public static final String VERSION = "1.14.0";

    private final KnowledgeBase kb;
    private final Clock clock;
    private final Map<String, Country> countries;
    private final Map<String, Organization> organizations;
    private final OfficeIndex offices;
    private final EntityExtractor entities;
    private final EventExtractor events;

    private Tagger(KnowledgeBase kb, Clock clock) {
        this.kb = kb;
        this.clock = clock;
        this.countries = kb.countries().stream().collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));
        this.organizations = kb.organizations().stream()
                .collect(Collectors.toUnmodifiableMap(Organization::id, Function.identity()));
        this.offices = new OfficeIndex(kb);
        this.entities = new EntityExtractor(EntityGazetteer.build(kb), offices);
        this.events = new EventExtractor(offices);
    }

    public static Tagger build(KnowledgeBase kb) {
        return build(kb, Clock.systemUTC());
    }

    /** {@code clock} gives "today" for releases without a publication date. */
    public static Tagger build(KnowledgeBase kb, Clock clock) {
        return new Tagger(kb, clock);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public long kbVersion() {
        return kb.version();
    }

    public Tags tag(TagInput input) {
        String title = input.title() == null ? "" : input.title();
        String text = input.text() == null ? "" : input.text();
        String language = LanguageDetector.detect(input.language(), title, text);
        LocalDate date = input.publishedAt() != null ? input.publishedAt() : LocalDate.now(clock);

        Tokenizer.Field titleField = Tokenizer.tokenize(Mention.TITLE, title, 0);
        Tokenizer.Field textField = Tokenizer.tokenize(Mention.TEXT, text, titleField.sentences().size());
        List<Tokenizer.Field> fields = List.of(titleField, textField);
        Map<String, String> fieldTexts = Map.of(Mention.TITLE, title, Mention.TEXT, text);

        Entities found = entities.extract(fields, language, date);
        return new Tags(language,
                countryTags(found.countries(), fieldTexts),
                officialTags(found.people(), found.unlisted(), fieldTexts, date),
                organizationTags(found.organizations(), fieldTexts),
                events.extract(fields, found, language, date),
                VERSION,
                kb.version());
    }

    private List<Tags.CountryTag> countryTags(List<CountryMention> mentions, Map<String, String> texts) {
        Map<String, List<Mention>> byCode = new LinkedHashMap<>();
        for (CountryMention m : mentions) {
            byCode.computeIfAbsent(m.code(), c -> new ArrayList<>()).add(m.span().mention(texts.get(m.span().field())));
        }
        List<Tags.CountryTag> out = new ArrayList<>();
        byCode.forEach((code, spans) -> out.add(new Tags.CountryTag(code, countries.get(code).englishName(), spans)));
        return out;
    }

    private List<Tags.OrganizationTag> organizationTags(List<OrganizationMention> mentions, Map<String, String> texts) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        for (OrganizationMention m : mentions) {
            byId.computeIfAbsent(m.id(), c -> new ArrayList<>()).add(m.span().mention(texts.get(m.span().field())));
        }
        List<Tags.OrganizationTag> out = new ArrayList<>();
        byId.forEach((id, spans) -> out.add(new Tags.OrganizationTag(id, organizations.get(id).englishName(), spans)));
        return out;
    }

    private List<Tags.OfficialTag> officialTags(List<PersonMention> mentions, List<UnlistedMention> unlisted,
                                                Map<String, String> texts, LocalDate date) {
        Map<String, List<PersonMention>> byPerson = new LinkedHashMap<>();
        for (PersonMention m : mentions) {
            byPerson.computeIfAbsent(m.personId(), id -> new ArrayList<>()).add(m);
        }
        List<Tags.OfficialTag> out = new ArrayList<>();
        byPerson.forEach((id, personMentions) -> {
            Person person = offices.person(id).orElseThrow();
            Office presented = personMentions.stream().map(PersonMention::presentedOffice)
                    .filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> offices.officeFor(person, date).orElse(null));
            boolean named = personMentions.stream().anyMatch(PersonMention::named);
            out.add(new Tags.OfficialTag(id, person.englishName(), person.names(), person.country(),
                    presented == null ? "other" : presented.role(),
                    personMentions.stream().map(m -> m.span().mention(texts.get(m.span().field()))).toList(),
                    named ? Tags.ResolvedFrom.NAME : Tags.ResolvedFrom.ROLE));
        });
        out.addAll(unlistedTags(unlisted, texts));
        return out;
    }

    /** Officials the knowledge base lacks, one tag per {@code unlisted:} id, its role and country from the first mention. */
    private static List<Tags.OfficialTag> unlistedTags(List<UnlistedMention> unlisted, Map<String, String> texts) {
        Map<String, List<UnlistedMention>> byId = new LinkedHashMap<>();
        for (UnlistedMention m : unlisted) {
            byId.computeIfAbsent(m.id(), id -> new ArrayList<>()).add(m);
        }
        List<Tags.OfficialTag> out = new ArrayList<>();
        byId.forEach((id, found) -> {
            UnlistedMention first = found.get(0);
            String country = found.stream().map(UnlistedMention::country).filter(Objects::nonNull).findFirst().orElse(null);
            out.add(new Tags.OfficialTag(id, first.englishName(), first.names(), country, first.role(),
                    found.stream().map(m -> m.span().mention(texts.get(m.span().field()))).toList(),
                    Tags.ResolvedFrom.NAME));
        });
        return out;
    }
}
