package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.DatePrecision;
import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Token;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds date expressions in a sentence and resolves them against the release date: «21 августа» (DAY, that
 * year), «в октябре 2023 года» (MONTH), «в 2024 году», «в этом году» (YEAR), «завтра», "on 21 August 2023",
 * «биыл», «2024-жылы», «21-августта», «2023 жылғы қазанда».
 */
public final class DateExpressions {

    /**
     * A date the text gives, with the days it covers; {@code token} indexes its first word in the field. A weekday
     * («во вторник») is the last such day up to the release date; {@code next} holds the coming one instead, for an
     * event still planned.
     */
    public record DateHit(int token, String value, DatePrecision precision, LocalDate first, LocalDate last, DateHit next) {

        DateHit(int token, String value, DatePrecision precision, LocalDate first, LocalDate last) {
            this(token, value, precision, first, last, null);
        }

        /** This date as meant by a text announcing the event. */
        public DateHit planned() {
            return next != null ? next : this;
        }
    }

    /** Words a date expression spans at most («21 августа 2023 года»): a year inside one is not a second date. */
    private static final int LONGEST = 4;

    /** Russian month stems; Kyrgyz uses the same names with its own suffixes («августта»). */
    private static final String[] RUSSIAN_MONTHS = {"январ", "феврал", "март", "апрел", "мая", "июн", "июл",
            "август", "сентябр", "октябр", "ноябр", "декабр"};
    /** Kazakh month names, folded (қазан → казан); also ordinary words and a city, so only read next to a number. */
    private static final String[] KAZAKH_MONTHS = {"кантар", "акпан", "наурыз", "сауир", "мамыр", "маусым", "шилде",
            "тамыз", "кыркуйек", "казан", "караша", "желтоксан"};
    /** The first two letters of every Russian and Kazakh month stem: most words are no month, and say so at once. */
    private static final java.util.Set<String> MONTH_STARTS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(RUSSIAN_MONTHS), java.util.Arrays.stream(KAZAKH_MONTHS))
            .map(stem -> stem.substring(0, 2)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Russian ordinal endings written after a day and a hyphen: «24-го», «3-е». */
    private static final java.util.Set<String> ORDINAL_ENDINGS = java.util.Set.of("го", "е", "ого", "ое");
    /** Kyrgyz case forms of «май», read only next to a day («майдан» is also a word). */
    private static final java.util.Set<String> KYRGYZ_MAY = java.util.Set.of("майда", "майга", "майдан", "майдын",
            "майында", "майындагы", "майы");
    private static final Map<String, Integer> ENGLISH_MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Map<String, Integer> DAY_OFFSETS = Map.ofEntries(
            Map.entry("сегодня", 0), Map.entry("today", 0), Map.entry("бугин", 0), Map.entry("бугун", 0),
            Map.entry("завтра", 1), Map.entry("tomorrow", 1), Map.entry("ертен", 1), Map.entry("эртен", 1),
            Map.entry("послезавтра", 2), Map.entry("вчера", -1), Map.entry("yesterday", -1), Map.entry("кеше", -1),
            Map.entry("кечээ", -1));
    /** Weekdays in the form they take after «в/во», in English, and Kazakh/Kyrgyz stems (folded spelling). */
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("понедельник", DayOfWeek.MONDAY), Map.entry("вторник", DayOfWeek.TUESDAY),
            Map.entry("среду", DayOfWeek.WEDNESDAY), Map.entry("четверг", DayOfWeek.THURSDAY),
            Map.entry("пятницу", DayOfWeek.FRIDAY), Map.entry("субботу", DayOfWeek.SATURDAY),
            Map.entry("воскресенье", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, DayOfWeek> TURKIC_WEEKDAYS = Map.of(
            "дуйсенби", DayOfWeek.MONDAY, "сейсенби", DayOfWeek.TUESDAY, "сарсенби", DayOfWeek.WEDNESDAY,
            "бейсенби", DayOfWeek.THURSDAY, "сенби", DayOfWeek.SATURDAY, "жексенби", DayOfWeek.SUNDAY,
            "дуйшомбу", DayOfWeek.MONDAY, "шейшемби", DayOfWeek.TUESDAY, "шаршемби", DayOfWeek.WEDNESDAY,
            "бейшемби", DayOfWeek.THURSDAY);
    private static final java.util.Set<String> TURKIC_WEEKDAY_STARTS = TURKIC_WEEKDAYS.keySet().stream()
            .map(day -> day.substring(0, 2)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<String, Integer> YEAR_WORDS = Map.of("биыл", 0, "быйыл", 0, "былтыр", -1);
    private static final Map<String, Integer> RELATIVE = Map.ofEntries(
            Map.entry("этом", 0), Map.entry("текущем", 0), Map.entry("нынешнем", 0), Map.entry("this", 0),
            Map.entry("агымдагы", 0), Map.entry("ушул", 0), Map.entry("следующем", 1), Map.entry("будущем", 1),
            Map.entry("next", 1), Map.entry("келеси", 1), Map.entry("келерки", 1), Map.entry("прошлом", -1),
            Map.entry("last", -1), Map.entry("откен", -1), Map.entry("откон", -1));

    private DateExpressions() {
    }

    public static List<DateHit> find(List<Token> tokens, LocalDate reference) {
        List<DateHit> hits = new ArrayList<>();
        int covered = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String separator = tokens.get(i).separator();
            if (i > 0 && (separator.equals("—") || separator.equals("–"))
                    && !(tokens.get(i).isNumber() && tokens.get(i - 1).isNumber())) {
                covered = i - 1; // «ТАШКЕНТ, 15 мая — Завтра ...»: a dash ends the dateline's date (not «14–16 мая»)
            }
            try {
                DateHit hit = tokens.get(i).isNumber() ? number(tokens, i, reference) : word(tokens, i, reference);
                if (hit != null && i > covered) {
                    hits.add(hit);
                    covered = i + (hit.precision() == DatePrecision.YEAR ? 1 : LONGEST - 1);
                }
            } catch (DateTimeException | NumberFormatException e) {
                // «31 февраля» and the like: not a date
            }
        }
        return hits;
    }

    private static DateHit word(List<Token> tokens, int i, LocalDate reference) {
        Token t = tokens.get(i);
        String w = t.lower();
        Integer days = DAY_OFFSETS.get(w);
        if (days != null && !kyrgyzMorning(tokens, i)) {
            return day(t, reference.plusDays(days));
        }
        Integer ago = daysAgo(tokens, i);
        if (ago != null) {
            return day(t, reference.minusDays(ago));
        }
        if (w.equals("this") && i + 1 < tokens.size() && PARTS_OF_DAY.contains(tokens.get(i + 1).lower())) {
            return day(t, reference); // "this morning"
        }
        DayOfWeek weekday = weekday(tokens, i);
        if (weekday != null) {
            LocalDate last = reference.with(TemporalAdjusters.previousOrSame(weekday));
            LocalDate next = reference.with(TemporalAdjusters.nextOrSame(weekday));
            DateHit coming = day(t, next);
            DateHit hit = day(t, last);
            return new DateHit(hit.token(), hit.value(), hit.precision(), hit.first(), hit.last(), coming);
        }
        Integer years = YEAR_WORDS.get(w);
        if (years != null) {
            return year(t, reference.getYear() + years);
        }
        Integer relative = RELATIVE.get(w);
        if (relative != null && i + 1 < tokens.size()) {
            String unit = tokens.get(i + 1).lower();
            if (unit.startsWith("год") || unit.equals("year") || unit.startsWith("жыл")) {
                return year(t, reference.getYear() + relative);
            }
            if (unit.startsWith("месяц") || unit.equals("month")) {
                return month(t, YearMonth.from(reference).plusMonths(relative));
            }
            return null;
        }
        DateHit genitive = genitiveMonthDay(tokens, i, reference);
        if (genitive != null) {
            return genitive;
        }
        int month = month(t, false);
        if (month == 0 && t.isCyrillic()) {
            int kazakh = month(t, true);
            boolean monthWord = i + 1 < tokens.size() && tokens.get(i + 1).lower().startsWith("ай");
            month = kazakh > 0 && kazakh != 5 && (turkicLocative(t, kazakh) || monthWord) ? kazakh : 0;
        }
        if (month == 0 || i > 0 && isYear(tokens.get(i - 1).raw())) {
            return null; // «2023 жылғы қазан» is read from the year
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (next != null && isYear(next.raw())) {
            return month(t, YearMonth.of(Integer.parseInt(next.raw()), month));
        }
        if (next != null && TextFolding.isLatin(t.raw().charAt(0)) && isDay(dayDigits(next.raw()))) {
            // "August 21, 2023", "April 24th", "May 14-16" (the first day, covering the range)
            Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            Token lastDay = after != null && isDash(after.separator()) && isDay(after.raw()) ? after : null;
            Token yearToken = lastDay != null ? (i + 3 < tokens.size() ? tokens.get(i + 3) : null) : after;
            int year = yearToken != null && isYear(yearToken.raw()) ? Integer.parseInt(yearToken.raw())
                    : impliedYear(month, reference);
            LocalDate from = LocalDate.of(year, month, Integer.parseInt(dayDigits(next.raw())));
            if (lastDay != null && Integer.parseInt(lastDay.raw()) > from.getDayOfMonth()) {
                LocalDate to = LocalDate.of(year, month, Integer.parseInt(lastDay.raw()));
                return new DateHit(t.index(), from.toString(), DatePrecision.DAY, from, to);
            }
            return day(t, from);
        }
        String previous = i > 0 ? tokens.get(i - 1).lower() : "";
        // «в конце апреля», "in early May", «қаңтар айында», «январь айында»: the month, told by a part of it
        boolean partOf = PART_OF_MONTH.contains(previous) || next != null && next.lower().startsWith("айы")
                || next != null && next.lower().equals("айда");
        if (partOf) {
            return month(t, YearMonth.of(impliedYear(month, reference), month));
        }
        boolean afterDay = i > 0 && tokens.get(i - 1).isNumber() && isDash(t.separator()); // «26-27-январда»
        if (previous.equals("в") || previous.equals("in") || !afterDay && turkicLocative(t, month)) {
            return month(t, YearMonth.of(impliedYear(month, reference), month));
        }
        return null;
    }

    /** «эртең менен»: the Kyrgyz "in the morning", not «эртең», tomorrow. */
    static boolean kyrgyzMorning(List<Token> tokens, int i) {
        return tokens.get(i).lower().equals("эртен") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("менен");
    }

    private static final java.util.Set<String> GENITIVE = java.util.Set.of("нын", "нин", "дын", "дин", "тын", "тин",
            "нун", "дун", "тун");
    private static final java.util.Set<String> PARTS_OF_DAY = java.util.Set.of("morning", "afternoon", "evening");

    /**
     * «мамырдың 12-сі», «мамырдың 12-сінде», «майдын 12синде»: a Kazakh or Kyrgyz month in the genitive, then the day
     * with a possessive ending.
     */
    private static DateHit genitiveMonthDay(List<Token> tokens, int i, LocalDate reference) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (i + 1 >= tokens.size() || !t.isCyrillic() || !GENITIVE.contains(w.substring(Math.max(0, w.length() - 3)))) {
            return null;
        }
        int month = month(t, true);
        String day = leadingDigits(tokens.get(i + 1).raw());
        if (month == 0 || !isDay(day)) {
            return null;
        }
        return day(t, LocalDate.of(yearBefore(tokens, i, month, reference), month, Integer.parseInt(day)));
    }

    private static String leadingDigits(String raw) {
        int n = 0;
        while (n < raw.length() && n < 3 && Character.isDigit(raw.charAt(n))) {
            n++;
        }
        return raw.substring(0, n);
    }

    /** Words before a month that name a part of it: «в начале мая», «в конце апреля», "in early May", "mid-May". */
    private static final java.util.Set<String> PART_OF_MONTH = java.util.Set.of("начале", "конце", "середине",
            "early", "late", "mid", "end", "beginning");
    /** Numbers in words, for «два дня назад», "three days ago", «екі күн бұрын», «эки күн мурун» (folded). */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("два", 2), Map.entry("три", 3), Map.entry("четыре", 4), Map.entry("пять", 5),
            Map.entry("несколько", 3), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("few", 3), Map.entry("еки", 2), Map.entry("эки", 2), Map.entry("уш", 3),
            Map.entry("уч", 3), Map.entry("торт", 4), Map.entry("бес", 5), Map.entry("беш", 5));
    private static final java.util.Set<String> DAY_UNITS = java.util.Set.of("дня", "дней", "days", "кун", "кундон");
    private static final java.util.Set<String> WEEK_UNITS = java.util.Set.of("неделю", "week", "апта", "жума");
    private static final java.util.Set<String> AGO = java.util.Set.of("назад", "ago", "бурын", "мурун");

    /**
     * «три дня назад», "three days ago", «үш күн бұрын», «үч күн мурун», «неделю назад», "a week ago", «бір апта
     * бұрын»: the number of days before the release, or null. Read at the number's word (or the week's).
     */
    private static Integer daysAgo(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        String w = tokens.get(i).lower();
        String next = tokens.get(i + 1).lower();
        if (WEEK_UNITS.contains(w) && AGO.contains(next)) {
            return 7;
        }
        Integer n = tokens.get(i).isNumber() && digits(w, 1, 2) ? Integer.valueOf(w) : NUMBER_WORDS.get(w);
        if (n == null || i + 2 >= tokens.size() || !AGO.contains(tokens.get(i + 2).lower())) {
            return null;
        }
        return DAY_UNITS.contains(next) ? n : WEEK_UNITS.contains(next) || next.equals("недели") || next.equals("weeks")
                ? n * 7 : null;
    }

    /** Kazakh and Kyrgyz locative endings a month alone takes: «маусымда», «сәуірде», «апрелде», «июнунда». */
    private static final List<String> LOCATIVE = List.of("да", "де", "та", "те", "нда", "нде", "ында", "инде",
            "унда", "уйда");

    /**
     * «маусымда», «сәуірде», «апрелде», «июнда»: a Kazakh or Kyrgyz month in the locative names the month without a day
     * or a year; «қазанда» (also "in Kazan", "in the cauldron") and «майда» ("small") are left to a number beside them.
     */
    private static boolean turkicLocative(Token t, int month) {
        String w = t.lower();
        if (month == 10 && w.startsWith("казан") || month == 5) {
            return false;
        }
        String stem = w.startsWith(RUSSIAN_MONTHS[month - 1]) ? RUSSIAN_MONTHS[month - 1] : KAZAKH_MONTHS[month - 1];
        if (!w.startsWith(stem)) {
            return false;
        }
        String ending = w.substring(stem.length());
        return LOCATIVE.contains(ending);
    }

    /** «во вторник», "on Tuesday", «сейсенбіде»; a Russian weekday only after «в/во» («среда» is also a word). */
    private static DayOfWeek weekday(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (TextFolding.isLatin(t.raw().charAt(0))) {
            return t.isCapitalized() ? WEEKDAYS.get(w) : null;
        }
        if (WEEKDAYS.containsKey(w)) {
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            return before.equals("в") || before.equals("во") ? WEEKDAYS.get(w) : null;
        }
        if (w.equals("жума") && i + 1 < tokens.size() && tokens.get(i + 1).lower().startsWith("кун")) {
            return DayOfWeek.FRIDAY; // «жұма күні», «жума күнү»: Friday («жума» alone is also the Kyrgyz week)
        }
        if (w.length() < 2 || !TURKIC_WEEKDAY_STARTS.contains(w.substring(0, 2))) {
            return null;
        }
        for (Map.Entry<String, DayOfWeek> e : TURKIC_WEEKDAYS.entrySet()) {
            if (w.startsWith(e.getKey()) && w.length() <= e.getKey().length() + 3) {
                return e.getValue();
            }
        }
        return null;
    }

    private static DateHit number(List<Token> tokens, int i, LocalDate reference) {
        Token t = tokens.get(i);
        Integer ago = daysAgo(tokens, i);
        if (ago != null) {
            return day(t, reference.minusDays(ago));
        }
        String raw = dayDigits(t.raw());
        int skip = 0;
        if (i + 1 < tokens.size() && isDash(tokens.get(i + 1).separator())
                && ORDINAL_ENDINGS.contains(tokens.get(i + 1).lower())) {
            skip = 1; // «24-го апреля», «3-е марта»
        }
        Token next = i + 1 + skip < tokens.size() ? tokens.get(i + 1 + skip) : null;
        Token after = i + 2 + skip < tokens.size() ? tokens.get(i + 2 + skip) : null;
        if (isDay(raw) && next != null && after != null && next.separator().equals(".") && after.separator().equals(".")
                && digits(next.raw(), 1, 2) && isYear(after.raw())) {
            return day(t, LocalDate.of(Integer.parseInt(after.raw()), Integer.parseInt(next.raw()), Integer.parseInt(raw)));
        }
        if (isDay(raw) && next != null && after != null && isDay(next.raw()) && isDash(next.separator())) {
            // «12–13 марта», "15-17 May": the first day, covering the range
            int month = month(after, true);
            if (month > 0) {
                Token yearToken = i + 3 < tokens.size() ? tokens.get(i + 3) : null;
                int year = yearToken != null && isYear(yearToken.raw()) ? Integer.parseInt(yearToken.raw()) : yearBefore(tokens, i, month, reference);
                LocalDate from = LocalDate.of(year, month, Integer.parseInt(raw));
                LocalDate to = LocalDate.of(year, month, Integer.parseInt(next.raw()));
                return new DateHit(t.index(), from.toString(), DatePrecision.DAY, from, to.isBefore(from) ? from : to);
            }
        }
        if (isDay(raw) && next != null && after != null && next.lower().equals("of") && month(after, false) > 0) {
            int month = month(after, false); // "the 12th of May"
            return day(t, LocalDate.of(impliedYear(month, reference), month, Integer.parseInt(raw)));
        }
        if (isDay(raw) && next != null) {
            int month = month(next, true);
            if (month > 0) {
                int year = after != null && isYear(after.raw()) ? Integer.parseInt(after.raw()) : yearBefore(tokens, i, month, reference);
                return day(t, LocalDate.of(year, month, Integer.parseInt(raw)));
            }
        }
        if (!isYear(raw)) {
            return null;
        }
        int year = Integer.parseInt(raw);
        String unit = next == null ? "" : next.lower();
        if (unit.startsWith("жыл") && after != null) {
            int month = month(after, true);
            if (month > 0) {
                return month(t, YearMonth.of(year, month));
            }
            if (isDay(after.raw()) && i + 3 < tokens.size() && month(tokens.get(i + 3), true) > 0) {
                return null; // «2024 жылғы 21 тамыз»: read from the day
            }
        }
        boolean yearWord = unit.startsWith("год") || unit.equals("г") || unit.equals("year") || unit.startsWith("жыл");
        boolean in = i > 0 && tokens.get(i - 1).lower().equals("in");
        return yearWord || in ? year(t, year) : null;
    }

    /** A year written before the day and month: «2024 жылғы 21 тамызда». */
    private static int yearBefore(List<Token> tokens, int i, int month, LocalDate reference) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (isYear(tokens.get(j).raw()) && tokens.get(j + 1).lower().startsWith("жыл")) {
                return Integer.parseInt(tokens.get(j).raw());
            }
        }
        return impliedYear(month, reference);
    }

    /**
     * The year of a month named without one: the release's, except across the turn of the year — December told in a
     * January release is last December, January told in a December release is next January (ten months or more
     * between the month and the release's month).
     */
    static int impliedYear(int month, LocalDate reference) {
        int gap = month - reference.getMonthValue();
        if (month > 0 && gap >= 10) {
            return reference.getYear() - 1;
        }
        if (month > 0 && gap <= -10) {
            return reference.getYear() + 1;
        }
        return reference.getYear();
    }

    static int month(Token token, boolean kazakhNames) {
        String w = token.lower();
        if (TextFolding.isLatin(token.raw().charAt(0))) {
            // English months are capitalised; "may", "march" and "august" are also ordinary words
            return token.isCapitalized() ? ENGLISH_MONTHS.getOrDefault(w, 0) : 0;
        }
        if (w.equals("мая") || w.equals("мае") || w.equals("май")) {
            return 5; // exact only: «майор», «майдан»
        }
        if (kazakhNames && KYRGYZ_MAY.contains(w)) {
            return 5; // «14-майда», «14-майга»: next to a number only
        }
        if (w.length() < 2 || !MONTH_STARTS.contains(w.substring(0, 2))) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            if (m != 4 && w.startsWith(RUSSIAN_MONTHS[m]) && w.length() <= RUSSIAN_MONTHS[m].length() + 6) {
                return m + 1;
            }
        }
        if (kazakhNames) {
            for (int m = 0; m < 12; m++) {
                if (w.startsWith(KAZAKH_MONTHS[m]) && w.length() <= KAZAKH_MONTHS[m].length() + 6) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    private static boolean isDash(String separator) {
        return separator.equals("-") || separator.equals("–") || separator.equals("—");
    }

    /** Whether {@code raw} is {@code min} to {@code max} ASCII digits: what "\\d{min,max}" matched, without a regex per token. */
    private static boolean digits(String raw, int min, int max) {
        if (raw.length() < min || raw.length() > max) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDay(String raw) {
        return digits(raw, 1, 2) && Integer.parseInt(raw) >= 1 && Integer.parseInt(raw) <= 31;
    }

    private static boolean isYear(String raw) {
        return digits(raw, 4, 4) && Integer.parseInt(raw) >= 1900 && Integer.parseInt(raw) <= 2100;
    }

    /** "24th", "1st", "2nd", "3rd": the digits of an English ordinal day; anything else as it is. */
    private static String dayDigits(String raw) {
        int n = raw.length();
        if (n >= 3 && n <= 4 && Character.isDigit(raw.charAt(0)) && Character.isLetter(raw.charAt(n - 1))) {
            String suffix = raw.substring(n - 2).toLowerCase(java.util.Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                return raw.substring(0, n - 2);
            }
        }
        return raw;
    }

    /** {@code String.format("%0<width>d")} for the non-negative years and months here, without a Formatter per date. */
    private static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static DateHit day(Token t, LocalDate date) {
        return new DateHit(t.index(), date.toString(), DatePrecision.DAY, date, date);
    }

    private static DateHit month(Token t, YearMonth month) {
        return new DateHit(t.index(), padded(month.getYear(), 4) + "-" + padded(month.getMonthValue(), 2),
                DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    private static DateHit year(Token t, int year) {
        return new DateHit(t.index(), padded(year, 4), DatePrecision.YEAR,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
