package org.communique.enrichment.api;

import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads {@code publishedAt} as given by a client: an ISO date, or a date-time with or without an offset. */
final class PublicationDates {

    private PublicationDates() {
    }

    /** The calendar date of the value as written (a date-time keeps its own offset's date); null stays null. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                try {
                    return LocalDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw ProblemException.badRequest("publishedAt: not an ISO date or date-time: " + v,
                            List.of(new Problem.FieldError("publishedAt",
                                    "must be an ISO date (2024-02-01) or date-time (2024-02-01T10:00:00Z)")));
                }
            }
        }
    }
}
