package org.communique.enrichment.tagger.events;

import org.communique.contracts.Mention;
import org.communique.contracts.Tags.DatePrecision;
import org.communique.contracts.Tags.EventDate;
import org.communique.contracts.Tags.EventKind;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventTag;
import org.communique.contracts.Tags.EventType;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An event as found so far: filled in sentence by sentence, merged with others about the same event, then a tag. */
final class EventDraft {

    private static final int BACKGROUND_DAYS = 60;
    private static final int ARRIVAL_DAYS = 2;

    final EventType type;
    final Mention evidence;
    EventKind kind = EventKind.UNSPECIFIED;
    EventStatus status;
    DateExpressions.DateHit date;
    final Set<String> visitors = new LinkedHashSet<>();
    String visitorCountry;
    String hostCountry;
    boolean privateTravellers;
    /** The text reports the trip as over («вернулся», "returned"). */
    boolean returned;
    /** The sentence reports the visit itself as made («совершил визит», "visited"), not only what was done on it. */
    boolean madeVerb;
    /** Planned only by a Kazakh/Kyrgyz present-future of doing («катышат»): under way unless some date is later. */
    boolean presentOfDoing;
    /** Under way only because nothing dates it: a past tense abroad with no day, which is over if no day is told. */
    boolean undatedPast;
    /**
     * Under way only because a past of a thing done abroad has no day («Берлинде ... менен жолукту» in a headline): the
     * same trip dated before the release by another sentence is over.
     */
    boolean pastWithoutDay;
    /** Told in the present of arriving («прибывает», "arrives", «келе жатат»): the coming days are as near as today. */
    boolean presentOfArriving;
    /** The sentence tells the trip put off: planned, whatever tense or date tells it. */
    boolean postponed;
    /** The sentence tells the traveller leaving this trip's country for the next leg: the trip here is over. */
    boolean legEnded;

    EventDraft(EventType type, Mention evidence) {
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
        settleDate(false);
    }

    /** ... and for one told in the present of arriving («в пятницу прибывает», "arrives on Friday"). */
    void settleDate(boolean presentOfArriving) {
        if (date != null && (status == EventStatus.PLANNED || presentOfArriving && status == EventStatus.ONGOING)) {
            date = date.planned();
        }
    }

    /** The trip is put off: planned, and a day already gone is the one given up, not the trip's. */
    void postpone(LocalDate reference) {
        postponed = true;
        status = EventStatus.PLANNED;
        if (date != null && !date.last().isAfter(reference)) {
            date = null;
        }
    }

    boolean isBare() {
        return visitors.isEmpty() && visitorCountry == null && hostCountry == null;
    }

