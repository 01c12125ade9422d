package org.communique.enrichment.tagger.events;

import org.communique.contracts.Mention;
import org.communique.contracts.Tags.EventDate;
import org.communique.contracts.Tags.EventKind;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventTag;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.entities.CountryMention;
import org.communique.enrichment.tagger.entities.Entities;
import org.communique.enrichment.tagger.entities.OfficeIndex;
import org.communique.enrichment.tagger.entities.PersonMention;
import org.communique.enrichment.tagger.entities.Ref.CountryForm;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.morph.RussianForms;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds visits, talks, calls, meetings and agreements sentence by sentence. For a visit: who travels (people
 * named in the nominative before the verb, or right after «визит»), where to («в Бишкек», «посетит Казахстан»,
 * «Бішкекке», "arrived in Tashkent"), the kind («официальный визит»), the status from the nearest tense marker
 * («посетит», «находится с визитом», «посетил») and the date. Sentences about the same trip merge into one
 * event, so the title and the lead together describe the main visit.
 */
public final class EventExtractor {

    private static final Set<String> TO = Set.of("в", "во", "to", "into", "in");
    private static final Set<String> FROM = Set.of("из", "from");
    /** Kazakh/Kyrgyz dative and locative endings: «Астанаға», «Бішкекте». */
    private static final List<String> TURKIC_TO = List.of("га", "ге", "ка", "ке", "го", "ко", "на", "не", "а", "е",
            "да", "де", "та", "те", "до", "то");
    private static final int ONGOING_REACH = 6;
    private static final int BACKGROUND_DAYS = 60;
    private static final List<String> TURKIC_FROM = List.of("дан", "ден", "тан", "тен", "нан", "нен", "дон", "тон", "нон");

    private final OfficeIndex offices;

    public EventExtractor(OfficeIndex offices) {
        this.offices = offices;
    }

    public List<EventTag> extract(List<Tokenizer.Field> fields, Entities entities, String language, LocalDate reference) {
        // sentence ids are unique across title and text
        Map<Integer, List<CountryMention>> countriesBySentence = entities.countries().stream()
                .collect(Collectors.groupingBy(c -> c.span().sentence()));
        Map<Integer, List<PersonMention>> peopleBySentence = entities.people().stream()
                .collect(Collectors.groupingBy(p -> p.span().sentence()));
        boolean verbLast = language.equals("kk") || language.equals("ky");
        boolean invitationAccepted = invitationAccepted(fields);
        List<Draft> drafts = new ArrayList<>();
        for (Tokenizer.Field field : fields) {
            for (Tokenizer.Sentence sentence : field.sentences()) {
                List<Token> tokens = field.tokens().subList(sentence.firstToken(), sentence.lastToken() + 1);
                List<CountryMention> countries = countriesBySentence.getOrDefault(sentence.id(), List.of());
                List<PersonMention> people = peopleBySentence.getOrDefault(sentence.id(), List.of());
                Map<EventType, List<Integer>> triggers = triggers(tokens, !people.isEmpty());
                Invitation said = Invitation.in(tokens);
                // «...пригласил посетить Таджикистан. Приглашение принято.»
                Invitation invitation = said == Invitation.PENDING && invitationAccepted ? Invitation.ACCEPTED : said;
                if (invitation == Invitation.PENDING && triggers.containsKey(EventType.VISIT)
                        && status(tokens, triggers.get(EventType.VISIT), verbLast) == null) {
                    // «пригласил посетить»: an invitation not reported as accepted is no visit yet; but
                    // «прибыл по приглашению» is a visit under way
                    triggers.remove(EventType.VISIT);
                }
                List<DateExpressions.DateHit> dates = DateExpressions.find(tokens, reference);
                Mention evidence = new Mention(field.name(), sentence.start(), sentence.end(),
                        field.text().substring(sentence.start(), sentence.end()));
                if (!triggers.containsKey(EventType.VISIT) && invitation == Invitation.NONE && !people.isEmpty()) {
                    Draft abroad = presenceAbroad(field, tokens, countries, people, dates, evidence, verbLast);
                    if (abroad != null) {
                        drafts.add(abroad);
                    }
                }
                triggers.forEach((type, at) -> {
                    Draft draft = type == EventType.VISIT
                            ? visit(field, tokens, at, countries, people, dates, evidence)
                            : other(type, tokens, at, countries, dates, evidence);
                    // an accepted invitation is a planned visit, whatever the tense of the sentence
                    draft.status = type == EventType.VISIT && invitation == Invitation.ACCEPTED
                            ? EventStatus.PLANNED : status(tokens, at, verbLast);
                    draft.settleDate();
                    drafts.add(draft);
                });
            }
        }
        List<Draft> merged = new ArrayList<>(merge(drafts, reference));
        // a trip nobody is named for (citizens' travel, "поездки", a team or a business delegation) is no official visit
        merged.removeIf(d -> d.type == EventType.VISIT && d.visitors.isEmpty()
                && (d.visitorCountry == null || d.privateTravellers));
        // visits recalled from the past («Напомним, в октябре 2023 года...») come after the one the release is about
        // ...or before the latest trip the text dates («в 2017 году ... а 15–17 мая»)
        LocalDate latest = merged.stream().filter(d -> d.type == EventType.VISIT && d.date != null)
                .map(d -> d.date.last()).max(Comparator.naturalOrder()).filter(d -> d.isBefore(reference)).orElse(reference);
        merged.sort(Comparator.comparing(d -> d.type == EventType.VISIT && d.isBackground(latest)));
        List<EventTag> events = new ArrayList<>(merged.size());
        for (Draft d : merged) {
            events.add(d.toTag(reference));
        }
        return events;
    }

