package org.communique.platform.net;

/** A URL that must not be called (webhook, feed, page); the message is safe to show to the subscriber. */
public class RefusedTargetException extends Exception {

    public RefusedTargetException(String message) {
        super(message);
    }
}
