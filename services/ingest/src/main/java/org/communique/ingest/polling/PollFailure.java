package org.communique.ingest.polling;

/** Why a poll could not read its source: the poll fails, is retried with back-off, and counts against health. */
public class PollFailure extends RuntimeException {

    public PollFailure(String message) {
        super(message);
    }

    public PollFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
