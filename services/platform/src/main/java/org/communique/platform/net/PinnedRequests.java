package org.communique.platform.net;

import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Outbound HTTP requests that go to an address {@link TargetGuard} checked and nowhere else: the socket is
 * opened to that address ({@code RequestOptions.setServer}), while the URL's name stays the Host header, the
 * TLS server name (SNI) and the name the certificate is verified against. The name is therefore resolved
 * once, by the guard, and a DNS answer that changes after the check (rebinding: public first, 127.0.0.1
 * next) cannot move the connection. {@code java.net.http} cannot do this, since it always resolves the name
 * itself; Vert.x' client can. Used by the notifier's webhook delivery and ingest's feed and page fetches.
 *
 * <p>As a second line, {@link #connectedTo} compares the connection's peer with the checked address
 * before anything is sent.
 */
public final class PinnedRequests {

    private PinnedRequests() {
    }

    /**
     * Client options every pinned caller shares: certificates verified against the host name, SNI always
     * sent (also for names the client would not otherwise send it for), no redirects followed by the client
     * (each hop must be checked first) and no transparent decompression (callers bound it themselves).
     */
    public static HttpClientOptions clientOptions(Duration connectTimeout) {
        return new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setDecompressionSupported(false)
                .setMaxRedirects(0);
    }

    /** A request to {@code address}, one of the target's checked addresses, for the target's URL. */
    public static RequestOptions options(ResolvedTarget target, InetAddress address, HttpMethod method) {
        if (!target.addresses().contains(address)) {
            throw new IllegalArgumentException("not an address the target was checked against");
        }
        String host = target.host();
        return new RequestOptions()
                .setMethod(method)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, target.port())))
                .setHost(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setFollowRedirects(false);
    }

    /** Whether the request's connection is to {@code expected}; anything else is reset, unsent. */
    public static boolean connectedTo(HttpClientRequest request, InetAddress expected) {
        SocketAddress peer = request.connection().remoteAddress();
        if (peer == null || peer.hostAddress() == null) {
            return false;
        }
        try {
            // an IP literal: InetAddress performs no lookup for it
            return InetAddress.getByName(peer.hostAddress()).equals(expected);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
