package org.communique.ingest.releases;

import org.communique.platform.problem.Violations;
import org.communique.platform.problem.ProblemException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import com.google.re2j.Pattern;

/**
 * Checks a submission field by field and turns it into a {@link ReleaseDraft}; every violation is
 * reported at once, as a 400 problem listing the fields.
 */
public final class SubmissionValidator {

    public static final int MAX_EXTERNAL_ID_LENGTH = 256;
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_TITLE_LENGTH = 1_000;
    /** Characters of plain text, after markup is removed. */
    public static final int MAX_BODY_LENGTH = 200_000;

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private SubmissionValidator() {
    }

    public static ReleaseDraft validate(ReleaseSubmission submission) {
        if (submission == null) {
            throw ProblemException.badRequest("the request body must be a JSON object describing the release", null);
        }
        Violations violations = new Violations();
        String externalId = externalId(submission.externalId(), violations);
        Optional<ReleaseUrl> url = url(submission.url(), violations);
        String title = text("title", submission.title(), MAX_TITLE_LENGTH, violations, PlainText::singleLine);
        String body = text("body", submission.body(), MAX_BODY_LENGTH, violations, PlainText::of);
        String language = language(submission.language(), violations);
        Instant publishedAt = publishedAt(submission.publishedAt(), violations);
        violations.throwIfAny();
        return new ReleaseDraft(externalId, url.map(ReleaseUrl::url).orElse(null),
                url.map(ReleaseUrl::canonical).orElse(null), language, title, body, publishedAt,
                ContentHash.of(title, body));
    }

    private static String externalId(String value, Violations violations) {
        if (value == null) {
            return null;
        }
        String id = value.strip();
        if (id.isEmpty()) {
            violations.add("externalId", "must not be blank when present");
        } else if (id.length() > MAX_EXTERNAL_ID_LENGTH) {
            violations.add("externalId", "must be at most " + MAX_EXTERNAL_ID_LENGTH + " characters");
        } else if (CONTROL.matcher(id).find()) {
            violations.add("externalId", "must not contain control characters");
        }
        return id;
    }

    private static Optional<ReleaseUrl> url(String value, Violations violations) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > MAX_URL_LENGTH) {
            violations.add("url", "must be at most " + MAX_URL_LENGTH + " characters");
            return Optional.empty();
        }
        Optional<ReleaseUrl> url = ReleaseUrl.parse(value);
        if (url.isEmpty()) {
            violations.add("url", "must be an absolute http or https URL");
        }
        return url;
    }

    private static String text(String field, String value, int maxLength, Violations violations,
                               UnaryOperator<String> toPlainText) {
        if (value == null) {
            violations.add(field, "is required");
            return null;
        }
        String text = toPlainText.apply(value);
        if (text.isEmpty()) {
            violations.add(field, "must not be blank");
        } else if (text.length() > maxLength) {
            violations.add(field, "must be at most " + maxLength + " characters of text");
        }
        return text;
    }

    private static String language(String value, Violations violations) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches() || !LANGUAGES.contains(code)) {
            violations.add("language", "must be an ISO 639-1 two-letter language code, such as ru, kk, ky or en");
            return null;
        }
        return code;
    }

    private static Instant publishedAt(String value, Violations violations) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            if (instant.isBefore(Instant.parse("1900-01-01T00:00:00Z"))
                    || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            // PostgreSQL keeps microseconds: what is stored is what gets published
            return instant.truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            violations.add("publishedAt", "must be an ISO 8601 date-time with an offset, such as 2026-03-14T10:30:00+05:00");
            return null;
        }
    }
}
