package org.communique.platform.net;

import java.io.IOException;

/** A pinned connection ended up at another address than the one checked; nothing was sent (see {@link PinnedRequests}). */
public final class UnexpectedPeerException extends IOException {

    public UnexpectedPeerException() {
        super("unexpected peer address");
    }
}
