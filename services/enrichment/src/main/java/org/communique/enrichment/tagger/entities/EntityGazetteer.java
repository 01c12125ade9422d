package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.CaseRule;
import org.communique.enrichment.tagger.gazetteer.Entry;
import org.communique.enrichment.tagger.gazetteer.Gazetteer;
import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.kb.AliasKind;
import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Organization;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.morph.WordClass;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one gazetteer of a knowledge base: country names and their aliases, people (full names, reversed
 * «Surname Given» order, with a patronymic, and surnames alone), organisations, office phrases and blocked
 * phrases. Also keeps what the person rules need: every known given name and the initials of each person.
 */
public final class EntityGazetteer {

    // lower wins when two matches cover the same tokens
    private static final int BLOCKED = 0;
    private static final int ORGANIZATION = 1;
    private static final int PERSON_FULL = 2;
    private static final int ROLE = 3;
    private static final int SURNAME = 20;

    private final Gazetteer<Ref> gazetteer;
    private final Set<String> givenNames;
    private final Map<String, Set<Character>> initials;
    private final Map<String, Set<String>> givenSkeletons;

    /** One-word Latin country names and aliases as written (lower case), and the keys of those that folding changes. */
    private final Set<String> latinCountryWords;
    private final Set<String> foldedCountryKeys;

    private EntityGazetteer(Gazetteer<Ref> gazetteer, Set<String> givenNames, Map<String, Set<Character>> initials,
                            Map<String, Set<String>> givenSkeletons, Set<String> latinCountryWords) {
        this.gazetteer = gazetteer;
        this.givenNames = Set.copyOf(givenNames);
        this.initials = Map.copyOf(initials);
        this.givenSkeletons = Map.copyOf(givenSkeletons);
        this.latinCountryWords = Set.copyOf(latinCountryWords);
        Set<String> folded = new HashSet<>();
        for (String word : latinCountryWords) {
            String key = TextFolding.key(word);
            if (!key.equals(word)) {
                folded.add(key);
            }
        }
        this.foldedCountryKeys = Set.copyOf(folded);
    }

    /**
     * Whether a Latin word matched a country only once both were folded: "Cameron" is "Cameroon" with its doubled
     * letter dropped, but no spelling of the country; "Tadzhikistan" folds to a name as written ("Tajikistan").
     */
    public boolean countryOnlyByFolding(Token token) {
        return foldedCountryKeys.contains(token.key()) && !latinCountryWords.contains(token.lower())
                && !latinCountryWords.contains(token.key());
    }

    public List<Match<Ref>> match(Tokenizer.Field field, String language) {
        return gazetteer.match(field, language);
    }

    /** Whether a word (its key) is a given name of anyone in the knowledge base. */
    public boolean isGivenName(String key) {
        return givenNames.contains(key);
    }

    /**
     * Whether a word (its key) is one of the person's given names written another way: «Ибраһим», «Ибрагим», "Ibrahim"
     * for the knowledge base's «Эбрахим», "Ebrahim" (the same consonants once vowels are dropped and г read as х).
     */
    public boolean isGivenNameVariant(String key, String personId) {
        String skeleton = skeleton(key);
        return skeleton.length() >= 3 && givenSkeletons.getOrDefault(personId, Set.of()).contains(skeleton);
    }

