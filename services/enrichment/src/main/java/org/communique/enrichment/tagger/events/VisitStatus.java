package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;

/**
 * The status of an event from the tense and aspect of the words around its trigger: a marker word
 * ({@link EventWords#ONGOING}, {@link EventWords#PLANNED}, {@link EventWords#COMPLETED}), an English present
 * ("is in Tashkent", "is on a visit", "talks are being held"), a time still to come («на следующей неделе», "next
 * week", «келесі аптада», «кийинки жумада»), and in Kazakh and Kyrgyz the predicate's suffix ({@link TurkicTense}).
 * The date the text gives then settles it against the release date ({@link EventDraft}).
 */
final class VisitStatus {

    private static final int ONGOING_REACH = 6;
    /** "is" or "are" before these: "is in Tashkent", "is on a state visit", "are at the summit". */
    private static final Words PRESENT_PLACE = Words.of("=in", "=on", "=at", "=currently", "=now", "=here", "=there");
    private static final Words COPULA = Words.of("=is", "=are");
    /** "being held", "being made": the participles of the present passive that do not end in -ed. */
    private static final Words IRREGULAR_PARTICIPLES = Words.of("=held", "=made", "=done", "=taken", "=given", "=seen");
    /** The Kazakh and Kyrgyz auxiliaries of the continuous: «-ып жатыр», «-ып жатат», «-ып отыр». */
    private static final Words CONTINUOUS = Words.of("=жатыр", "=жатат", "=отыр", "=турат");
    private static final Words BOUND = Words.of("=due", "=set", "=slated", "=poised");
    /** Words of a time to come, before a period: «на следующей неделе», "next month", «келесі айда», «кийинки жумада». */
    private static final Words NEXT = Words.of("следующ", "=next", "=coming", "келеси", "кийинки", "келерки", "алдагы");
    /** Words of a time gone, before a period or alone: «на прошлой неделе», "last week", «өткен аптада», «накануне». */
    private static final Words LAST = Words.of("прошл", "минувш", "прошедш", "=last", "=past", "откен", "откон");
    private static final Words EARLIER = Words.of("=накануне", "=позавчера");
    /** «на днях», «днём ранее», "days ago", "earlier this week": a time gone, two words together. */
    private static final Words RECENTLY_FIRST = Words.of("=на", "=днем", "=day", "=days", "=earlier");
    private static final Words RECENTLY_SECOND = Words.of("=днях", "=ранее", "=earlier", "=ago", "=before", "=this");
    private static final Words TO_COME = Words.of("алдагы", "алдыдагы", "=ертен", "=эртен", "келеси", "кийинки", "келерки");
    private static final Words PERIOD = Words.of("недел", "месяц", "выходн", "=week", "=weekend", "=month", "апта", "жума",
            "=айда", "=айында");

    /** A present of arriving or beginning, which tells the day of arrival whether today or to come. */
    private static final Words ARRIVING = Words.of("=прибывает", "=прибывают", "=прилетает", "=прилетают", "=arrives",
            "=begins", "=starts", "=начинает", "=начинают");
    /** An arrival or a beginning in the past: the trip it starts is over once a week or more has gone. */
    private static final Words STARTED = Words.of("=прибыл", "=прибыла", "=прибыли", "прибывш", "=прилетел",
            "=прилетела", "=прилетели", "=начал", "=начала", "=начался", "=began", "=arrived", "келди", "=келген",
            "=жетти", "=басталды", "=башталды");

    /**
     * Putting a trip off: «перенесен на более поздний срок», «визит отложен», "has been postponed", "was put off",
     * «кейінге қалдырылды», «кейінге шегерілді», «кийинкиге жылдырылды», «мөөнөтү жылдырылды».
     */
    private static final Words POSTPONING = Words.of("=перенесен", "=перенесена", "=перенесено", "=перенесены",
            "=перенесли", "=переносится", "=переносятся", "=отложен", "=отложена", "=отложено", "=отложили",
            "=откладывается", "postpon", "=rescheduled", "=deferred", "шегеріл", "жылдырыл", "калдырыл",
            "калтырыл");
    /** «кейінге», «кийинкиге»: "to a later time", which makes «қалдырылды» ("was left") a putting off. */
    private static final Words TO_LATER = Words.of("=кейінге", "=кийинкиге", "=кечирээк");
    /** "put off": the English phrasal verb, two words. */
    private static final Words PUT = Words.of("=put", "=puts");

