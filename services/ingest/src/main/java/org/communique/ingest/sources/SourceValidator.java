package org.communique.ingest.sources;

import org.communique.ingest.IngestConfig;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.TargetGuard;
import org.communique.platform.problem.Violations;
import org.communique.ingest.releases.ReleaseUrl;
import org.communique.platform.problem.ProblemException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import com.google.re2j.Pattern;
import java.util.stream.Collectors;

/** Checks a source request field by field; every violation is reported at once, as a 400 problem. */
final class SourceValidator {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_SELECTOR_LENGTH = 500;
    static final Duration MAX_POLL_INTERVAL = Duration.ofDays(7);
    static final int MAX_RATE_LIMIT = 1_000_000;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final String KINDS = Arrays.stream(SourceKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private SourceValidator() {
    }

    static SourceDefinition validate(SourceRequest request, IngestConfig.Sources config, TargetGuard guard) {
        if (request == null) {
            throw ProblemException.badRequest("the request body must be a JSON object describing the source", null);
        }
        Violations violations = new Violations();
        String name = name(request.name(), violations);
        SourceKind kind = kind(request.kind(), violations);
        String country = country(request.country(), violations);
        String language = language(request.language(), violations);
        String url = url(request.url(), kind, guard, violations);
        Duration pollInterval = pollInterval(request.pollInterval(), kind, config, violations);
        SourceDefinition.HtmlSelectors selectors = selectors(request.selectors(), kind, violations);
        Integer rateLimit = rateLimit(request.rateLimitPerMinute(), kind, violations);
        violations.throwIfAny();
        return new SourceDefinition(name, kind, country, language, url, pollInterval, selectors, rateLimit,
                request.enabled() == null || request.enabled());
    }

    private static String name(String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add("name", "is required");
            return null;
        }
        String name = value.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            violations.add("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        } else if (CONTROL.matcher(name).find()) {
            violations.add("name", "must not contain control characters");
        }
        return name;
    }

    private static SourceKind kind(String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add("kind", "is required, one of " + KINDS);
            return null;
        }
        try {
            return SourceKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add("kind", "must be one of " + KINDS);
            return null;
        }
    }

    private static String country(String value, Violations violations) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            violations.add("country", "must be an ISO 3166-1 alpha-2 country code, such as KZ or KG");
            return null;
        }
        return code;
    }

    private static String language(String value, Violations violations) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (code.length() != 2 || !LANGUAGES.contains(code)) {
            violations.add("language", "must be an ISO 639-1 two-letter language code, such as ru, kk, ky or en");
            return null;
        }
        return code;
    }

    /**
     * An absolute http(s) URL the address guard accepts in form: a port from 1 to 65535, a valid host name or
     * public IP literal, no credentials. Names are resolved and judged on every fetch, not here.
     */
    private static String url(String value, SourceKind kind, TargetGuard guard, Violations violations) {
        if (blank(value)) {
            if (kind != null && kind.polled()) {
                violations.add("url", "is required for " + kind + " sources");
            }
            return null;
        }
        if (value.length() > MAX_URL_LENGTH) {
            violations.add("url", "must be at most " + MAX_URL_LENGTH + " characters");
            return null;
        }
        try {
            guard.checkForm(value.strip());
        } catch (RefusedTargetException e) {
            violations.add("url", e.getMessage());
            return null;
        }
        return ReleaseUrl.parse(value).map(ReleaseUrl::url).orElseGet(() -> {
            violations.add("url", "must be an absolute http or https URL");
            return null;
        });
    }

    private static Duration pollInterval(String value, SourceKind kind, IngestConfig.Sources config,
                                         Violations violations) {
        if (kind == null) {
            return null;
        }
        if (!kind.polled()) {
            if (!blank(value)) {
                violations.add("pollInterval", "applies only to RSS, ATOM and HTML sources");
            }
            return null;
        }
        if (blank(value)) {
            return config.defaultPollInterval();
        }
        try {
            Duration interval = Duration.parse(value.strip());
            if (interval.compareTo(config.minPollInterval()) < 0 || interval.compareTo(MAX_POLL_INTERVAL) > 0) {
                violations.add("pollInterval", "must be between " + config.minPollInterval() + " and "
                        + MAX_POLL_INTERVAL);
                return null;
            }
            return Duration.ofSeconds(Math.max(1, interval.toSeconds()));
        } catch (DateTimeParseException e) {
            violations.add("pollInterval", "must be an ISO-8601 duration, such as PT15M");
            return null;
        }
    }

    private static SourceDefinition.HtmlSelectors selectors(SourceRequest.Selectors value, SourceKind kind,
                                                            Violations violations) {
        if (kind != SourceKind.HTML) {
            if (kind != null && value != null) {
                violations.add("selectors", "apply only to HTML sources");
            }
            return null;
        }
        if (value == null) {
            violations.add("selectors", "are required for HTML sources: list, title and body (date is optional)");
            return null;
        }
        String list = selector("selectors.list", value.list(), true, violations);
        String title = selector("selectors.title", value.title(), true, violations);
        String body = selector("selectors.body", value.body(), true, violations);
        String date = selector("selectors.date", value.date(), false, violations);
        return new SourceDefinition.HtmlSelectors(list, title, body, date);
    }

    private static String selector(String field, String value, boolean required, Violations violations) {
        if (blank(value)) {
            if (required) {
                violations.add(field, "is required");
            }
            return null;
        }
        String selector = value.strip();
        if (selector.length() > MAX_SELECTOR_LENGTH) {
            violations.add(field, "must be at most " + MAX_SELECTOR_LENGTH + " characters");
            return null;
        }
        try {
            QueryParser.parse(selector);
            return selector;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            violations.add(field, "must be a CSS selector (" + e.getMessage() + ")");
            return null;
        }
    }

    private static Integer rateLimit(Integer value, SourceKind kind, Violations violations) {
        if (value == null || value == 0) {
            return null;
        }
        if (kind != null && kind.polled()) {
            violations.add("rateLimitPerMinute", "applies only to PUSH sources");
        } else if (value < 1 || value > MAX_RATE_LIMIT) {
            violations.add("rateLimitPerMinute", "must be from 1 to " + MAX_RATE_LIMIT + " (0 for the default)");
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