    static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("аеиоуыэюяйьъaeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'г') {
                c = 'х';
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** First letters (folded) of the given names of a person, in every script. */
    public Set<Character> initials(String personId) {
        return initials.getOrDefault(personId, Set.of());
    }

    public static EntityGazetteer build(KnowledgeBase kb) {
        Gazetteer.Builder<Ref> builder = Gazetteer.builder();
        for (String phrase : kb.blockedPhrases()) {
            builder.add(phrase, List.of(WordClass.AUTO), entry(new Ref.Blocked(), BLOCKED, CaseRule.ANY, null, phrase));
        }
        Set<String> latinCountryWords = new HashSet<>();
        for (Country country : kb.countries()) {
            addCountry(builder, country);
            for (String text : union(country.names().values(), country.aliases().stream().map(CountryAlias::text).toList())) {
                String lower = TextFolding.lower(text.trim());
                if (!lower.isEmpty() && lower.indexOf(' ') < 0 && TextFolding.isLatin(lower.charAt(0))) {
                    latinCountryWords.add(lower);
                }
            }
        }
        for (Organization org : kb.organizations()) {
            Ref ref = new Ref.OrganizationRef(org.id());
            for (String name : union(org.names().values(), org.aliases())) {
                builder.add(name, List.of(WordClass.AUTO), entry(ref, ORGANIZATION, CaseRule.CAPITALIZED, null, name));
            }
            for (String abbreviation : org.abbreviations()) {
                builder.add(abbreviation, List.of(WordClass.INVARIANT),
                        entry(ref, ORGANIZATION, CaseRule.AS_WRITTEN, null, abbreviation));
            }
        }
        for (RolePhrase role : RolePhrases.ALL) {
            // plural phrases are listed in each case they take («главы», «глав», «главами»): inflecting them again
            // would read «главу» (one head) as «глав» (several)
            builder.add(role.text(), List.of(role.plural() ? WordClass.INVARIANT : WordClass.AUTO), new Entry<>(new Ref.RoleRef(role), ROLE, CaseRule.ANY,
                    role.languages(), List.of()));
        }
        Set<String> givenNames = new HashSet<>();
        Map<String, Set<Character>> initials = new HashMap<>();
        Map<String, Set<String>> givenSkeletons = new HashMap<>();
        for (Person person : kb.people()) {
            addPerson(builder, person, givenNames, initials, givenSkeletons);
        }
        return new EntityGazetteer(builder.build(), givenNames, initials, givenSkeletons, latinCountryWords);
    }

    private static void addCountry(Gazetteer.Builder<Ref> builder, Country country) {
        int name = 4;
        for (String text : new LinkedHashSet<>(country.names().values())) {
            builder.add(text, List.of(WordClass.AUTO), entry(new Ref.CountryRef(country.code(), Ref.CountryForm.NAME),
                    name, CaseRule.CAPITALIZED, null, text));
        }
        for (CountryAlias alias : country.aliases()) {
            String text = alias.text();
            Ref.CountryForm form;
            CaseRule caseRule;
            WordClass wordClass;
            boolean town = alias.kind() == AliasKind.TOWN;
            switch (alias.kind()) {
                case ABBREVIATION -> {
                    form = Ref.CountryForm.ABBREVIATION;
                    caseRule = CaseRule.AS_WRITTEN;
                    wordClass = WordClass.INVARIANT;
                }
                case ADJECTIVE -> {
                    boolean prefix = text.endsWith("-");
                    form = prefix ? Ref.CountryForm.COMPOUND_PREFIX : Ref.CountryForm.ADJECTIVE;
                    text = prefix ? text.substring(0, text.length() - 1) : text;
                    caseRule = CaseRule.ANY;
                    wordClass = prefix ? WordClass.INVARIANT : WordClass.COUNTRY_ADJECTIVE;
                }
                case DEMONYM -> {
                    form = Ref.CountryForm.DEMONYM;
                    caseRule = CaseRule.ANY;
                    wordClass = WordClass.AUTO;
                }
                case CAPITAL, CITY, TOWN -> {
                    form = Ref.CountryForm.PLACE;
                    caseRule = CaseRule.CAPITALIZED;
                    wordClass = WordClass.AUTO;
                }
                case INSTITUTION -> {
                    form = Ref.CountryForm.INSTITUTION;
                    caseRule = CaseRule.CAPITALIZED;
                    wordClass = WordClass.AUTO;
                }
                default -> {
                    form = Ref.CountryForm.NAME;
                    caseRule = CaseRule.CAPITALIZED;
                    wordClass = WordClass.AUTO;
                }
            }
            builder.add(text, List.of(wordClass), entry(new Ref.CountryRef(country.code(), form, town), 4 + form.ordinal(),
                    caseRule, alias.languages(), text));
        }
    }

    private static void addPerson(Gazetteer.Builder<Ref> builder, Person person, Set<String> givenNames,
                                  Map<String, Set<Character>> initials, Map<String, Set<String>> givenSkeletons) {
        Ref full = new Ref.PersonRef(person.id(), true);
        Ref surnameOnly = new Ref.PersonRef(person.id(), false);
        Set<String> surnames = new LinkedHashSet<>();
        for (String name : ArabicNames.withVariants(union(person.names().values(), person.aliases()))) {
            String[] words = name.trim().split("\\s+");
            if (words.length < 2) {
                surnames.add(name);
                continue;
            }
            String surname = words[words.length - 1];
            List<String> given = Arrays.asList(words).subList(0, words.length - 1);
            surnames.add(surname);
            for (Token token : Tokenizer.phrase(given.get(0))) {
                givenNames.add(token.key());
                givenSkeletons.computeIfAbsent(person.id(), id -> new HashSet<>()).add(skeleton(token.key()));
            }
            char initial = Tokenizer.phrase(given.get(0)).get(0).key().charAt(0);
            initials.computeIfAbsent(person.id(), id -> new HashSet<>()).add(initial);

            String reversed = surname + " " + String.join(" ", given);
            Entry<Ref> entry = entry(full, PERSON_FULL, CaseRule.EVERY_WORD_CAPITALIZED, null, name);
            builder.add(name, classes(given, surname, false), entry);
            builder.add(reversed, classes(given, surname, true), entry);
            builder.addPatronymicVariant(name, entry);
            if (words.length >= 3 && isPatronymic(words[words.length - 2])) {
                // «Нурсултан Абишевич», «Касым-Жомарт Кемелевичу»: given name and patronymic without the surname
                String givenAndPatronymic = String.join(" ", given);
                builder.add(givenAndPatronymic, List.of(WordClass.NOUN),
                        entry(full, PERSON_FULL, CaseRule.EVERY_WORD_CAPITALIZED, null, givenAndPatronymic));
            }
            // «Касымжомарт Токаев», "Kassymjomart Tokayev": a compound first name run together
            List<String> runTogether = given.stream().map(EntityGazetteer::runTogether).toList();
            if (!runTogether.equals(given)) {
                builder.add(String.join(" ", runTogether) + " " + surname, classes(runTogether, surname, false),
                        entry(full, PERSON_FULL, CaseRule.EVERY_WORD_CAPITALIZED, null, name));
            }
        }
        if (person.surnameAlone()) {
            for (String surname : surnames) {
                builder.add(surname, List.of(WordClass.SURNAME),
                        entry(surnameOnly, SURNAME, CaseRule.EVERY_WORD_CAPITALIZED, null, surname));
            }
        }
        for (String shortForm : person.shortForms()) {
            builder.add(shortForm, List.of(WordClass.SURNAME),
                    entry(surnameOnly, SURNAME, CaseRule.EVERY_WORD_CAPITALIZED, null, shortForm));
        }
    }

    /** A Russian patronymic in any case: «Абишевич», «Абишевичем», «Исаковна», «Исаковне», «Мяликгулыевич». */
    static boolean isPatronymic(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (int cut = 0; cut <= 2 && w.length() - cut > 5; cut++) {
            String stem = w.substring(0, w.length() - cut);
            if (stem.endsWith("вич") || stem.endsWith("вн") || stem.endsWith("ичн")) {
                return true;
            }
        }
        return false;
    }

    /** «Касым-Жомарт» → «Касымжомарт». */
    private static String runTogether(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || hyphen == word.length() - 1) {
            return word;
        }
        return word.substring(0, hyphen) + word.substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Word classes per token: given names inflect as nouns, the surname as a surname. */
    private static List<WordClass> classes(List<String> given, String surname, boolean surnameFirst) {
        List<WordClass> givenClasses = new ArrayList<>();
        for (String word : given) {
            for (int i = 0; i < Tokenizer.phrase(word).size(); i++) {
                givenClasses.add(WordClass.NOUN);
            }
        }
        List<WordClass> surnameClasses = new ArrayList<>();
        for (int i = 0; i < Tokenizer.phrase(surname).size(); i++) {
            surnameClasses.add(WordClass.SURNAME);
        }
        List<WordClass> out = new ArrayList<>();
        out.addAll(surnameFirst ? surnameClasses : givenClasses);
        out.addAll(surnameFirst ? givenClasses : surnameClasses);
        return out;
    }

    private static Entry<Ref> entry(Ref ref, int priority, CaseRule caseRule, String languages, String text) {
        Set<String> langs = languages == null ? Set.of() : Set.of(languages.split(","));
        List<String> pattern = Tokenizer.phrase(text).stream().map(Token::raw).toList();
        return new Entry<>(ref, priority, caseRule, langs, pattern);
    }

    private static Set<String> union(Iterable<String> a, Iterable<String> b) {
        Set<String> out = new LinkedHashSet<>();
        a.forEach(out::add);
        b.forEach(out::add);
        return out;
    }
}
