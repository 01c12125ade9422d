package org.communique.ingest.polling;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communique.ingest.IngestConfig;
import org.communique.platform.net.NetFailure;
import org.communique.platform.net.PinnedRequests;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.ResolvedTarget;
import org.communique.platform.net.TargetGuard;
import org.communique.platform.net.UnexpectedPeerException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * GETs feeds and pages: conditional when validators are known, bounded in time (connect, each response, and
 * the whole fetch with its redirects) and in size (body as sent and once gzip is undone), gzip understood.
 * Redirects are followed here rather than by the client, at most {@value #MAX_REDIRECTS} and never from https
 * to http, so that each target can be checked before it is asked: every hop must pass the platform's
 * {@link TargetGuard} (public addresses only, unless allowlisted in the local and test profiles), and an
 * article page may only redirect within its source's site. A refused hop is never requested.
 *
 * <p>Each hop's name is resolved once, by the guard (with its time bound), and the connection goes to one of
 * exactly the addresses it checked ({@link PinnedRequests}); the name remains the Host header, the TLS server
 * name and the name the certificate must match. A name that answers a public address to the check and
 * 127.0.0.1 afterwards (DNS rebinding) therefore never reaches 127.0.0.1. If a checked address refuses the
 * connection, the next checked one is tried.
 *
 * <p>Blocks its caller (a polling thread, never an event loop) until the response is complete; the exchange
 * itself runs on a Vert.x event loop.
 */
@ApplicationScoped
public class HttpFetcher {

    static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, */*;q=0.5";
    static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** What one exchange brought back. */
    private record Response(int status, String etag, String lastModified, String contentType, String location,
                            String contentEncoding, byte[] body) {
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final Duration timeout;
    private final Duration totalTimeout;
    private final int maxBytes;
    private final int maxDecompressedBytes;
    private final String userAgent;
    private final TargetGuard guard;

    @Inject
    HttpFetcher(Vertx vertx, IngestConfig config, TargetGuard guard) {
        this(vertx, config.polling().connectTimeout(), config.polling().timeout(), config.polling().totalTimeout(),
                config.polling().maxResponseBytes(), config.polling().maxDecompressedBytes(),
                config.polling().userAgent(), guard);
    }

    HttpFetcher(Vertx vertx, Duration connectTimeout, Duration timeout, Duration totalTimeout, int maxBytes,
                int maxDecompressedBytes, String userAgent, TargetGuard guard) {
        this.vertx = vertx;
        this.timeout = timeout;
        this.totalTimeout = totalTimeout;
        this.maxBytes = maxBytes;
        this.maxDecompressedBytes = maxDecompressedBytes;
        this.userAgent = userAgent;
        this.guard = guard;
        this.client = vertx.createHttpClient(PinnedRequests.clientOptions(connectTimeout)
                .setKeepAlive(true)
                .setKeepAliveTimeout(10));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    Fetched fetch(URI uri, String accept, Validators validators) {
        return fetch(uri, accept, validators, target -> true);
    }

    /** As {@link #fetch(URI, String, Validators)}, refusing to follow a redirect to a target {@code allowed} rejects. */
    Fetched fetch(URI uri, String accept, Validators validators, Predicate<URI> allowed) {
        URI current = uri;
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        for (int redirects = 0; ; redirects++) {
            ResolvedTarget target = checkTarget(current, redirects == 0 ? null : uri);
            Fetched fetched = fetchOnce(target, accept, validators, deadline);
            if (fetched.location() == null) {
                return fetched;
            }
            URI next = redirectTarget(current, fetched.location());
            if (redirects == MAX_REDIRECTS) {
                throw new PollFailure("more than " + MAX_REDIRECTS + " redirects from " + uri);
            }
            if (!allowed.test(next)) {
                throw new PollFailure("redirect from " + current + " to " + next + " leaves the source's site");
            }
            current = next;
        }
    }

    /** Resolves and checks a target, before any request is made to it: the addresses it may be fetched from. */
    private ResolvedTarget checkTarget(URI target, URI redirectedFrom) {
        try {
            return guard.check(target);
        } catch (RefusedTargetException e) {
            throw new PollFailure((redirectedFrom == null ? "the URL " : "a redirect from " + redirectedFrom + " ")
                    + NetFailure.classify(e).message().replace("target refused: ", "was refused: "));
        }
    }

    private static URI redirectTarget(URI from, String location) {
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new PollFailure("unreadable redirect location from " + from);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || next.getHost() == null) {
            throw new PollFailure("redirect from " + from + " to something other than an http(s) URL");
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
            throw new PollFailure("redirect from " + from + " downgrades https to http");
        }
        return next;
    }

    private Fetched fetchOnce(ResolvedTarget target, String accept, Validators validators, long deadline) {
        URI uri = target.url();
        Response response = null;
        for (int i = 0; response == null; i++) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new PollFailure("no complete response from " + uri + " within " + totalTimeout + " in all");
            }
            Duration wait = left.compareTo(timeout) < 0 ? left : timeout;
            InetAddress address = target.addresses().get(i);
            try {
                response = exchange(uri, address, request(target, address, accept, validators), wait);
            } catch (PollFailure failure) {
                // refused or unreachable: another checked address of the same name may answer
                boolean refused = failure.getCause() != null
                        && NetFailure.classify(failure.getCause()).kind() == NetFailure.Kind.CONNECTION;
                if (!refused || i + 1 == target.addresses().size()) {
                    throw failure;
                }
            }
        }
        int status = response.status();
        if (status == 304) {
            return new Fetched(304, new byte[0], response.contentType(), response.etag(), response.lastModified(),
                    uri, null);
        }
        if (REDIRECTS.contains(status)) {
            if (response.location() == null) {
                throw new PollFailure("HTTP " + status + " without a Location from " + uri);
            }
            return Fetched.redirect(status, response.location(), uri);
        }
        if (status < 200 || status > 299) {
            throw new PollFailure("HTTP " + status + " from " + uri);
        }
        boolean gzipped = "gzip".equalsIgnoreCase(response.contentEncoding());
        byte[] body = gzipped ? gunzip(response.body(), uri) : response.body();
        return new Fetched(status, body, response.contentType(), response.etag(), response.lastModified(), uri, null);
    }

    private RequestOptions request(ResolvedTarget target, InetAddress address, String accept, Validators validators) {
        RequestOptions request = PinnedRequests.options(target, address, HttpMethod.GET)
                .putHeader("User-Agent", userAgent)
                .putHeader("Accept", accept)
                .putHeader("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            request.putHeader("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.putHeader("If-Modified-Since", validators.lastModified());
        }
        return request;
    }

    /**
     * One GET to one checked address, waited for at most {@code wait} (headers and body); a request still going
     * then is reset. The exchange runs on one event-loop context, so the response's handlers are in place
     * before its first bytes are handed over.
     */
    private Response exchange(URI uri, InetAddress address, RequestOptions options, Duration wait) {
        CompletableFuture<Response> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Context context = vertx.getOrCreateContext();
        context.runOnContext(start -> client.request(options)
                .compose(request -> {
                    sent.set(request);
                    if (abandoned.get()) {
                        request.reset();
                        return Future.failedFuture(new PollFailure("abandoned"));
                    }
                    if (!PinnedRequests.connectedTo(request, address)) {
                        request.reset();
                        return Future.failedFuture(new UnexpectedPeerException());
                    }
                    return request.send();
                })
                .compose(this::read)
                .onComplete(done -> {
                    if (done.succeeded()) {
                        result.complete(done.result());
                    } else {
                        result.completeExceptionally(done.cause());
                    }
                }));
        try {
            return result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(context, sent, abandoned);
            throw new PollFailure("no complete response from " + uri + " within " + wait.toMillis() + " ms");
        } catch (InterruptedException e) {
            abandon(context, sent, abandoned);
            Thread.currentThread().interrupt();
            throw new PollFailure("interrupted while reading " + uri, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    /** Collects the body, resetting the request as soon as it grows past the limit. */
    private Future<Response> read(HttpClientResponse response) {
        Promise<Response> read = Promise.promise();
        Buffer body = Buffer.buffer();
        response.exceptionHandler(read::tryFail);
        response.handler(chunk -> {
            if (read.future().isComplete()) {
                return;
            }
            if ((long) body.length() + chunk.length() > maxBytes) {
                read.tryFail(new PollFailure("response larger than " + maxBytes + " bytes"));
                response.request().reset();
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(end -> read.tryComplete(new Response(response.statusCode(), response.getHeader("ETag"),
                response.getHeader("Last-Modified"), response.getHeader("Content-Type"),
                response.getHeader("Location"), response.getHeader("Content-Encoding"), body.getBytes())));
        return read.future();
    }

    private static void abandon(Context context, AtomicReference<HttpClientRequest> sent, AtomicBoolean abandoned) {
        abandoned.set(true);
        context.runOnContext(reset -> {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
        });
    }

    private PollFailure failure(URI uri, Throwable cause) {
        if (cause instanceof PollFailure failure) {
            return new PollFailure(failure.getMessage() + " from " + uri);
        }
        NetFailure failure = NetFailure.classify(cause);
        return switch (failure.kind()) {
            case TIMEOUT -> new PollFailure(cause instanceof ConnectException
                    ? "could not connect to " + uri + " within the connect timeout"
                    : "no response from " + uri + " within " + timeout, cause);
            case CONNECTION -> new PollFailure("could not connect to " + uri + " (" + failure.message() + ")", cause);
            default -> new PollFailure("reading " + uri + " failed: " + failure.message(), cause);
        };
    }

    private byte[] gunzip(byte[] compressed, URI uri) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] body = in.readNBytes(maxDecompressedBytes + 1);
            if (body.length > maxDecompressedBytes) {
                throw new PollFailure("response larger than " + maxDecompressedBytes + " bytes once decompressed from "
                        + uri);
            }
            return body;
        } catch (IOException e) {
            throw new PollFailure("response from " + uri + " is not valid gzip", e);
        }
    }
}
