package org.communique.ingest.polling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Finds a publication date in what a page shows: ISO 8601 (with or without offset), RFC 1123, "14.05.2026
 * 10:30", "14 мая 2026", "14 May 2026", "May 14, 2026". A date without an offset is taken as UTC.
 */
final class PublishedDates {

    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DOTTED = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(?:\\D{0,12}?(\\d{1,2}):(\\d{2}))?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:\\D{0,12}?(\\d{1,2}):(\\d{2}))?");

    private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:?\\d{2}$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    /** Month names and their stems, Russian (both cases), Kazakh, Kyrgyz and English. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("январ", 1), Map.entry("феврал", 2), Map.entry("март", 3), Map.entry("апрел", 4),
            Map.entry("ма", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("август", 8),
            Map.entry("сентябр", 9), Map.entry("октябр", 10), Map.entry("ноябр", 11), Map.entry("декабр", 12),
            Map.entry("қаңтар", 1), Map.entry("ақпан", 2), Map.entry("наурыз", 3), Map.entry("сәуір", 4),
            Map.entry("мамыр", 5), Map.entry("маусым", 6), Map.entry("шілде", 7), Map.entry("тамыз", 8),
            Map.entry("қыркүйек", 9), Map.entry("қазан", 10), Map.entry("қараша", 11), Map.entry("желтоқсан", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private PublishedDates() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            // not RFC 1123; try the others
        }
        return iso(value).or(() -> dotted(value)).or(() -> dayMonthYear(value)).or(() -> monthDayYear(value));
    }

    private static Optional<Instant> iso(String value) {
        Matcher iso = ISO.matcher(value);
        if (!iso.find()) {
            return Optional.empty();
        }
        String found = iso.group().replace(' ', 'T');
        try {
            if (found.length() == 10) {
                return Optional.of(LocalDate.parse(found).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (found.endsWith("Z") || OFFSET.matcher(found).find()) {
                String withColon = OFFSET_WITHOUT_COLON.matcher(found).replaceFirst("$1:$2");
                return Optional.of(OffsetDateTime.parse(withColon).toInstant());
            }
            return Optional.of(LocalDateTime.parse(found).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> dotted(String value) {
        Matcher dotted = DOTTED.matcher(value);
        if (!dotted.find()) {
            return Optional.empty();
        }
        return at(dotted.group(3), dotted.group(2), dotted.group(1), dotted.group(4), dotted.group(5));
    }

    private static Optional<Instant> dayMonthYear(String value) {
        Matcher matcher = DAY_MONTH_YEAR.matcher(value);
        while (matcher.find()) {
            Optional<Integer> month = month(matcher.group(2));
            if (month.isPresent()) {
                return at(matcher.group(3), month.get().toString(), matcher.group(1), matcher.group(4), matcher.group(5));
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> monthDayYear(String value) {
        Matcher matcher = MONTH_DAY_YEAR.matcher(value);
        while (matcher.find()) {
            Optional<Integer> month = month(matcher.group(1));
            if (month.isPresent()) {
                return at(matcher.group(3), month.get().toString(), matcher.group(2), matcher.group(4), matcher.group(5));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        // the longest stem that starts the word: "мая" is May, "марта" is March
        return MONTHS.entrySet().stream()
                .filter(entry -> lower.startsWith(entry.getKey()))
                .filter(entry -> !entry.getKey().equals("ма") || lower.equals("мая") || lower.equals("май"))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private static Optional<Instant> at(String year, String month, String day, String hour, String minute) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            LocalTime time = hour == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
            return Optional.of(date.atTime(time).toInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
