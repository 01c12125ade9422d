package org.communique.notifier.webhooks;

/**
 * What one attempt produced: a status code, or an error that never includes the target's response.
 */
record SendResult(Integer statusCode, String error, long durationMillis) {

    static SendResult status(int statusCode, long durationMillis) {
        return new SendResult(statusCode, null, durationMillis);
    }

    static SendResult error(String error, long durationMillis) {
        return new SendResult(null, error, durationMillis);
    }

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
