package org.communique.platform.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * What went wrong when calling an outside address, in words fit for the owner of the target: one kind,
 * whether trying again later makes sense, and a message that never carries an exception's type name,
 * an address or a URL. Every outbound caller (webhook delivery, feed and page fetches) classifies its
 * failures here, so that a target that does not resolve or refuses connections is recorded and retried
 * like any other failed attempt instead of escaping as an unexpected exception.
 */
public record NetFailure(Kind kind, boolean retryable, String message) {

    public enum Kind {
        /** the host name did not resolve (NXDOMAIN, no answer in time, no records) */
        RESOLUTION,
        /** refused, unreachable or reset while connecting */
        CONNECTION,
        /** no connection or no response in time */
        TIMEOUT,
        /** the TLS handshake or certificate check failed */
        TLS,
        /** the guard refused the target (private address, bad form); retrying will not help */
        REFUSED,
        /** the connection broke after it was made */
        IO,
        /** anything else (a bug on our side, not the target's) */
        OTHER
    }

    /** Classifies a failure, looking through the wrappers of futures and event loops. */
    public static NetFailure classify(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof UnresolvedTargetException || cause instanceof UnknownHostException) {
            return new NetFailure(Kind.RESOLUTION, true, "host does not resolve");
        }
        if (cause instanceof RefusedTargetException refused) {
            return new NetFailure(Kind.REFUSED, false, "target refused: " + ErrorText.sanitize(refused.getMessage()));
        }
        if (cause instanceof HttpConnectTimeoutException || isConnectTimeout(cause)) {
            return new NetFailure(Kind.TIMEOUT, true, "connect timed out");
        }
        if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException
                || cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException) {
            return new NetFailure(Kind.TIMEOUT, true, "no response in time");
        }
        if (cause instanceof NoRouteToHostException || cause instanceof PortUnreachableException) {
            return new NetFailure(Kind.CONNECTION, true, "host unreachable");
        }
        if (cause instanceof ConnectException) {
            return new NetFailure(Kind.CONNECTION, true, "connection refused or unreachable");
        }
        if (cause instanceof UnexpectedPeerException) {
            return new NetFailure(Kind.CONNECTION, true, "connected to another address than the one checked");
        }
        if (cause instanceof SSLException) {
            return new NetFailure(Kind.TLS, true, "TLS handshake or certificate check failed");
        }
        if (cause instanceof IOException) {
            return new NetFailure(Kind.IO, true, "connection failed while talking to the target");
        }
        return new NetFailure(Kind.OTHER, true, "internal error while calling the target");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; depth < 8 && cause != null; depth++) {
            boolean wrapper = cause instanceof ExecutionException || cause instanceof CompletionException
                    || (cause.getClass() == RuntimeException.class && cause.getCause() != null);
            if (!wrapper || cause.getCause() == null) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause == null ? failure : cause;
    }

    /** Netty's ConnectTimeoutException (a ConnectException) and the like, without depending on Netty. */
    private static boolean isConnectTimeout(Throwable cause) {
        return cause instanceof ConnectException && cause.getClass().getSimpleName().contains("Timeout");
    }
}
