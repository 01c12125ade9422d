package org.communique.enrichment.tagger.events;

import org.communique.contracts.Mention;
import org.communique.contracts.Tags.DatePrecision;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventTag;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.entities.CountryMention;
import org.communique.enrichment.tagger.entities.Entities;
import org.communique.enrichment.tagger.entities.OfficeIndex;
import org.communique.enrichment.tagger.entities.PersonMention;
import org.communique.enrichment.tagger.entities.UnlistedMention;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * event, so the title and the lead together describe the main visit. The words that announce events are
 * {@link Triggers}, where a trip goes and comes from {@link Places}, the status {@link VisitStatus}, and the merging
 * across sentences {@link EventMerger}.
 */
public final class EventExtractor {

    private final OfficeIndex offices;
    /** The countries of the document's officials the knowledge base lacks, by their {@code unlisted:} id. */
    private final Map<String, String> unlistedCountries;

    public EventExtractor(OfficeIndex offices) {
        this(offices, Map.of());
    }

    private EventExtractor(OfficeIndex offices, Map<String, String> unlistedCountries) {
        this.offices = offices;
        this.unlistedCountries = unlistedCountries;
    }

    public List<EventTag> extract(List<Tokenizer.Field> fields, Entities entities, String language, LocalDate reference) {
        // an official the knowledge base lacks but the text names with office and country («министр иностранных дел
        // Венгрии Петер Сийярто») travels like any other; ambassadors reside where they are and make no visit
        Map<String, String> unlisted = entities.unlisted().stream()
                .filter(u -> u.country() != null && !"ambassador".equals(u.role()))
                .collect(Collectors.toMap(UnlistedMention::id, UnlistedMention::country, (a, b) -> a));
        if (!unlisted.isEmpty() && unlistedCountries.isEmpty()) {
            return new EventExtractor(offices, Map.copyOf(unlisted)).extract(fields, entities, language, reference);
        }
        List<PersonMention> everyone = new ArrayList<>(entities.people());
        for (UnlistedMention u : entities.unlisted()) {
            if (unlistedCountries.containsKey(u.id())) {
                everyone.add(new PersonMention(List.of(u.id()), u.span(), true, false, null));
            }
        }
        everyone.sort(Comparator.comparingLong(p -> p.span().position()));
        // sentence ids are unique across title and text
        Map<Integer, List<CountryMention>> countriesBySentence = entities.countries().stream()
                .collect(Collectors.groupingBy(c -> c.span().sentence()));
        // an ambassador is at the post; a spokesperson or a press secretary travels in a minister's or a president's party
        Map<Integer, List<PersonMention>> peopleBySentence = everyone.stream()
                .filter(p -> !travelsAsNoVisitor(p, reference))
                .collect(Collectors.groupingBy(p -> p.span().sentence()));
        boolean invitationAccepted = Triggers.invitationAccepted(fields);
        boolean returned = returned(fields);
        Set<String> departedTo = departedTo(fields, countriesBySentence);
        List<EventDraft> drafts = new ArrayList<>();
        boolean toldToday = false;
        EventDraft delegation = null;
        String lastCity = null;
        // the country of the text's dateline city, for the sentences after its own: where the text is written from
        String writtenIn = null;
        for (Tokenizer.Field field : fields) {
            String datelineCity = null;
            for (Tokenizer.Sentence sentence : field.sentences()) {
                int draftsBefore = drafts.size();
                String capitalHost = lastCity;
                for (CountryMention c : countriesBySentence.getOrDefault(sentence.id(), List.of())) {
                    if (c.form() == org.communique.enrichment.tagger.entities.Ref.CountryForm.PLACE) {
                        lastCity = c.code();
                    }
                }
                List<Token> tokens = field.tokens().subList(sentence.firstToken(), sentence.lastToken() + 1);
                List<CountryMention> countries = countriesBySentence.getOrDefault(sentence.id(), List.of());
                List<PersonMention> people = peopleBySentence.getOrDefault(sentence.id(), List.of());
                // the dateline's city is the place of its own sentence, or of the next when it stands alone
                String ownDateline = Dateline.city(tokens, countries);
                String dateline = ownDateline != null ? ownDateline : datelineCity;
                datelineCity = Dateline.alone(tokens) ? dateline : null;
                if (writtenIn == null) {
                    writtenIn = ownDateline;
                }
                Map<EventType, List<Integer>> triggers = Triggers.in(tokens, !people.isEmpty());
                // «Сапармурат Ниязов», «Сапар Исаков»: a name that starts like «сапар» (a trip) is no trigger
                triggers.values().forEach(at -> at.removeIf(i -> insideName(people, field.name(), i)));
                triggers.values().removeIf(List::isEmpty);
                Triggers.Invitation said = Triggers.Invitation.in(tokens);
                // «...пригласил посетить Таджикистан. Приглашение принято.»
                Triggers.Invitation invitation = said == Triggers.Invitation.PENDING && invitationAccepted ? Triggers.Invitation.ACCEPTED : said;
                if (invitation == Triggers.Invitation.PENDING && triggers.containsKey(EventType.VISIT)
                        && (VisitStatus.of(tokens, triggers.get(EventType.VISIT), language) == null
                        || Triggers.invitationCloses(tokens, triggers.get(EventType.VISIT), language))) {
                    // «пригласил посетить»: an invitation not reported as accepted is no visit yet; but
                    // «прибыл по приглашению» is a visit under way
                    triggers.remove(EventType.VISIT);
                }
                List<DateExpressions.DateHit> dates = EventDates.of(tokens, DateExpressions.find(tokens, reference), reference);
                toldToday |= onTheDay(dates, reference);
                Mention evidence = new Mention(field.name(), sentence.start(), sentence.end(),
                        field.text().substring(sentence.start(), sentence.end()));
                if (!triggers.containsKey(EventType.VISIT) && invitation == Triggers.Invitation.NONE && !people.isEmpty()) {
                    EventDraft abroad = presenceAbroad(field, tokens, countries, people, dates, evidence, language,
                            reference, returned || TripEnd.in(tokens), departedTo, capitalHost, dateline, writtenIn);
                    if (abroad != null) {
                        drafts.add(abroad);
                    }
                }
                String ended = endedTripPlace(field, tokens, countries);
                triggers.forEach((type, at) -> {
                    EventDraft draft = type == EventType.VISIT
                            ? visit(field, tokens, at, countries, people, dates, evidence, ended != null ? ended
                            : Places.destination(field, countries, at) != null ? null : bareCapital(tokens, capitalHost))
                            : other(type, tokens, at, countries, dates, evidence);
                    // an accepted invitation is a planned visit, whatever the tense of the sentence
                    draft.status = type == EventType.VISIT && invitation == Triggers.Invitation.ACCEPTED
                            ? EventStatus.PLANNED : VisitStatus.of(tokens, at, language);
                    if (type == EventType.VISIT && ended != null) {
                        draft.status = EventStatus.COMPLETED; // "wraps up Kazakhstan visit, heads to Tashkent"
                    } else if (type == EventType.VISIT && draft.status != EventStatus.PLANNED && (TripEnd.in(tokens)
                            || departedTo.contains(draft.visitorCountry) && !departedTo.contains(draft.hostCountry))) {
                        draft.status = EventStatus.COMPLETED; // «вылетел на родину»: the sentence that ends a trip
                    } else if (type == EventType.VISIT && VisitStatus.goesOn(tokens, at)) {
                        draft.status = EventStatus.ONGOING; // «Визит продолжится завтра в Самарканде»
                        draft.date = null;
                    }
                    if (type == EventType.VISIT && draft.hostCountry == null && dateline != null
                            && !dateline.equals(draft.visitorCountry)) {
                        draft.hostCountry = dateline; // «АСТАНА, 12 мамыр. ҚазАқпарат – ... ресми сапармен келді»
                    }
                    draft.returned = returned;
                    draft.presentOfDoing = draft.status == EventStatus.PLANNED && VisitStatus.presentOfDoing(tokens, language);
                    draft.madeVerb = type == EventType.VISIT && anyMatch(tokens, EventWords.VISIT_DONE);
                    draft.presentOfArriving = VisitStatus.presentOfArriving(tokens);
                    draft.settleDate(draft.presentOfArriving);
                    if (type == EventType.VISIT && VisitStatus.postponed(tokens)) {
                        draft.postpone(reference); // «визит, намеченный на 10 марта, перенесен»: planned, on no known day
                    }
                    drafts.add(draft);
                });
                if (delegation != null && !people.isEmpty() && anyMatch(tokens, EventWords.LEADS)) {
                    leadBy(delegation, people, drafts.subList(draftsBefore, drafts.size()));
                }
                delegation = drafts.subList(draftsBefore, drafts.size()).stream()
                        .map(EventExtractor::anonymousDelegation).filter(Objects::nonNull).findFirst().orElse(null);
            }
        }
        // «принял участие в саммите в Баку», "held talks in Astana", «Ташкентке барды» with no «сегодня», "today"
        // anywhere and nothing told as under way («находится», "arrived"): a trip told in the past without its day is over
        if (!toldToday && drafts.stream().noneMatch(d -> d.type == EventType.VISIT && !d.undatedPast
                && d.status == EventStatus.ONGOING)) {
            for (EventDraft d : drafts) {
                if (d.undatedPast) {
                    d.status = EventStatus.COMPLETED;
                }
            }
        }
        // a past without a day joins the same trip dated earlier only when nothing tells a trip under way («находящийся»)
        if (drafts.stream().anyMatch(d -> d.type == EventType.VISIT && !d.pastWithoutDay && d.status == EventStatus.ONGOING)) {
            drafts.forEach(d -> d.pastWithoutDay = false);
        }
        // "Rice spoke after talks with President Bakiev ... Rice later left for Kazakhstan": what was told under way
        // there, undated or dated today, is over once the traveller has left for the next leg
        for (EventDraft leg : drafts) {
            if (!leg.legEnded) {
                continue;
            }
            for (EventDraft d : drafts) {
                if (d.type == EventType.VISIT && d.status == EventStatus.ONGOING
                        && Objects.equals(d.hostCountry, leg.hostCountry) && Objects.equals(d.visitorCountry, leg.visitorCountry)
                        && (d.date == null || !d.date.last().isAfter(reference))) {
                    d.status = EventStatus.COMPLETED;
                }
            }
        }
        List<EventDraft> merged = new ArrayList<>(EventMerger.merge(drafts, reference));
        // a trip nobody is named for (citizens' travel, "поездки", a team or a business delegation) is no official visit
        merged.removeIf(d -> d.type == EventType.VISIT && d.visitors.isEmpty()
                && (d.visitorCountry == null || d.privateTravellers));
        // visits recalled from the past («Напомним, в октябре 2023 года...») come after the one the release is about
        // ...or before the latest trip the text dates («в 2017 году ... а 15–17 мая»)
        LocalDate latest = merged.stream().filter(d -> d.type == EventType.VISIT && d.date != null)
                .map(d -> d.date.last()).max(Comparator.naturalOrder()).filter(d -> d.isBefore(reference)).orElse(reference);
        merged.sort(Comparator.comparing(d -> d.type == EventType.VISIT && d.isBackground(latest)));
        List<EventTag> events = new ArrayList<>(merged.size());
        for (EventDraft d : merged) {
            events.add(d.toTag(reference));
        }
        return events;
    }
    /**
     * «Завтра в Астане саммит. Президент Таджикистана сегодня прибыл в столицу», «... бүгін елордаға келді»: the capital
     * named by no country is the city the text named last before the sentence, when the sentence goes to it; a return
     * («вернулся в столицу») goes home, not there.
     */
    private static String bareCapital(List<Token> tokens, String lastCity) {
        if (lastCity == null || anyMatch(tokens, EventWords.CAME_BACK)) {
            return null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!EventWords.BARE_CAPITAL.matches(t) || i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("of")) {
                continue;
            }
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            String twoBefore = i > 1 ? tokens.get(i - 2).lower() : "";
            boolean russianOrEnglish = Places.TO.contains(before) || before.equals("the") && Places.TO.contains(twoBefore);
            boolean turkic = t.lower().startsWith("елорда") && t.lower().length() > "елорда".length()
                    || t.lower().startsWith("борбор");
            if (russianOrEnglish || turkic) {
                return lastCity;
            }
        }
        return null;
    }

    /**
     * "Pompeo wraps up Kazakhstan visit, heads to Tashkent", «завершил визит в Казахстан и вылетел в Ташкент»: the
     * country of the trip a verb of ending governs, named next to its noun; the next leg the sentence sets out on is
     * another trip. Null when the sentence ends no trip or names no place beside it.
     */
    private static String endedTripPlace(Tokenizer.Field field, List<Token> tokens, List<CountryMention> countries) {
        int noun = TripEnd.endedTripNoun(tokens);
        if (noun < 0) {
            return null;
        }
        for (CountryMention c : countries) {
            if (!Places.isPlace(c)) {
                continue;
            }
            boolean before = c.span().lastToken() == noun - 1; // "Kazakhstan visit", «Қазақстанға сапарын»
            int gap = c.span().firstToken() - noun;
            boolean after = gap >= 1 && gap <= 3 && (Places.TO.contains(c.before()) || c.before().equals("the"));
            if (before || after) {
                return c.code();
            }
        }
        return null;
    }

    /** A visit whose delegation the sentence names no one of («В Ашхабад прибыла делегация Узбекистана.»), else null. */
    private static EventDraft anonymousDelegation(EventDraft d) {
        return d.type == EventType.VISIT && d.visitors.isEmpty() && d.hostCountry != null && d.status != null ? d : null;
    }

    /**
     * «Её возглавляет министр иностранных дел Абдулазиз Камилов, который проведёт переговоры...», "It is led by ...": the
     * officials of the sentence after an arrival, other than the host's, head the delegation that arrived; what the
     * sentence says they will do is the business of that trip, not another one.
     */
    private void leadBy(EventDraft delegation, List<PersonMention> people, List<EventDraft> sentenceDrafts) {
        for (PersonMention p : people) {
            String country = countryOf(p);
            if (country != null && !country.equals(delegation.hostCountry)
                    && (delegation.visitorCountry == null || delegation.visitorCountry.equals(country))) {
                delegation.visitors.add(p.personId());
                delegation.visitorCountry = country;
            }
        }
        if (!delegation.visitors.isEmpty()) {
            sentenceDrafts.removeIf(d -> d.type == EventType.VISIT && delegation.hostCountry.equals(d.hostCountry)
                    && delegation.visitors.containsAll(d.visitors));
        }
    }

    /**
     * The countries some sentence sends someone to by a city of theirs after a verb of leaving: «вылетела в Алматы»,
     * "flew to Tashkent", «Бишкекке учуп кетти».
     */
    private static Set<String> departedTo(List<Tokenizer.Field> fields, Map<Integer, List<CountryMention>> countriesBySentence) {
        Set<String> out = new java.util.HashSet<>();
        for (Tokenizer.Field field : fields) {
            for (Tokenizer.Sentence sentence : field.sentences()) {
                List<CountryMention> countries = countriesBySentence.getOrDefault(sentence.id(), List.of());
                if (countries.isEmpty()) {
                    continue;
                }
                List<Token> tokens = field.tokens().subList(sentence.firstToken(), sentence.lastToken() + 1);
                for (Token t : tokens) {
                    if (!TripEnd.departs(t)) {
                        continue;
                    }
                    for (CountryMention c : countries) {
                        int gap = c.span().firstToken() - t.index();
                        boolean after = gap >= 1 && gap <= 2 && Places.TO.contains(c.before());
                        boolean before = -gap >= 1 && -gap <= 3 && Places.turkicTo(c);
                        if (c.form() == org.communique.enrichment.tagger.entities.Ref.CountryForm.PLACE && (after || before)) {
                            out.add(c.code());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether some sentence reports a trip as over: «вернулся», "returned", «оралды». */
    private static boolean returned(List<Tokenizer.Field> fields) {
        for (Tokenizer.Field field : fields) {
            if (TripEnd.in(field.tokens())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideName(List<PersonMention> people, String field, int token) {
        for (PersonMention person : people) {
            if (person.named() && person.span().field().equals(field) && person.span().firstToken() <= token
                    && token <= person.span().lastToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * «находится на постоянной связи с коллегой», "is in touch with", «байланыста», «байланышта»: being in contact with
     * someone, which places no one anywhere.
     */
    private static boolean inTouch(List<Token> tokens, int i) {
        if (spokeWith(tokens, i)) {
            return true;
        }
        for (int j = Math.max(0, i - 2); j <= Math.min(tokens.size() - 1, i + 3); j++) {
            if (j != i && IN_TOUCH.matches(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the summit, which will be held in Astana", "a forum to be held in Bishkek": where an event is to take place names
     * its venue, not anyone's trip (the guidelines: a venue announced with no official said to travel is no visit); a
     * past passive ("talks were held in Ankara") still tells what was done there.
     */
    private static boolean venueToCome(List<Token> tokens, int i) {
        return i >= 2 && !tokens.get(i).isCyrillic() && tokens.get(i).lower().equals("held")
                && tokens.get(i - 1).lower().equals("be") && FUTURE_OR_INFINITIVE.matches(tokens.get(i - 2));
    }

    private static final Words FUTURE_OR_INFINITIVE = Words.of("=will", "=to", "=shall", "=would");

    private static final Words SPOKE_WITH = Words.of("=with", "=by");

    /** "spoke with", "spoke today with", "spoke by phone": a conversation, which places no one; "spoke in Bishkek" does. */
    private static boolean spokeWith(List<Token> tokens, int i) {
        if (!tokens.get(i).lower().equals("spoke")) {
            return false;
        }
        for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + 2); j++) {
            if (SPOKE_WITH.matches(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Words IN_TOUCH = Words.of("=связи", "=контакте", "=touch", "=contact", "байланыст", "байланышт");

    /** "took part", "takes part", "taking part": the English for «принял участие». */
    private static boolean tookPart(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).lower().equals("part") && TOOK.matches(tokens.get(i - 1));
    }

    private static final Words TOOK = Words.of("=took", "=take", "=takes", "=taking");

    /** Whether a date the sentence gives is the release's day: «сегодня», "today", «10 мая» in a release of 10 May. */
    private static boolean onTheDay(List<DateExpressions.DateHit> dates, LocalDate reference) {
        for (DateExpressions.DateHit d : dates) {
            if (d.precision() == DatePrecision.DAY && !d.first().isAfter(reference) && !d.last().isBefore(reference)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatch(List<Token> tokens, Words words) {
        for (Token t : tokens) {
            if (words.matches(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An official present, arriving or acting in a place of another country, told without a word for visit: «находится
     * в Нью-Йорке», «принял участие в саммите в Астане», «Ташкентке келді», «сегодня в Анкаре провел переговоры»,
     * «подписали в Бишкеке», "met in Samarkand", "hosted ... at the White House". Nothing said at a distance counts.
     * Such a text reports the trip while it happens: it is under way unless dated earlier, reported as over or told
     * in the future.
     */
    private EventDraft presenceAbroad(Tokenizer.Field field, List<Token> tokens, List<CountryMention> countries,
                                 List<PersonMention> people, List<DateExpressions.DateHit> dates, Mention evidence,
                                 String language, LocalDate reference, boolean returned, Set<String> departedTo,
                                 String capitalHost, String dateline, String writtenIn) {
        List<Integer> at = new ArrayList<>();
        boolean virtual = false;
        boolean leads = false;
        boolean leaving = false;
        boolean delegation = anyMatch(tokens, EventWords.DELEGATION);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((EventWords.PRESENCE.matches(t) || EventWords.IMPLICIT_VISIT.matches(t) || EventWords.CAME_BACK.matches(t)
                    || tookPart(tokens, i)
                    || Reception.verb(tokens, i)) && !inTouch(tokens, i) && !venueToCome(tokens, i)) {
                at.add(t.index());
                leaving |= EventWords.LEAVING.matches(t);
            } else if (delegation && EventWords.LEADS.matches(t)) {
                // «Российскую делегацию на заседании возглавляет Владимир Путин», "led the Kazakh delegation at the summit"
                at.add(t.index());
                leads = true;
            }
            virtual |= EventWords.VIRTUAL.matches(t) || EventWords.CALL.matches(t);
        }
        if (at.isEmpty() || virtual) {
            return null;
        }
        String host = Places.destination(field, countries, at);
        String leftFrom = leaving ? Places.leftFrom(field, countries) : null;
        // «Си Цзиньпин Астанадан Ташкентке аттанды», "left Astana for Tashkent": the trip to the place left is over
        EventDraft leg = leftFrom != null && !leftFrom.equals(host)
                ? endedLeg(field, tokens, at, countries, people, dates, evidence, language, returned, leftFrom) : null;
        if (leg == null && leaving && host != null && writtenIn != null && !writtenIn.equals(host)) {
            // "BISHKEK — ... Rice later left for Kazakhstan": leaving for the next leg ends the trip the text is written
            // from; the next leg is another trip
            leg = endedLeg(field, tokens, at, countries, people, dates, evidence, language, returned, writtenIn);
        }
        if (leg != null) {
            return leg;
        }
        if (host == null && leads && writtenIn != null) {
            host = writtenIn; // «ШАНХАЙ, 15 июня ... Российскую делегацию возглавляет Путин»: heading it where it meets
        }
        if (host == null) {
            host = Places.cameBackFrom(field, countries);
        }
        if (host == null) {
            host = bareCapital(tokens, capitalHost);
        }
        if (host == null && dateline != null
                && !Dateline.remoteOnly(tokens, tokens.stream().filter(t -> at.contains(t.index())).toList())) {
            host = dateline; // «ТАШКЕНТ, 15 мая — ... провёл переговоры»
        }
        // no place abroad: one received by another country's official is in that country
        Reception.Guest guest = host == null ? Reception.in(tokens, people, this::countryOf) : null;
        if (guest != null) {
            host = guest.host();
        }
        EventDraft d = visit(field, tokens, at, countries, people, dates, evidence, host);
        if (host == null || d.visitors.isEmpty() || host.equals(d.visitorCountry)) {
            return null;
        }
        // «Вечером делегация вылетела в Алматы»: the text sends the travellers to a city of their own country
        returned |= departedTo.contains(d.visitorCountry);
        for (PersonMention p : people) {
            int first = p.span().firstToken();
            if (d.visitors.contains(p.personId()) && tokens.stream()
                    .anyMatch(t -> t.index() < first && t.index() >= first - 6 && EventWords.NOT_ACTING.matches(t))) {
                return null; // «встреча ... с кандидатом в президенты»: no one travels in a government capacity
            }
        }
        EventStatus marked = VisitStatus.of(tokens, at, language);
        if (marked != EventStatus.PLANNED && !returned && VisitStatus.arrivedLately(tokens, d.date, reference)) {
            // «прибывший в Китай накануне», "arrived yesterday", «кечээ ... келди»: an arrival a day ago, no end told
            d.status = EventStatus.ONGOING;
        } else if (marked == EventStatus.PLANNED) {
            d.status = marked;
            d.presentOfDoing = VisitStatus.presentOfDoing(tokens, language);
        } else if (returned || d.date != null && d.date.last().isBefore(reference) || VisitStatus.toldEarlier(tokens)
                || marked == EventStatus.COMPLETED && d.date != null && d.date.precision() != DatePrecision.DAY) {
            // a past tense dated by its month or year only («в мае подписали в Бишкеке») tells a trip that is over
            d.status = EventStatus.COMPLETED;
        } else {
            d.status = EventStatus.ONGOING;
            // in Kazakh and Kyrgyz a past of one thing done abroad («кездесті», «катышты») stays under way on the day;
            // a past of the whole trip («барды», «болду») is like the Russian and English past
            d.pastWithoutDay = marked == EventStatus.COMPLETED && d.date == null && !VisitStatus.toldUnderWay(tokens);
            d.undatedPast = d.pastWithoutDay
                    && ("ru".equals(language) || "en".equals(language) || anyMatch(tokens, EventWords.WHOLE_TRIP));
        }
        d.returned = returned;
        d.settleDate(VisitStatus.presentOfArriving(tokens));
        return d;
    }

    private EventDraft visit(Tokenizer.Field field, List<Token> tokens, List<Integer> at, List<CountryMention> countries,
                        List<PersonMention> people, List<DateExpressions.DateHit> dates, Mention evidence, String knownHost) {
        int trigger = at.get(0);
        EventDraft d = new EventDraft(EventType.VISIT, evidence);
        d.kind = Triggers.kind(tokens, at);
        d.date = nearest(dates, trigger);

        String host = knownHost != null ? knownHost : Places.destination(field, countries, at);
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
        d.visitorCountry = d.visitors.isEmpty() ? Places.origin(field, countries, trigger) : countryOf(d.visitors.iterator().next());
        if (host == null) {
            host = countries.stream()
                    .filter(c -> Places.isPlace(c) && !c.code().equals(d.visitorCountry))
                    .min((a, b) -> Integer.compare(Places.distanceAfter(a, trigger), Places.distanceAfter(b, trigger)))
                    .map(CountryMention::code).orElse(null);
        }
        d.hostCountry = Objects.equals(host, d.visitorCountry) ? null : host;
        if (d.visitorCountry != null && embassyAtHome(tokens, countries, d.visitorCountry)) {
            // "visited the U.S. Embassy in Bishkek" by Kyrgyzstan's minister: a foreign mission in one's own capital
            d.visitors.clear();
            d.visitorCountry = null;
            d.hostCountry = null;
        }
        return d;
    }

    /**
     * The trip to {@code place} that a traveller leaves for the next leg: over (under way if the leaving is still to
     * come), on no day of its own; null when no one of another country travels there.
     */
    private EventDraft endedLeg(Tokenizer.Field field, List<Token> tokens, List<Integer> at, List<CountryMention> countries,
                                List<PersonMention> people, List<DateExpressions.DateHit> dates, Mention evidence,
                                String language, boolean returned, String place) {
        EventDraft leg = visit(field, tokens, at, countries, people, dates, evidence, place);
        if (leg.visitors.isEmpty() || place.equals(leg.visitorCountry)) {
            return null;
        }
        leg.status = VisitStatus.of(tokens, at, language) == EventStatus.PLANNED ? EventStatus.ONGOING
                : EventStatus.COMPLETED;
        leg.date = null;
        leg.returned = returned;
        leg.legEnded = leg.status == EventStatus.COMPLETED;
        return leg;
    }

    /** «посольство США в Бишкеке», "the U.S. Embassy in Bishkek", «АҚШ-тың Астанадағы елшілігі»: a mission at home. */
    private static boolean embassyAtHome(List<Token> tokens, List<CountryMention> countries, String visitorCountry) {
        return anyMatch(tokens, EventWords.MISSION) && countries.stream()
                .anyMatch(c -> c.form() == org.communique.enrichment.tagger.entities.Ref.CountryForm.PLACE
                        && c.code().equals(visitorCountry));
    }

    private static EventDraft other(EventType type, List<Token> tokens, List<Integer> at, List<CountryMention> countries,
                               List<DateExpressions.DateHit> dates, Mention evidence) {
        EventDraft d = new EventDraft(type, evidence);
        d.date = nearest(dates, at.get(0));
        d.hostCountry = countries.stream().filter(c -> Places.isPlace(c) && Places.TO.contains(c.before())).map(CountryMention::code)
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

    private static DateExpressions.DateHit nearest(List<DateExpressions.DateHit> dates, int trigger) {
        DateExpressions.DateHit best = null;
        for (DateExpressions.DateHit d : dates) {
            if (best == null || Math.abs(d.token() - trigger) < Math.abs(best.token() - trigger)) {
                best = d;
            }
        }
        return best;
    }

    /** A parliament's chair (whose trips are not understood yet) or an ambassador (who lives where the post is). */
    private boolean travelsAsNoVisitor(PersonMention p, LocalDate reference) {
        Office office = p.presentedOffice() != null ? p.presentedOffice()
                : offices.person(p.personId()).flatMap(person -> offices.officeFor(person, reference)).orElse(null);
        return office == Office.AMBASSADOR || office == Office.SPOKESPERSON || office == Office.PRESS_SECRETARY;
    }

    private String countryOf(PersonMention p) {
        return countryOf(p.personId());
    }

    private String countryOf(String personId) {
        return offices.person(personId).map(Person::country).orElse(unlistedCountries.get(personId));
    }

}
