package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.DatePrecision;
import org.communique.enrichment.tagger.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a sentence's dates can be the date of its event. A year a span of time is counted from is not: «первый с
 * 2019 года визит», "the first visit since 2019", «2019 жылдан бері», «2019-жылдан бери».
 */
final class EventDates {

    private static final Words SINCE_BEFORE = Words.of("=с", "=со", "=since", "=после", "=after", "=начиная");
    private static final Words SINCE_AFTER = Words.of("бери", "берги", "кейин", "кийин", "=года", "=жыл", "=жылдан",
            "=жылдын");
    private static final Words FROM_CASE = Words.of("бери", "берги", "кейин", "кийин");

    private EventDates() {
    }

    static List<DateExpressions.DateHit> of(List<Token> sentence, List<DateExpressions.DateHit> dates, LocalDate reference) {
        if (dates.isEmpty()) {
            return dates;
        }
        // «ВАШИНГТОН, 21 февраля — Блинкен на следующей неделе посетит ...»: the day of writing in a sentence that puts
        // the trip in a time still to come is not the trip's day
        boolean toCome = VisitStatus.timeToCome(sentence);
        // «ТАШКЕНТ, 15 мая — ... на прошлой неделе был принят», «... на днях»: the dateline's day is when the text was
        // written, not the day of a trip the sentence puts in a week gone or dates by a day or a month of its own
        // («накануне» may be a clause's; a year alone is mostly the background's: «скончавшемуся ... в 1966 году»)
        boolean datedOtherwise = VisitStatus.toldInAPeriodGone(sentence) || dates.stream()
                .anyMatch(d -> d.precision() != DatePrecision.YEAR && !Dateline.isItsDate(sentence, d));
        List<DateExpressions.DateHit> out = new ArrayList<>(dates.size());
        for (DateExpressions.DateHit d : dates) {
            boolean dayOfWriting = toCome && d.precision() == DatePrecision.DAY && d.first().equals(reference)
                    && d.last().equals(reference) || datedOtherwise && Dateline.isItsDate(sentence, d);
            if (!countedFrom(sentence, d) && !dateOfSaying(sentence, d) && !dayOfWriting) {
                out.add(d);
            }
        }
        return out;
    }

    /** Verbs of saying: a date right after one is when something was said, not when the event is. */
    private static final Words SAID = Words.of("=said", "=says", "=announced", "=reported", "=told", "=stated",
            "сообщил", "заявил", "объявил", "=хабарлады", "=мәлімдеді", "=билдирди", "=маалымдады");
    private static final Words ON = Words.of("=on", "=в", "=во");

    /** "the ministry said on Friday", «сообщили в пятницу»: the day of the report, not of the trip. */
    private static boolean dateOfSaying(List<Token> sentence, DateExpressions.DateHit d) {
        int at = d.token() - sentence.get(0).index();
        if (at <= 0 || at >= sentence.size()) {
            return false;
        }
        int before = ON.matches(sentence.get(at)) ? at - 1 : at;
        if (before >= 1 && ON.matches(sentence.get(before - 1)) && before - 2 >= 0) {
            before--;
        }
        return before >= 1 && SAID.matches(sentence.get(before - 1));
    }

    private static boolean countedFrom(List<Token> sentence, DateExpressions.DateHit d) {
        if (d.precision() != DatePrecision.YEAR) {
            return false;
        }
        int at = d.token() - sentence.get(0).index();
        if (at < 0 || at >= sentence.size()) {
            return false;
        }
        if (at > 0 && SINCE_BEFORE.matches(sentence.get(at - 1))) {
            return true;
        }
        // «2019 жылдан бері», «2019-жылдан бери»: the ablative year, then «since»
        for (int i = at + 1; i <= Math.min(sentence.size() - 1, at + 2); i++) {
            if (FROM_CASE.matches(sentence.get(i))) {
                return true;
            }
            if (!SINCE_AFTER.matches(sentence.get(i)) && !sentence.get(i).lower().endsWith("дан")
                    && !sentence.get(i).lower().endsWith("ден")) {
                return false;
            }
        }
        return false;
    }
}
