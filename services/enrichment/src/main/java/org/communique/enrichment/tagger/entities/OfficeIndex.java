package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.OfficeTerm;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who held which office when. */
public final class OfficeIndex {

    private record Holding(Person person, OfficeTerm term) {
    }

    private final Map<String, List<Holding>> byCountryAndOffice = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    /** Each word of each name of each office holder, folded, to the holdings of the people it names. */
    private final Map<String, List<Holding>> byNameWord = new HashMap<>();

    public OfficeIndex(KnowledgeBase kb) {
        for (Person person : kb.people()) {
            people.put(person.id(), person);
            indexNameWords(person);
            for (OfficeTerm term : person.terms()) {
                byCountryAndOffice.computeIfAbsent(key(person.holderOf(term), term.office()), k -> new ArrayList<>())
                        .add(new Holding(person, term));
            }
        }
        // when an acting holder overlaps the next holder, the later start wins
        byCountryAndOffice.values().forEach(list -> list.sort(Comparator.comparing((Holding h) -> h.term().from()).reversed()));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /** The person holding {@code office} of {@code country} (or of an organisation, by its id) on {@code date}. */
    public Optional<Person> holder(String country, Office office, LocalDate date) {
        if (office.sharedAtOnce(country)) {
            return Optional.empty();
        }
        for (Holding h : byCountryAndOffice.getOrDefault(key(country, office), List.of())) {
            if (h.term().covers(date)) {
                return Optional.of(h.person());
            }
        }
        return Optional.empty();
    }

    /** The holder of {@code office} of {@code country} posted to {@code post} on {@code date}: an ambassador. */
    public Optional<Person> holder(String country, Office office, String post, LocalDate date) {
        for (Holding h : byCountryAndOffice.getOrDefault(key(country, office), List.of())) {
            if (h.term().covers(date) && post.equals(h.term().post())) {
                return Optional.of(h.person());
            }
        }
        return Optional.empty();
    }

    /** The first person who held {@code office} of {@code country} and had taken it up by {@code date}. */
    public Optional<Person> firstHolder(String country, Office office, LocalDate date) {
        List<Holding> holdings = byCountryAndOffice.getOrDefault(key(country, office), List.of());
        // sorted latest first: the first holder is the last one that had started by the date
        for (int i = holdings.size() - 1; i >= 0; i--) {
            if (!holdings.get(i).term().from().isAfter(date)) {
                return Optional.of(holdings.get(i).person());
            }
        }
        return Optional.empty();
    }

    /** The office to show for a person on a date: the one held then, else the last one held before, else the first. */
    public Optional<Office> officeFor(Person person, LocalDate date) {
        Optional<Office> current = person.terms().stream().filter(t -> t.covers(date)).map(OfficeTerm::office)
                .min(Comparator.naturalOrder());
        if (current.isPresent()) {
            return current;
        }
        Optional<OfficeTerm> last = person.terms().stream().filter(t -> t.to() != null && !t.to().isAfter(date))
                .max(Comparator.comparing(OfficeTerm::to));
        if (last.isPresent()) {
            return last.map(OfficeTerm::office);
        }
        return person.terms().stream().min(Comparator.comparing(OfficeTerm::from)).map(OfficeTerm::office);
    }

    /**
     * The international organisation ({@code "UN"}, {@code "EU"}) a mention of a person stands for: the one whose office
     * the text presents the person in, or else holds or last held on the date; null for a government official.
     */
    public String organizationServed(String personId, Office presented, LocalDate date) {
        Office office = presented != null ? presented : person(personId).flatMap(p -> officeFor(p, date)).orElse(null);
        return office == null ? null : office.organization();
    }

    public boolean holdsAnyOffice(Person person, LocalDate date) {
        return person.terms().stream().anyMatch(t -> t.covers(date));
    }

    /** Days between {@code date} and the nearest day the person held any office (0 while in office). */
    public long distanceFromOffice(Person person, LocalDate date) {
        long best = Long.MAX_VALUE;
        for (OfficeTerm t : person.terms()) {
            long d;
            if (t.covers(date)) {
                d = 0;
            } else if (date.isBefore(t.from())) {
                d = t.from().toEpochDay() - date.toEpochDay();
            } else {
                d = date.toEpochDay() - t.to().toEpochDay() + 1;
            }
            best = Math.min(best, d);
        }
        return best;
    }

    /**
     * The one holder of {@code office} on {@code date}, in any state, one of whose names has the word {@code key}
     * (folded): "President Xi", «Премьер Ли», "Foreign Minister Wang"; empty when none or several do.
     */
    public Optional<Person> holderNamed(String key, Office office, LocalDate date) {
        Person found = null;
        for (Holding h : byNameWord.getOrDefault(key, List.of())) {
            if (h.term().office() == office && h.term().covers(date) && !office.sharedAtOnce(h.person().holderOf(h.term()))) {
                if (found != null && !found.id().equals(h.person().id())) {
                    return Optional.empty();
                }
                found = h.person();
            }
        }
        return Optional.ofNullable(found);
    }

    private void indexNameWords(Person person) {
        Set<String> words = new HashSet<>();
        for (String name : person.names().values()) {
            words.addAll(nameWords(name));
        }
        for (String alias : person.aliases()) {
            words.addAll(nameWords(alias));
        }
        for (String word : words) {
            for (OfficeTerm term : person.terms()) {
                byNameWord.computeIfAbsent(word, k -> new ArrayList<>()).add(new Holding(person, term));
            }
        }
    }

    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (Token token : Tokenizer.phrase(name)) {
            if (token.key().length() >= 2 && token.isCapitalized()) {
                out.add(token.key());
            }
        }
        return out;
    }

    private static String key(String country, Office office) {
        return country + "/" + office;
    }
}
