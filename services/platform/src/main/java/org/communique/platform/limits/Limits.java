package org.communique.platform.limits;

import org.communique.platform.problem.ProblemException;

import java.time.Duration;
import java.util.Map;

/**
 * Answers for callers that went past a limit: 429 with {@code Retry-After} for rates, 422 for a quota
 * that stays used until something is deleted. One wording in every service.
 */
public final class Limits {

    /** The environment variable that raises every limit on purpose (load tests, benchmarks). */
    public static final String RAISE_ENV = "COMMUNIQUE_RAISE_LIMITS";

    private Limits() {
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(429, "rate-limited", "Too many requests", detail, null,
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /** A quota that is used up until the caller frees some of it (deletes a subscription...). */
    public static ProblemException quotaExceeded(String detail) {
        return new ProblemException(429, "quota-exceeded", "Quota exceeded", detail, null,
                Map.of("Retry-After", "3600"));
    }

    static String describe(Duration period) {
        if (period.toHours() > 0 && period.toMinutesPart() == 0 && period.toSecondsPart() == 0) {
            return period.toHours() == 1 ? "hour" : period.toHours() + " hours";
        }
        if (period.toMinutes() > 0 && period.toSecondsPart() == 0) {
            return period.toMinutes() == 1 ? "minute" : period.toMinutes() + " minutes";
        }
        return period.toSeconds() <= 1 ? "second" : period.toSeconds() + " seconds";
    }
}
