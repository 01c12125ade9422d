package org.communique.notifier.webhooks;

/** A webhook URL that must not be called; the message is safe to show to the subscriber. */
public class RefusedTargetException extends Exception {

    public RefusedTargetException(String message) {
        super(message);
    }
}
