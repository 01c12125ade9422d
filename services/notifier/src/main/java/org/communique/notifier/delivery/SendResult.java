package org.communique.notifier.delivery;

/**
 * What one attempt produced: a status code, or an error that never includes the target's response.
 *
 * @param retryAfter the target's {@code Retry-After} header as sent, or null; parsed against the service's
 *                   clock when the outcome is recorded
 */
public record SendResult(Integer statusCode, String error, long durationMillis, String retryAfter) {

    public static SendResult status(int statusCode, long durationMillis) {
        return new SendResult(statusCode, null, durationMillis, null);
    }

    public static SendResult status(int statusCode, long durationMillis, String retryAfter) {
        return new SendResult(statusCode, null, durationMillis, retryAfter);
    }

    public static SendResult error(String error, long durationMillis) {
        return new SendResult(null, error, durationMillis, null);
    }

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    /** 429 and 503 may say when to come back. */
    public boolean mayAskToComeBackLater() {
        return retryAfter != null && statusCode != null && (statusCode == 429 || statusCode == 503);
    }
}
