package org.communique.platform.net;

/**
 * A target whose host name does not resolve (now). Unlike the other refusals this is not the URL's
 * fault for good: a delivery should record it as a failed attempt and retry it on its schedule.
 */
public class UnresolvedTargetException extends RefusedTargetException {

    public UnresolvedTargetException(String message) {
        super(message);
    }
}