    boolean compatible(EventDraft o, LocalDate reference) {
        // «Последний раз лидер Узбекистана посещал Бишкек в 2000 году» is another trip than the one under way
        boolean coming = headlinesComing(o, reference) || o.headlinesComing(this, reference);
        if (isBackground(reference) && o.isCurrent() || o.isBackground(reference) && isCurrent()
                || !coming && (!o.dateFits(status, reference) || !dateFits(o.status, reference))) {
            return false;
        }
        boolean sameTripDatedEarlier = overBy(o, reference) || o.overBy(this, reference)
                || announces(o, reference) || o.announces(this, reference)
                || headlinesBegun(o, reference) || o.headlinesBegun(this, reference) || coming;
        if (!agree(visitorCountry, o.visitorCountry) || !agree(hostCountry, o.hostCountry)
                || !agree(status, o.status) && !sameTripDatedEarlier
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

    /** Whether {@code o} dates before the release the trip this draft tells without a day in the past. */
    private boolean overBy(EventDraft o, LocalDate reference) {
        return type == EventType.VISIT && pastWithoutDay && status == EventStatus.ONGOING && date == null
                && o.status == EventStatus.COMPLETED && o.date != null && o.date.last().isBefore(reference)
                && hostCountry != null && hostCountry.equals(o.hostCountry);
    }

    /**
     * Whether this undated planned visit («Токаев посетит Узбекистан», "Tokayev to visit Uzbekistan" in a headline)
     * announces the trip {@code o} tells as begun («сегодня прибыл в Ташкент»): the same trip, under way.
     */
    private boolean announces(EventDraft o, LocalDate reference) {
        return type == EventType.VISIT && o.type == EventType.VISIT && status == EventStatus.PLANNED && !presentOfDoing
                && date == null && o.status == EventStatus.ONGOING && !o.undatedPast && !o.pastWithoutDay
                && (o.date == null || !o.date.first().isAfter(reference)
                && !o.date.last().isBefore(reference.minusDays(ARRIVAL_DAYS)))
                && hostCountry != null && hostCountry.equals(o.hostCountry) && Objects.equals(visitorCountry, o.visitorCountry);
    }

    /**
     * Whether this undated past in a headline («Жапаров Москвага иш сапары менен барды», "Tokayev visited Tashkent")
     * tells the trip {@code o} reports as begun and going on («бүгүн ... келди», «сүйлөшүүлөр болуп жатат», "arrived
     * today"), with no end told anywhere: the same trip, under way.
     */
    private boolean headlinesBegun(EventDraft o, LocalDate reference) {
        return type == EventType.VISIT && o.type == EventType.VISIT && Mention.TITLE.equals(evidence.field())
                && status == EventStatus.COMPLETED && date == null && !returned && !o.returned
                && o.status == EventStatus.ONGOING && !o.undatedPast && !o.pastWithoutDay
                && (o.date == null || !o.date.first().isAfter(reference)
                && !o.date.last().isBefore(reference.minusDays(ARRIVAL_DAYS)))
                && hostCountry != null && hostCountry.equals(o.hostCountry) && Objects.equals(visitorCountry, o.visitorCountry);
    }

    /**
     * Whether this undated headline in the present of arriving («Мирзиёев Кыргызстанга келе жатат», "Xi arrives in
     * Astana") announces the trip {@code o} dates after the release («эртең ... келе жатат», "arrives tomorrow"): the
     * same trip, still to come.
     */
    private boolean headlinesComing(EventDraft o, LocalDate reference) {
        return type == EventType.VISIT && o.type == EventType.VISIT && Mention.TITLE.equals(evidence.field())
                && status == EventStatus.ONGOING && presentOfArriving && date == null
                && o.status != EventStatus.COMPLETED && o.date != null && o.date.first().isAfter(reference)
                && hostCountry != null && hostCountry.equals(o.hostCountry) && Objects.equals(visitorCountry, o.visitorCountry);
    }

    void absorb(EventDraft o, LocalDate reference) {
        if (headlinesComing(o, reference)) {
            status = EventStatus.PLANNED;
        }
        if (announces(o, reference) || headlinesBegun(o, reference) || o.headlinesBegun(this, reference)) {
            status = EventStatus.ONGOING;
        }
        if (overBy(o, reference)) {
            status = EventStatus.COMPLETED;
            pastWithoutDay = false;
        }
        if (kind == EventKind.UNSPECIFIED) {
            kind = o.kind;
        }
        if (status == null) {
            status = o.status;
        }
        if (date == null && o.dateFits(status, reference)) {
            date = o.date;
        }
        if (o.status == EventStatus.PLANNED && !o.presentOfDoing || status == EventStatus.PLANNED && !presentOfDoing) {
            presentOfDoing = false;
        }
        returned |= o.returned;
        madeVerb |= o.madeVerb;
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
        if (type == EventType.VISIT && s == EventStatus.PLANNED && presentOfDoing && date == null) {
            s = EventStatus.ONGOING;
        }
        EventDate eventDate = date == null ? null : new EventDate(date.value(), date.precision());
        return new EventTag(type, kind, s, List.copyOf(visitors), visitorCountry, hostCountry, eventDate, evidence);
    }

    /**
     * A date wholly in the past or future overrules the tense («в 2023 году прибыл» is over by 2024); a visit that
     * began a day or two ago can still be under way.
     */
    private EventStatus consistentWithDate(EventStatus marked, LocalDate reference) {
        if (postponed) {
            return EventStatus.PLANNED;
        }
        // «прибыл ещё 14 марта», «кечээ ... келген» in a release of the 15th: an arrival a day or two ago with no end told
        // is a trip still under way
        boolean arrivedLately = marked == EventStatus.ONGOING && !returned && date != null
                && !date.last().isBefore(reference.minusDays(ARRIVAL_DAYS));
        if (date != null && date.last().isBefore(reference) && !arrivedLately) {
            return EventStatus.COMPLETED;
        }
        if (date != null && date.first().isAfter(reference)) {
            return EventStatus.PLANNED;
        }
        // «сегодня примет участие», "today ... will hold talks", «14-15 мая посетит» on the 14th: under way on the day
        if (type == EventType.VISIT && marked == EventStatus.PLANNED && date != null
                && date.precision() == DatePrecision.DAY && !date.last().isBefore(reference)) {
            return EventStatus.ONGOING;
        }
        // «сегодня ... посетил», «26-27-январда ... барды» on the 26th: a trip on the day of the release is under way
        // unless the text says it is over
        // («совершил визит» on the day itself is reported as made)
        boolean spansTheDay = date != null && date.first().isBefore(reference) || date != null && date.last().isAfter(reference);
        // («в мае посетил», "visited this year": a month or a year is no day of the trip)
        if (type == EventType.VISIT && marked == EventStatus.COMPLETED && !returned && date != null
                && date.precision() == DatePrecision.DAY && !date.last().isBefore(reference) && (!madeVerb || spansTheDay)) {
            return EventStatus.ONGOING;
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
            // the day itself, or a span of days that holds it («14–16 мая посещал» on the 15th)
            return EventStatus.ONGOING;
        }
        return type == EventType.VISIT ? EventStatus.PLANNED : EventStatus.COMPLETED;
    }

    private static boolean agree(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }
}