    /** Whether some sentence reports an invitation as accepted («Приглашение принято»). */
    private static boolean invitationAccepted(List<Tokenizer.Field> fields) {
        for (Tokenizer.Field field : fields) {
            for (Tokenizer.Sentence sentence : field.sentences()) {
                if (Invitation.in(field.tokens().subList(sentence.firstToken(), sentence.lastToken() + 1))
                        == Invitation.ACCEPTED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An official present or arriving in a place of another country, told without a word for visit: «находится в
     * Нью-Йорке», «принял участие в саммите в Астане», «Ташкентке келді». Nothing said at a distance counts.
     */
    private Draft presenceAbroad(Tokenizer.Field field, List<Token> tokens, List<CountryMention> countries,
                                 List<PersonMention> people, List<DateExpressions.DateHit> dates, Mention evidence,
                                 boolean verbLast) {
        List<Integer> at = new ArrayList<>();
        boolean virtual = false;
        for (Token t : tokens) {
            if (EventWords.PRESENCE.matches(t)) {
                at.add(t.index());
            }
            virtual |= EventWords.VIRTUAL.matches(t);
        }
        if (at.isEmpty() || virtual) {
            return null;
        }
        Draft d = visit(field, tokens, at, countries, people, dates, evidence);
        String host = destination(field, countries, at);
        if (host == null || d.visitors.isEmpty() || host.equals(d.visitorCountry)) {
            return null;
        }
        d.status = status(tokens, at, verbLast);
        d.settleDate();
        return d;
    }

    private enum Invitation {
        NONE, PENDING, ACCEPTED;

        static Invitation in(List<Token> tokens) {
            boolean invited = false;
            boolean accepted = false;
            for (Token t : tokens) {
                invited |= EventWords.INVITATION.matches(t);
                accepted |= EventWords.ACCEPTED.matches(t);
            }
            return !invited ? NONE : accepted ? ACCEPTED : PENDING;
        }
    }

    private static Map<EventType, List<Integer>> triggers(List<Token> tokens, boolean peopleNamed) {
        Map<EventType, List<Integer>> found = new EnumMap<>(EventType.class);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            EventType type = null;
            if (EventWords.VISIT.matches(t) && !EventWords.NOT_VISIT.matches(t)) {
                type = EventType.VISIT;
            } else if (EventWords.TALKS.matches(t)) {
                type = EventType.TALKS;
            } else if (EventWords.CALL.matches(t)) {
                type = EventType.CALL;
            } else if (EventWords.MEETING.matches(t)
                    || peopleNamed && EventWords.RECEIVED.matches(t)
                    && (i + 1 >= tokens.size() || !EventWords.NOT_RECEIVED.matches(tokens.get(i + 1)))) {
                type = EventType.MEETING;
            } else if (EventWords.AGREEMENT.matches(t)) {
                type = EventType.AGREEMENT;
            }
            if (type != null) {
                found.computeIfAbsent(type, k -> new ArrayList<>()).add(t.index());
            }
        }
        return found;
    }

    private Draft visit(Tokenizer.Field field, List<Token> tokens, List<Integer> at, List<CountryMention> countries,
                        List<PersonMention> people, List<DateExpressions.DateHit> dates, Mention evidence) {
        int trigger = at.get(0);
        Draft d = new Draft(EventType.VISIT, evidence);
        d.kind = kind(tokens, at);
        d.date = nearest(dates, trigger);

        String host = destination(field, countries, at);
        List<PersonMention> travelling = travelling(people, trigger);
        if (host == null && travelling.stream().map(this::countryOf).distinct().count() > 1) {
            // «Uzbek and Kazakh presidents ... a state visit»: which of them travels, and where, the sentence leaves open
            travelling = List.of();
        }
        for (PersonMention p : travelling) {
            String country = countryOf(p);
            if (host == null || !host.equals(country)) {
                d.visitors.add(p.personId());
            }
        }
        if (d.visitors.isEmpty() && host == null) {
            travelling.forEach(p -> d.visitors.add(p.personId()));
        }
        if (d.visitors.isEmpty() && host != null) {
            // «Саидов провёл переговоры с казахстанским коллегой, прибывшим в Узбекистан», «пригласил Токаева
            // посетить Таджикистан»: the one from another country than the host travels
            String hostCountry = host;
            people.stream().filter(p -> !hostCountry.equals(countryOf(p)))
                    .min(Comparator.comparingInt(p -> Math.abs(p.span().firstToken() - trigger)))
                    .ifPresent(p -> d.visitors.add(p.personId()));
        }
        if (d.visitors.isEmpty()) {
            d.privateTravellers = tokens.stream().anyMatch(t -> t.index() < trigger && EventWords.PRIVATE_TRAVELLERS.matches(t));
        }
        d.visitorCountry = d.visitors.isEmpty() ? origin(countries, trigger) : countryOf(d.visitors.iterator().next());
        if (host == null) {
            host = countries.stream()
                    .filter(c -> isPlace(c) && !c.code().equals(d.visitorCountry))
                    .min((a, b) -> Integer.compare(distanceAfter(a, trigger), distanceAfter(b, trigger)))
                    .map(CountryMention::code).orElse(null);
        }
        d.hostCountry = Objects.equals(host, d.visitorCountry) ? null : host;
        return d;
    }

    private static Draft other(EventType type, List<Token> tokens, List<Integer> at, List<CountryMention> countries,
                               List<DateExpressions.DateHit> dates, Mention evidence) {
        Draft d = new Draft(type, evidence);
        d.date = nearest(dates, at.get(0));
        d.hostCountry = countries.stream().filter(c -> isPlace(c) && TO.contains(c.before())).map(CountryMention::code)
                .findFirst().orElse(null);
        return d;
    }

    /** People travelling: the subject before the verb, else a subject after it, else «визит президента КР». */
    private static List<PersonMention> travelling(List<PersonMention> people, int trigger) {
        List<PersonMention> before = people.stream().filter(p -> p.nominative() && p.span().lastToken() < trigger).toList();
        if (!before.isEmpty()) {
            return before;
        }
        List<PersonMention> after = people.stream().filter(p -> p.nominative() && p.span().firstToken() > trigger).toList();
        if (!after.isEmpty()) {
            return after.subList(0, 1);
        }
        // «визит президента КР», «Мирзиёевтің Мәскеуге сапары»: the traveller in the genitive next to the trigger
        return people.stream()
                .filter(p -> p.span().firstToken() > trigger ? p.span().firstToken() - trigger <= 3
                        : trigger - p.span().lastToken() <= 4)
                .min(Comparator.comparingInt(p -> Math.abs(p.span().firstToken() - trigger)))
                .stream().toList();
    }

    private static String destination(Tokenizer.Field field, List<CountryMention> countries, List<Integer> at) {
        CountryMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CountryMention c : countries) {
            if (!isPlace(c) || !isDestination(field, c, at)) {
                continue;
            }
            int distance = Integer.MAX_VALUE;
            for (int trigger : at) {
                distance = Math.min(distance, distanceAfter(c, trigger));
            }
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.code();
    }

    private static boolean isDestination(Tokenizer.Field field, CountryMention c, List<Integer> at) {
        if (TO.contains(c.before())) {
            return true;
        }
        for (String suffix : TURKIC_TO) {
            if (!c.turkicSuffix().isEmpty() && c.turkicSuffix().endsWith(suffix)) {
                return true;
            }
        }
        // «Тяньцзинь шаарына», «Түркістан қаласына»: the case sits on the word for city
        int next = c.span().lastToken() + 1;
        if (next < field.tokens().size()) {
            String word = field.tokens().get(next).lower();
            if ((word.startsWith("шаар") || word.startsWith("кала")) && word.length() > 5
                    && TURKIC_TO.stream().anyMatch(word::endsWith)) {
                return true;
            }
        }
        for (int trigger : at) {
            int gap = c.span().firstToken() - trigger;
            if (gap >= 1 && gap <= 2 && EventWords.VISIT_VERBS.matches(field.tokens().get(trigger))) {
                return true;
            }
        }
        return false;
    }

    private static String origin(List<CountryMention> countries, int trigger) {
        for (CountryMention c : countries) {
            boolean from = FROM.contains(c.before()) || TURKIC_FROM.stream().anyMatch(s -> c.turkicSuffix().endsWith(s));
            if (from && isPlace(c)) {
                return c.code();
            }
        }
        for (CountryMention c : countries) {
            boolean adjective = c.form() == CountryForm.ADJECTIVE || c.form() == CountryForm.DEMONYM;
            // «Российская делегация», «казахстанские дипломаты»: the subject, in any gender or number
            boolean nominative = !c.inflected() || RussianForms.isNominativeAdjective(c.lastWord());
            if (adjective && c.span().lastToken() < trigger && nominative) {
                return c.code();
            }
        }
        return null;
    }

    private static boolean isPlace(CountryMention c) {
        return c.form() == CountryForm.NAME || c.form() == CountryForm.ABBREVIATION || c.form() == CountryForm.PLACE
                || c.form() == CountryForm.INSTITUTION;
    }

    /** Sorts mentions after the trigger before those ahead of it, nearer first. */
    private static int distanceAfter(CountryMention c, int trigger) {
        int d = c.span().firstToken() - trigger;
        return d > 0 ? d : 1000 - d;
    }

    private static EventKind kind(List<Token> tokens, List<Integer> at) {
        int offset = tokens.get(0).index();
        for (int trigger : at) {
            for (int i = Math.max(0, trigger - offset - 3); i <= Math.min(tokens.size() - 1, trigger - offset + 1); i++) {
                Token t = tokens.get(i);
                boolean beforeVisit = i + 1 < tokens.size() && tokens.get(i + 1).lower().startsWith("visit");
                if (!t.isCyrillic() && !beforeVisit) {
                    continue; // "a state visit", but not "Secretary of State" or "the official said"
                }
                if (EventWords.STATE.matches(t)) {
                    return EventKind.STATE;
                }
                if (EventWords.OFFICIAL.matches(t)) {
                    return EventKind.OFFICIAL;
                }
                if (EventWords.WORKING.matches(t)) {
                    return EventKind.WORKING;
                }
            }
        }
        return EventKind.UNSPECIFIED;
    }

    /**
     * The status of the tense marker nearest to a trigger; ties go to ongoing, then planned. A marker of an ongoing
     * visit close to the trigger («находящийся в Бишкеке с визитом») wins over any other. In Kazakh and Kyrgyz the
     * main verb closes the sentence, so there its tense suffix decides, else the last marker.
     */
    private static EventStatus status(List<Token> tokens, List<Integer> at, boolean verbLast) {
        EventStatus best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            if (EventWords.ONGOING.matches(t) && distance(t, at) <= ONGOING_REACH) {
                return EventStatus.ONGOING;
            }
        }
        if (verbLast) {
            EventStatus tense = TurkicTense.of(tokens.get(tokens.size() - 1));
            if (tense != null) {
                return tense;
            }
        }
        for (Token t : tokens) {
            EventStatus s = EventWords.ONGOING.matches(t) ? EventStatus.ONGOING
                    : EventWords.PLANNED.matches(t) ? EventStatus.PLANNED
                    : EventWords.COMPLETED.matches(t) ? EventStatus.COMPLETED : null;
            if (s == null) {
                continue;
            }
            int distance = verbLast ? tokens.get(tokens.size() - 1).index() - t.index() : distance(t, at);
            if (distance < bestDistance || distance == bestDistance && rank(s) < rank(best)) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int distance(Token t, List<Integer> at) {
        int distance = Integer.MAX_VALUE;
        for (int trigger : at) {
            distance = Math.min(distance, Math.abs(t.index() - trigger));
        }
        return distance;
    }

    private static int rank(EventStatus s) {
        return switch (s) {
            case ONGOING -> 0;
            case PLANNED -> 1;
            case COMPLETED -> 2;
        };
    }

    private static DateExpressions.DateHit nearest(List<DateExpressions.DateHit> dates, int trigger) {
        DateExpressions.DateHit best = null;
        for (DateExpressions.DateHit d : dates) {
            if (best == null || Math.abs(d.token() - trigger) < Math.abs(best.token() - trigger)) {
                best = d;
            }
        }
        return best;
    }

    private String countryOf(PersonMention p) {
        return countryOf(p.personId());
    }

    private String countryOf(String personId) {
        return offices.person(personId).map(Person::country).orElse(null);
    }

    // ---------------------------------------------------------------- merging

    private static List<Draft> merge(List<Draft> drafts, LocalDate reference) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft target = null;
            for (Draft earlier : out) {
                if (earlier.type == d.type && earlier.compatible(d, reference)) {
                    target = earlier;
                    break;
                }
            }
            if (target == null && d.type == EventType.VISIT && d.isBare()) {
                for (int i = out.size() - 1; i >= 0 && target == null; i--) {
                    if (out.get(i).type == EventType.VISIT) {
                        target = out.get(i);
                    }
                }
            }
            if (target == null) {
                out.add(d);
            } else {
                target.absorb(d);
            }
        }
        return out;
    }

    private static final class Draft {
        final EventType type;
        final Mention evidence;
        EventKind kind = EventKind.UNSPECIFIED;
        EventStatus status;
        DateExpressions.DateHit date;
        final Set<String> visitors = new LinkedHashSet<>();
        String visitorCountry;
        String hostCountry;
        boolean privateTravellers;

        Draft(EventType type, Mention evidence) {
            this.type = type;
            this.evidence = evidence;
        }

        boolean isBackground(LocalDate reference) {
            return date != null && date.last().isBefore(reference.minusDays(BACKGROUND_DAYS));
        }

        /** Whether this draft's date can be that of an event with {@code other} status: no past dates for a planned one. */
        boolean dateFits(EventStatus other, LocalDate reference) {
            if (date == null || other == null) {
                return true;
            }
            return switch (other) {
                case PLANNED -> !date.last().isBefore(reference);
                case ONGOING -> !date.last().isBefore(reference.minusDays(3)) && !date.first().isAfter(reference);
                case COMPLETED -> !date.first().isAfter(reference);
            };
        }

        boolean isCurrent() {
            return status == EventStatus.ONGOING || status == EventStatus.PLANNED;
        }

        /** A weekday («во вторник») is the coming one for a planned event, the last one otherwise. */
        void settleDate() {
            if (date != null && status == EventStatus.PLANNED) {
                date = date.planned();
            }
        }

        boolean isBare() {
            return visitors.isEmpty() && visitorCountry == null && hostCountry == null;
        }

        boolean compatible(Draft o, LocalDate reference) {
            // «Последний раз лидер Узбекистана посещал Бишкек в 2000 году» is another trip than the one under way
            if (isBackground(reference) && o.isCurrent() || o.isBackground(reference) && isCurrent()
                    || !o.dateFits(status, reference) || !dateFits(o.status, reference)) {
                return false;
            }
            if (!agree(visitorCountry, o.visitorCountry) || !agree(hostCountry, o.hostCountry) || !agree(status, o.status)
                    || !agree(date == null ? null : date.value(), o.date == null ? null : o.date.value())) {
                return false;
            }
            if (kind != EventKind.UNSPECIFIED && o.kind != EventKind.UNSPECIFIED && kind != o.kind) {
                return false;
            }
            if (!visitors.isEmpty() && !o.visitors.isEmpty() && visitors.stream().noneMatch(o.visitors::contains)) {
                return false;
            }
            if (type != EventType.VISIT) {
                return true;
            }
            // two visits are one only when something ties them together
            return Objects.equals(visitorCountry, o.visitorCountry) && visitorCountry != null
                    || Objects.equals(hostCountry, o.hostCountry) && hostCountry != null
                    || visitors.stream().anyMatch(o.visitors::contains);
        }

        void absorb(Draft o) {
            if (kind == EventKind.UNSPECIFIED) {
                kind = o.kind;
            }
            if (status == null) {
                status = o.status;
            }
            if (date == null) {
                date = o.date;
            }
            if (visitorCountry == null) {
                visitorCountry = o.visitorCountry;
            }
            if (hostCountry == null) {
                hostCountry = o.hostCountry;
            }
            visitors.addAll(o.visitors);
        }

        EventTag toTag(LocalDate reference) {
            EventStatus s = status != null ? consistentWithDate(status, reference) : statusFromDate(reference);
            EventDate eventDate = date == null ? null : new EventDate(date.value(), date.precision());
            return new EventTag(type, kind, s, List.copyOf(visitors), visitorCountry, hostCountry, eventDate, evidence);
        }

        /**
         * A date wholly in the past or future overrules the tense («в 2023 году прибыл» is over by 2024); a visit that
         * began a day or two ago can still be under way.
         */
        private EventStatus consistentWithDate(EventStatus marked, LocalDate reference) {
            if (date != null && date.last().isBefore(reference.minusDays(marked == EventStatus.ONGOING ? 3 : 0))) {
                return EventStatus.COMPLETED;
            }
            if (date != null && date.first().isAfter(reference)) {
                return EventStatus.PLANNED;
            }
            return marked;
        }

        private EventStatus statusFromDate(LocalDate reference) {
            if (date != null) {
                if (date.last().isBefore(reference)) {
                    return EventStatus.COMPLETED;
                }
                if (date.first().isAfter(reference)) {
                    return EventStatus.PLANNED;
                }
                if (date.first().equals(date.last())) {
                    return EventStatus.ONGOING;
                }
            }
            return type == EventType.VISIT ? EventStatus.PLANNED : EventStatus.COMPLETED;
        }

        private static boolean agree(Object a, Object b) {
            return a == null || b == null || a.equals(b);
        }
    }
}