    private VisitStatus() {
    }

    /**
     * Whether the sentence puts the trip off to a later time (the guidelines: a postponed visit is planned, whatever
     * tense tells it). One pass over the words; «қалдырылды» ("was left") counts only with «кейінге» ("to later").
     */
    static boolean postponed(List<Token> tokens) {
        boolean later = false;
        boolean left = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (POSTPONING.matches(t)) {
                String w = t.lower();
                if (!w.startsWith("калдырыл") && !w.startsWith("калтырыл")) {
                    return true;
                }
                left = true;
            } else if (TO_LATER.matches(t)) {
                later = true;
            } else if (PUT.matches(t) && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("off")) {
                return true;
            }
        }
        return left && later;
    }

    /** «прибывает», "arrives", "begins a visit": a weekday with it is the coming one («в пятницу прибывает»). */
    static boolean presentOfArriving(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (ARRIVING.matches(tokens.get(i)) || COMING.matches(tokens.get(i)) && i + 1 < tokens.size()
                    && tokens.get(i + 1).key().startsWith("жат")) {
                return true;
            }
        }
        return false;
    }

    /** «келе жатат», «келе жатыр», «бара жатат»: coming, going, the Kazakh and Kyrgyz present of arriving. */
    private static final Words COMING = Words.of("=келе", "=бара");

    /** «на прошлой неделе», "last week", «өткен аптада», «өткөн жумада». */
    private static boolean lastPeriod(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (LAST.matches(tokens.get(i)) && PERIOD.matches(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }


    /**
     * The status of the tense marker nearest to a trigger; ties go to ongoing, then planned. A marker of an ongoing
     * visit close to the trigger («находящийся в Бишкеке с визитом») wins over any other. In Kazakh and Kyrgyz the
     * main verb closes the sentence, so there its tense suffix decides, else the last marker.
     */
    static EventStatus of(List<Token> tokens, List<Integer> at, String language) {
        boolean verbLast = "kk".equals(language) || "ky".equals(language);
        EventStatus best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (EventWords.ONGOING.matches(t) && distance(t, at) <= ONGOING_REACH) {
                if (planningGoesOn(tokens, i) || ARRIVING.matches(t) && timeToCome(tokens)) {
                    return EventStatus.PLANNED; // «на следующей неделе прибывает», "arrives next week"
                }
                // «на прошлой неделе прибыл», "arrived last week", «өткен аптада келді»: an arrival long enough ago
                return STARTED.matches(t) && lastPeriod(tokens) ? EventStatus.COMPLETED : EventStatus.ONGOING;
            }
            // "who is in the United States on an official visit, discussed ...": "is in" in the visit's own clause
            if (!t.isCyrillic() && marker(tokens, i) == EventStatus.ONGOING && sameClauseBefore(tokens, i, at)) {
                return EventStatus.ONGOING;
            }
        }
        if (verbLast) {
            EventStatus tense = TurkicTense.of(tokens, language);
            if (tense != null) {
                return tense;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            EventStatus s = EARLIER.matches(t) ? EventStatus.COMPLETED : marker(tokens, i);
            if (s == null) {
                s = EventWords.ONGOING.matches(t) ? EventStatus.ONGOING
                    : EventWords.PLANNED.matches(t) ? EventStatus.PLANNED
                    : EventWords.COMPLETED.matches(t) ? EventStatus.COMPLETED : null;
            }
            if (s == null) {
                continue;
            }
            int distance = verbLast ? tokens.get(tokens.size() - 1).index() - t.index() : distance(t, at);
            if (distance < bestDistance || distance == bestDistance && rank(s) < rank(best)) {
                best = s;
                bestDistance = distance;
            }
        }
        if (best == null) {
            // "Erdoğan to attend summit in Bishkek", "Tokayev to visit Paris": a headline's infinitive is the future
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.lower().equals("to") && !t.isCyrillic() && at.contains(t.index() + 1) && !firstTo(tokens, i)) {
                    return EventStatus.PLANNED;
                }
            }
        }
        return best;
    }

    private static final Words ORDINALS = Words.of("=first", "=second", "=third", "=last", "=only", "=latest");

    /**
     * "Cameron becomes first British PM to visit Kazakhstan", "the only leader to attend": an infinitive after an
     * ordinal says who did it first, not that it is still to come.
     */
    private static boolean firstTo(List<Token> tokens, int to) {
        for (int j = Math.max(0, to - 5); j < to; j++) {
            if (ORDINALS.matches(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A status told by two words together: "is in", "is on a visit" and "being held" (under way), «следующей неделе»,
     * "next week", «келесі аптада» (to come).
     */
    private static EventStatus marker(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(i + 1);
        if (!t.isCyrillic() && COPULA.matches(t) && PRESENT_PLACE.matches(next)) {
            return EventStatus.ONGOING;
        }
        if (!t.isCyrillic() && next.lower().equals("to") && (COPULA.matches(t) || BOUND.matches(t))) {
            return EventStatus.PLANNED; // "is to visit", "is due to arrive", "is set to attend"
        }
        if (!t.isCyrillic() && t.lower().equals("being")
                && (next.lower().endsWith("ed") || IRREGULAR_PARTICIPLES.matches(next))) {
            return EventStatus.ONGOING;
        }
        if (NEXT.matches(t) && PERIOD.matches(next)) {
            return EventStatus.PLANNED;
        }
        if (LAST.matches(t) && PERIOD.matches(next)) {
            return EventStatus.COMPLETED;
        }
        if (RECENTLY_FIRST.matches(t) && RECENTLY_SECOND.matches(next)) {
            return EventStatus.COMPLETED;
        }
        return null;
    }

    /**
     * «саммитине катышат», «келіссөз жүргізеді» without «келесі аптада», «алдағы», «ертең»: a Kazakh or Kyrgyz
     * present-future of doing, which tells what goes on the day it is reported unless a date elsewhere says later.
     */
    static boolean presentOfDoing(List<Token> tokens, String language) {
        boolean verbLast = "kk".equals(language) || "ky".equals(language);
        return verbLast && TurkicTense.of(tokens, language) == EventStatus.PLANNED
                && TurkicTense.presentOfDoing(tokens, language) && !timeToCome(tokens)
                && java.util.stream.IntStream.range(0, tokens.size()).noneMatch(i -> planningGoesOn(tokens, i));
    }

    /**
     * «сапары пландалып жатат», «жоспарланып жатыр»: the auxiliary of the continuous after a converb of planning tells
     * that the planning goes on, so the trip is still to come.
     */
    private static boolean planningGoesOn(List<Token> tokens, int i) {
        return i > 0 && CONTINUOUS.matches(tokens.get(i)) && EventWords.PLANNED.matches(tokens.get(i - 1));
    }

    /** Whether a trigger follows token {@code i} with no comma, dash or stop between them. */
    private static boolean sameClauseBefore(List<Token> tokens, int i, List<Integer> at) {
        int offset = tokens.get(0).index();
        for (int trigger : at) {
            int to = trigger - offset;
            if (to <= i || to >= tokens.size()) {
                continue;
            }
            boolean unbroken = true;
            for (int j = i + 1; j <= to && unbroken; j++) {
                unbroken = tokens.get(j).separator().isEmpty();
            }
            if (unbroken) {
                return true;
            }
        }
        return false;
    }

    /** «келесі аптада», «алдағы», «кийинки жумада», «ертең», «осы аптаның соңында»: a time still to come. */
    static boolean timeToCome(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            // not "is to visit", "is set to": a modal, which says nothing of the day («is to visit Tashkent today»)
            boolean nextPeriod = i + 1 < tokens.size() && NEXT.matches(tokens.get(i)) && PERIOD.matches(tokens.get(i + 1));
            boolean toCome = TO_COME.matches(tokens.get(i)) && !DateExpressions.kyrgyzMorning(tokens, i);
            if (nextPeriod || toCome || endOfThisPeriod(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** «конце», "end", «соңында», «аягында»: the end of a period. */
    private static final Words END = Words.of("=конце", "=end", "=later", "соңында", "аягында", "аяғында");
    private static final Words THIS = Words.of("=этой", "=этого", "=текущей", "=this", "=осы", "=ушул", "=ушу");

    /**
     * «в конце этой недели», "later this week", «осы аптаның соңында», «ушул жуманын аягында»: the end of the present
     * period, told as still to come (no «прошлой», "last" in it).
     */
    private static boolean endOfThisPeriod(List<Token> tokens, int i) {
        if (!PERIOD.matches(tokens.get(i)) || i == 0 || !THIS.matches(tokens.get(i - 1))) {
            return false;
        }
        int sentence = tokens.get(i).sentence();
        for (int j = Math.max(0, i - 3); j <= Math.min(tokens.size() - 1, i + 1); j++) {
            if (END.matches(tokens.get(j)) && tokens.get(j).sentence() == sentence) {
                return true;
            }
        }
        return false;
    }

    /** «накануне», «вчера», "yesterday", «кеше», «кечээ»: the day before the release. */
    private static final Words YESTERDAY = Words.of("=накануне", "=вчера", "=yesterday", "=кеше", "=кечээ", "=кечеэ");
    private static final Words TODAY = Words.of("=сегодня", "=today", "=бүгін", "=бүгүн");
    private static final int ARRIVAL_REACH = 3;

    /**
     * Whether the sentence tells an arrival made yesterday or today, with no other date before that: «прибывший в Китай
     * накануне», "arrived in Bishkek yesterday", «кечээ кечинде Кыргызстанга келди». Such a trip is under way on the day
     * of the release unless its end is told.
     */
    static boolean arrivedLately(List<Token> tokens, DateExpressions.DateHit date, java.time.LocalDate reference) {
        if (date != null && date.last().isBefore(reference.minusDays(1))) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!EventWords.ARRIVED.matches(tokens.get(i))) {
                continue;
            }
            for (int j = Math.max(0, i - ARRIVAL_REACH); j <= Math.min(tokens.size() - 1, i + ARRIVAL_REACH); j++) {
                if (YESTERDAY.matches(tokens.get(j)) || TODAY.matches(tokens.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence tells something as going on: «находится», "are being held", "is in". */
    static boolean toldUnderWay(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (EventWords.ONGOING.matches(tokens.get(i)) || marker(tokens, i) == EventStatus.ONGOING) {
                return true;
            }
        }
        return false;
    }

    /**
     * «на прошлой неделе», "last week", «на днях», «өткен аптада», «накануне»: a time gone that is no date; «накануне»
     * only outside a clause between commas («Олланд, побывавший накануне в Казахстане, ... провел встречу»).
     */
    static boolean toldInAPeriodGone(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (marker(tokens, i) == EventStatus.COMPLETED || EARLIER.matches(tokens.get(i)) && !betweenCommas(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean betweenCommas(List<Token> tokens, int i) {
        int j = i;
        while (j > 0 && tokens.get(j).separator().isEmpty()) {
            j--;
        }
        if (!tokens.get(j).separator().equals(",")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size(); k++) {
            if (tokens.get(k).separator().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The trip goes on: «визит продолжится», "the visit continues", «сапар ... жалғасады», «сапар ... уланат». */
    private static final Words GOES_ON = Words.of("=продолжится", "=продолжается", "=continues", "=continue", "=жалгасады",
            "=жалгасуда", "=уланат", "=уланууда");

    /**
     * Whether the sentence says the trip goes on («Визит продолжится завтра в Самарканде», "The visit continues until
     * Thursday"): it is under way, and a date there is where it goes on or ends, not when it took place.
     */
    static boolean goesOn(List<Token> tokens, List<Integer> at) {
        for (Token t : tokens) {
            if (GOES_ON.matches(t) && distance(t, at) <= ONGOING_REACH) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence places what it tells before the release: «на прошлой неделе», "last week", «накануне». */
    static boolean toldEarlier(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (EARLIER.matches(tokens.get(i)) || marker(tokens, i) == EventStatus.COMPLETED) {
                return true;
            }
        }
        return false;
    }

    static int distance(Token t, List<Integer> at) {
        int distance = Integer.MAX_VALUE;
        for (int trigger : at) {
            distance = Math.min(distance, Math.abs(t.index() - trigger));
        }
        return distance;
    }

    static int rank(EventStatus s) {
        return switch (s) {
            case ONGOING -> 0;
            case PLANNED -> 1;
            case COMPLETED -> 2;
        };
    }
}
